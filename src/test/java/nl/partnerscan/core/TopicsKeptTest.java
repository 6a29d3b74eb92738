package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * A screener keeps what it found in a topic for the next row with the same topic; a later request gets
 * exactly what a screener that never saw the topic gives it, whichever taxonomies it asks for.
 */
class TopicsKeptTest {
    private final ReferenceData data = TestData.shipped();
    /** A topic with a table entry, an EU area and a listed name. */
    private static final String TOPIC = "kwantumsensoren met het Harbin Institute of Technology";

    @Test
    void aTopicSeenBeforeIsScreenedAsAFreshScreenerScreensIt() {
        Screener keeping = new Screener(data);
        List<Set<String>> asked = List.of(Set.of(), Set.of(Taxonomy.DUAL_USE), Set.of(Taxonomy.EU_CRITICAL),
                Set.of(ScreeningRequest.NCTV), Set.of());
        for (Set<String> taxonomies : asked) {
            ScreeningRequest request = new ScreeningRequest(List.of(TOPIC), "", "", Map.of(), taxonomies);
            ScreeningResult kept = keeping.screen(request);
            ScreeningResult fresh = new Screener(data).screen(request);
            assertThat(kept.verdict()).isEqualTo(fresh.verdict());
            assertThat(kept.reasons()).isEqualTo(fresh.reasons());
            assertThat(kept.matches()).isEqualTo(fresh.matches());
            assertThat(kept.taxonomyMatches()).isEqualTo(fresh.taxonomyMatches());
            assertThat(kept.partnerHits()).isNotEmpty().isEqualTo(fresh.partnerHits());
        }
        ScreeningRequest onlyNctv = new ScreeningRequest(List.of(TOPIC), "", "", Map.of(), Set.of(ScreeningRequest.NCTV));
        ScreeningRequest onlyEu = new ScreeningRequest(List.of(TOPIC), "", "", Map.of(), Set.of(Taxonomy.EU_CRITICAL));
        assertThat(keeping.screen(onlyNctv).taxonomyMatches()).isEmpty();
        assertThat(keeping.screen(onlyEu).matches()).isEmpty();
        assertThat(keeping.screen(onlyEu).taxonomyMatches()).isNotEmpty()
                .allSatisfy(match -> assertThat(match.taxonomy().id()).isEqualTo(Taxonomy.EU_CRITICAL));
    }
}
