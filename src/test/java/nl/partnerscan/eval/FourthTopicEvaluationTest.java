package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * The fourth development set of the topic evaluation (topics-dev-4.tsv: the third sealed set, run once and
 * since then development data), held to the same aims as the first three: recall, specificity and sector
 * precision. Its rows lean on municipal and provincial data projects and on specialist processes that the
 * earlier sets hardly touched, so that tuning on those sets alone shows here.
 */
class FourthTopicEvaluationTest {
    private static final Path DEV_4 = Path.of("src/test/resources/eval/topics-dev-4.tsv");

    @Test
    void theFourthDevelopmentSetMeetsTheAims() throws IOException {
        TopicEvaluation.holdsTheAims(TestData.screener(), "topics-dev-4", DEV_4);
    }
}
