package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sealed part of the name benchmark (src/test/resources/eval/sealed/names-sealed-4.tsv), against the same
 * aims as the development part. Run once, at the end, never tuned on; not part of the default build:
 * {@code mvn test -Dexcluded.groups=none -Dtest=SealedNameEvaluationTest}.
 */
@Tag("sealed")
class SealedNameEvaluationTest {
    @Test
    void everyStrongVariantAndNineteenInTwentyVariantsAreFoundAndNoTrapIsAccused() throws IOException {
        NameEvaluation.holdsTheAims("names-sealed-4", Path.of("src/test/resources/eval/sealed/names-sealed-4.tsv"), 100);
    }
}
