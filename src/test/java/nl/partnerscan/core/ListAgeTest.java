package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** A list's age, which the lists command and the decision record warn about, is read from its date as written. */
class ListAgeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private static OptionalInt monthsOld(String date) {
        return new DesignationList("own", "Own list", DesignationList.Kind.OWN, "me", "here", date, "2026-12-01",
                "none", "none", new Localized("eigen", "own"), List.of()).monthsOld(TODAY);
    }

    @Test
    void aDayOrAMonthGivesTheWholeMonthsSince() {
        assertThat(monthsOld("2024-04-18")).hasValue(31);
        assertThat(monthsOld("2019-11-25")).hasValue(84);
        assertThat(monthsOld("2026-11")).as("a month: from its first day").hasValue(1);
        assertThat(monthsOld("2026-11-1x")).as("a day that is no day: the month").hasValue(1);
        assertThat(monthsOld("2024-04-18 (launch)")).as("words after the date").hasValue(31);
    }

    @Test
    void aDateInTheFutureIsNoAgeAndNoDateIsNone() {
        assertThat(monthsOld("2027-01-01")).hasValue(0);
        assertThat(monthsOld("")).isEmpty();
        assertThat(monthsOld("not stated")).isEmpty();
        assertThat(monthsOld("2024")).isEmpty();
        assertThat(monthsOld("24-04-18")).isEmpty();
    }
}
