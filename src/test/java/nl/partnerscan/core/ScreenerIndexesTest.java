package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/** A screener whose indexes were built in steps, on two threads, screens as one built on one thread. */
class ScreenerIndexesTest {
    private final ReferenceData data = TestData.shipped();

    @Test
    void indexesBuiltOnTwoThreadsScreenAsIndexesBuiltOnOne() throws InterruptedException {
        ScreenerIndexes indexes = new ScreenerIndexes(data);
        Thread other = new Thread(indexes::buildOthers);
        other.start();
        indexes.buildTable();
        other.join();
        Screener stepwise = new Screener(indexes);
        ScreeningRequest request = new ScreeningRequest(List.of("kwantumsensoren en straalmotoren"),
                "Gastonderzoekers van het Harbin Institute of Technology werken mee aan halfgeleiders.",
                "Harbin Institute of Technology", Map.of());
        ScreeningResult expected = TestData.screener().screen(request);
        ScreeningResult actual = stepwise.screen(request);
        assertThat(actual.verdict()).isEqualTo(expected.verdict());
        assertThat(actual.reasons()).isEqualTo(expected.reasons());
        assertThat(actual.partnerHits()).isNotEmpty().isEqualTo(expected.partnerHits());
        assertThat(actual.taxonomyMatches()).isNotEmpty().isEqualTo(expected.taxonomyMatches());
    }

    @Test
    void aScreenerRefusesIndexesNotAllBuilt() {
        ScreenerIndexes indexes = new ScreenerIndexes(data);
        indexes.buildTable();
        assertThatThrownBy(() -> new Screener(indexes)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("buildOthers");
    }
}
