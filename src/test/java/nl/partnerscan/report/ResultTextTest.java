package nl.partnerscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import org.junit.jupiter.api.Test;

/** The checks a finding makes urgent come first, whatever else is shown of the open questions. */
class ResultTextTest {
    private static final String URGENT = "Urgent, because of what was found:";

    private static String render(ScreeningResult result, Verbosity verbosity) {
        return new ResultText(Messages.of(Language.EN), Style.of(false), OptionalInt.empty(), verbosity).render(result);
    }

    private static ScreeningResult screened(Map<String, Answer> answers, List<String> urgent) {
        ScreeningResult r = TestData.screener().screen(new ScreeningRequest(List.of("quantum"), "", "", answers));
        return new ScreeningResult(r.verdict(), r.score(), r.verdictText(), r.sectors(), r.technologies(), r.matches(),
                r.taxonomyMatches(), r.exportControl(), r.partnerSignals(), r.partnerHits(), r.signals(), r.reasons(), r.answers(),
                r.openQuestions(), urgent, r.contact(), r.caveats(), r.notice(), r.listNotice(), r.dataVersion(),
                r.organisation(), r.contacts());
    }

    @Test
    void withNothingUrgentThereIsNoUrgentHeading() {
        assertThat(render(screened(Map.of(), List.of()), Verbosity.NORMAL)).doesNotContain(URGENT);
    }

    @Test
    void urgentChecksAreListedBeforeTheSummaryOfTheQuestions() {
        String text = render(screened(Map.of(), List.of("q4.delegation-programme", "q3.role")), Verbosity.NORMAL);
        assertThat(text).containsSubsequence(URGENT, "q4.delegation-programme  Do you know the programme",
                "q3.role  Do you know what role", "q1  What do you need, and what may it cost?  (4 checks)",
                "q3  Do you know whom you are dealing with?  (3 checks)");
        assertThat(text).doesNotContain("q1.goal");
    }

    @Test
    void withEveryCheckListedAnUrgentCheckIsNotListedTwice() {
        String text = render(screened(Map.of(), List.of("q4.delegation-programme")), Verbosity.ALL_CHECKS);
        assertThat(text).containsSubsequence(URGENT, "q4.delegation-programme", "q1.goal", "q5.no-public-wifi");
        assertThat(text.split("q4\\.delegation-programme", -1)).hasSize(2);
        assertThat(text).doesNotContain("q4  Is your Chinese counterpart really coming for you?");
    }

    @Test
    void anAnsweredCheckIsNoLongerUrgent() {
        String text = render(screened(Map.of("q4", Answer.NO), List.of("q4.delegation-programme")), Verbosity.NORMAL);
        assertThat(text).doesNotContain(URGENT);
    }
}
