package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * The development part of the topic evaluation set, kept as a regression test with the aims:
 * recall, specificity and sector precision. These are figures one may study and tune on; the sealed part
 * ({@link SealedEvaluationTest}) is the honest one.
 */
class TopicEvaluationTest {
    private static final Path DEV = Path.of("src/test/resources/eval/topics-dev.tsv");

    @Test
    void theDevelopmentSetMeetsTheAims() throws IOException {
        TopicEvaluation.Figures figures = TopicEvaluation.measure(TestData.screener(), TopicEvaluation.read(DEV));
        System.out.println(figures.summary("topics-dev"));
        figures.misses().forEach(m -> System.out.println("topics-dev: missed " + TopicEvaluation.describe(m)));
        figures.falseAlarms().forEach(m -> System.out.println("topics-dev: false alarm " + TopicEvaluation.describe(m)));
        figures.wrongSectors().forEach(m -> System.out.println("topics-dev: other sector " + TopicEvaluation.describe(m)));
        assertThat(figures.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.specificity()).as("specificity").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.sectorPrecision()).as("sector precision").isGreaterThanOrEqualTo(0.90);
    }
}
