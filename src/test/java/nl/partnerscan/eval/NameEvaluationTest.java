package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.partnerscan.TestData;
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
        List<NameEvaluation.Row> rows = NameEvaluation.read(Path.of("src/test/resources/eval/names-dev.tsv"));
        NameEvaluation.Figures figures = NameEvaluation.measure(TestData.screener(), rows);
        figures.lines("names-dev").forEach(System.out::println);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(figures.strongFound()).as("STRONG variants found").isEqualTo(figures.strong());
        assertThat(figures.recall()).as("share of all variants found").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.accusations()).as("traps reported as exact or alias").isEmpty();
    }
}
