package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Verdict;
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
        TopicEvaluation.holdsTheAims(TestData.screener(), "topics-dev", DEV);
    }

    /**
     * The brochure's other risks on the development set: how many labelled signals are found, how many are
     * found where none was labelled, and what the weights do to the verdicts (the effect the README reports).
     */
    @Test
    void signalsAreFoundAndWeighedAsScoringYamlSays() throws IOException {
        List<TopicEvaluation.Row> rows = TopicEvaluation.read(DEV);
        Map<String, int[]> perSignal = new TreeMap<>();
        int everydayLifted = 0;
        int everydayWithLiftingSignal = 0;
        int tableWithTransfer = 0;
        int tableWithTransferHigh = 0;
        for (TopicEvaluation.Row row : rows) {
            ScreeningResult result = TestData.screener().screen(new ScreeningRequest(List.of(row.topic()),
                    row.description(), "", Map.of()));
            Set<String> found = new HashSet<>();
            result.signals().forEach(m -> found.add(m.signal().id()));
            for (String signal : List.of("transfer", "dependence", "delegation", "lobby", "espionage")) {
                int[] counts = perSignal.computeIfAbsent(signal, k -> new int[3]);
                if (row.signals().contains(signal)) {
                    counts[0]++;
                    counts[1] += found.contains(signal) ? 1 : 0;
                } else if (found.contains(signal)) {
                    counts[2]++;
                    System.out.println("topics-dev: unlabelled " + signal + " in " + row.id() + " " + row.topic());
                }
            }
            boolean lifting = row.signals().stream().anyMatch(TopicEvaluation.LIFTING_SIGNALS::contains);
            if (!row.sensitive() && lifting) {
                everydayWithLiftingSignal++;
                everydayLifted += result.verdict() != Verdict.LOW ? 1 : 0;
            }
            if (!result.sectors().isEmpty() && found.contains("transfer")) {
                tableWithTransfer++;
                tableWithTransferHigh += result.verdict() == Verdict.HIGH ? 1 : 0;
            }
        }
        perSignal.forEach((signal, c) -> System.out.printf("topics-dev: signal %s found in %d of %d labelled rows,"
                + " in %d unlabelled rows%n", signal, c[1], c[0], c[2]));
        System.out.printf("topics-dev: everyday rows with a transfer, dependence or espionage signal lifted to elevated:"
                + " %d of %d; table topics with a transfer signal that are high: %d of %d%n", everydayLifted,
                everydayWithLiftingSignal, tableWithTransferHigh, tableWithTransfer);
        assertThat(tableWithTransferHigh).as("a table topic with a transfer signal is high").isEqualTo(tableWithTransfer);
    }
}
