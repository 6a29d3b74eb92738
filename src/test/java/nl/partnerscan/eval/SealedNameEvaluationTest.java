package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sealed part of the name benchmark (src/test/resources/eval/sealed/names-sealed.tsv), against the same
 * aims as the development part. Run once, at the end, never tuned on; not part of the default build:
 * {@code mvn test -Dgroups=sealed -DexcludedGroups=none -Dtest=SealedNameEvaluationTest}.
 */
@Tag("sealed")
class SealedNameEvaluationTest {
    @Test
    void everyStrongVariantAndNineteenInTwentyVariantsAreFoundAndNoTrapIsAccused() throws IOException {
        List<NameEvaluation.Row> rows = NameEvaluation.read(Path.of("src/test/resources/eval/sealed/names-sealed.tsv"));
        NameEvaluation.Figures figures = NameEvaluation.measure(TestData.screener(), rows);
        figures.lines("names-sealed").forEach(System.out::println);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(100);
        assertThat(figures.strongFound()).as("STRONG variants found").isEqualTo(figures.strong());
        assertThat(figures.recall()).as("share of all variants found").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.accusations()).as("traps reported as exact or alias").isEmpty();
    }
}
