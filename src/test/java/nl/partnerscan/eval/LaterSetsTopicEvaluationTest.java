package nl.partnerscan.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.partnerscan.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The later development sets of the topic evaluation, found by file name ({@code topics-dev-N.tsv}): each
 * was a sealed set, written independently of the vocabulary and of the sets before it, run once and since
 * then development data. Each is held to the same aims as the first ({@link TopicEvaluationTest}): recall,
 * specificity and sector precision, so that tuning on some sets alone shows on the others. A spent sealed
 * set joins them by being moved here under the next number.
 */
class LaterSetsTopicEvaluationTest {
    private static final Path EVAL = Path.of("src/test/resources/eval");

    static List<Path> laterSets() throws IOException {
        try (Stream<Path> files = Files.list(EVAL)) {
            return files.filter(file -> file.getFileName().toString().matches("topics-dev-\\d+\\.tsv")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterSets")
    void meetsTheAims(Path set) throws IOException {
        String name = set.getFileName().toString().replace(".tsv", "");
        TopicEvaluation.holdsTheAims(TestData.screener(), name, set);
    }
}
