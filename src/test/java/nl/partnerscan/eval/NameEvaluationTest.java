package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The development part of the name benchmark (src/test/resources/eval/names-dev.tsv), run through the
 * screener as the program runs it, against the aims: every STRONG variant found, at least 95% of all
 * variants found, and no trap reported as {@code exact} or {@code alias}. Prints the figures per tier and
 * field, and every miss.
 */
class NameEvaluationTest {
    @Test
    void everyStrongVariantAndNineteenInTwentyVariantsAreFoundAndNoTrapIsAccused() throws IOException {
        NameEvaluation.holdsTheAims("names-dev", Path.of("src/test/resources/eval/names-dev.tsv"), 300);
    }
}
