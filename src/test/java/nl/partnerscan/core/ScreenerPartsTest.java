package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * A screener built in parts, in any order, screens exactly as one built at once: the parts are what a
 * single {@code screen} builds on two threads.
 */
class ScreenerPartsTest {
    private static final List<ScreeningRequest> REQUESTS = List.of(
            ScreeningRequest.ofTopics("quantum"),
            new ScreeningRequest(List.of("stedenband"), "Uitwisseling van studenten en een bezoek van een delegatie.",
                    "", Map.of()),
            new ScreeningRequest(List.of("straalmotoren"), "Gezamenlijk onderzoek met de Harbin Institute of Technology.",
                    "Beihang University", Map.of()),
            new ScreeningRequest(List.of("hypersonic glide vehicles"), "", "", Map.of(), Set.of("eu")));

    @Test
    void aScreenerBuiltInPartsInAnyOrderGivesTheSameResultsAsOneBuiltAtOnce() {
        Screener whole = new Screener(TestData.shipped());
        Screener.Parts parts = new Screener.Parts(TestData.shipped());
        List<Runnable> steps = new ArrayList<>(parts.steps());
        Collections.reverse(steps);
        steps.forEach(Runnable::run);
        Screener built = parts.screener();
        for (ScreeningRequest request : REQUESTS) {
            assertThat(built.screen(request)).isEqualTo(whole.screen(request));
        }
    }

    @Test
    void aScreenerIsNotMadeOfPartsThatWereNeverBuilt() {
        Screener.Parts parts = new Screener.Parts(TestData.shipped());
        parts.steps().get(0).run();
        assertThatThrownBy(parts::screener).isInstanceOf(IllegalStateException.class);
    }
}
