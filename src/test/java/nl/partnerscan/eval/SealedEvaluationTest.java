package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sealed part of the topic evaluation set, written independently of the vocabulary and never studied or
 * tuned on: run once, at the end of a change to matching, and reported as it comes. Not part of
 * {@code mvn verify}; run it with
 * {@code mvn test -Dexcluded.groups=none -Dtest=SealedEvaluationTest}. It prints the figures and
 * asserts nothing, so that its result is reported, not tuned towards.
 */
@Tag("sealed")
class SealedEvaluationTest {
    private static final Path SEALED = Path.of("src/test/resources/eval/sealed/topics-sealed-6.tsv");

    @Test
    void printTheSealedFigures() throws IOException {
        TopicEvaluation.Figures figures = TopicEvaluation.measure(TestData.screener(), TopicEvaluation.read(SEALED));
        System.out.println(figures.summary("topics-sealed-6"));
        System.out.println("topics-sealed-6: " + figures.misses().size() + " sensitive rows missed, "
                + figures.falseAlarms().size() + " everyday rows not low");
    }
}
