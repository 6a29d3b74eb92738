package nl.partnerscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.partnerscan.TestData;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.TopicMatch;
import java.util.List;
import java.util.Map;

/** Any text, as topic, description or partner: the screener answers, and what it reports holds together. */
class MatcherFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void topicMatcher(FuzzedDataProvider data) {
        String topic = data.consumeString(2_000);
        String description = data.consumeRemainingAsString();
        ScreeningResult result = TestData.screener().screen(new ScreeningRequest(List.of(topic), description, "", Map.of()));
        // What a match shows is the user's own words as a person reads them (disguises undone).
        String shownTopic = TestData.shipped().disguises().clean(topic).text();
        String shownDescription = TestData.shipped().disguises().clean(description).text();
        for (TopicMatch match : result.matches()) {
            assertThat(shownTopic.contains(match.matchedText()) || shownDescription.contains(match.matchedText()))
                    .as("matched text '%s' is the user's own", match.matchedText()).isTrue();
            assertThat(match.matchedText()).isNotBlank();
        }
        assertThat(result.score()).isBetween(0, 100);
        assertThat(result.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(result.score());
    }

    @FuzzTest(maxDuration = "10m")
    void partnerNameMatcher(FuzzedDataProvider data) {
        String partner = data.consumeRemainingAsString();
        ScreeningResult result = TestData.screener().screen(new ScreeningRequest(List.of("x"), "", partner, Map.of()));
        for (PartnerHit hit : result.partnerHits()) {
            assertThat(hit.similarity()).isBetween(0.0, 1.0);
            assertThat(hit.text()).isNotNull();
            if (hit.match() != PartnerHit.Match.NEAR) {
                assertThat(hit.similarity()).isEqualTo(1.0);
            }
        }
    }
}
