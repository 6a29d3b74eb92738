package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * The second development set of the topic evaluation (topics-dev-2.tsv: the first sealed set, run once and
 * since then development data), held to the same aims as the first: recall, specificity and sector
 * precision. It was written by someone else than the first set, with other materials, devices and wordings,
 * so that tuning on one set alone shows here.
 */
class SecondTopicEvaluationTest {
    private static final Path DEV_2 = Path.of("src/test/resources/eval/topics-dev-2.tsv");

    @Test
    void theSecondDevelopmentSetMeetsTheAims() throws IOException {
        TopicEvaluation.Figures figures = TopicEvaluation.measure(TestData.screener(), TopicEvaluation.read(DEV_2));
        TopicEvaluation.print("topics-dev-2", figures);
        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.specificity()).as("specificity").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.sectorPrecision()).as("sector precision").isGreaterThanOrEqualTo(0.90);
    }
}
