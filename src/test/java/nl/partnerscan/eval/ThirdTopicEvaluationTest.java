package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * The third development set of the topic evaluation (topics-dev-3.tsv: the second sealed set, run once and
 * since then development data), held to the same aims as the first two: recall, specificity and sector
 * precision. It was written independently of the vocabulary, with other materials, devices and wordings
 * than the first, so that tuning on one set alone shows here.
 */
class ThirdTopicEvaluationTest {
    private static final Path DEV_3 = Path.of("src/test/resources/eval/topics-dev-3.tsv");

    @Test
    void theThirdDevelopmentSetMeetsTheAims() throws IOException {
        TopicEvaluation.holdsTheAims(TestData.screener(), "topics-dev-3", DEV_3);
    }
}
