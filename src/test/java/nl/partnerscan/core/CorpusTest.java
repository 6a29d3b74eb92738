package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * Screens a labelled corpus of partnership descriptions as users write them
 * (src/test/resources/corpus/partnerships.tsv: Dutch and English, every sector, everyday non-sensitive
 * partnerships and traps) and prints recall on the sensitive rows and specificity on the others. Both
 * must be at least 95%.
 */
class CorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus/partnerships.tsv");
    private static final double REQUIRED = 0.95;

    private record Row(int line, boolean sensitive, Set<String> sectors, String lang, String text) {
    }

    private static List<Row> corpus() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("label\tsectors\tlang\ttext");
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f).as("line %d has 4 fields", i + 1).hasSize(4);
            boolean sensitive = switch (f[0]) {
                case "sensitive" -> true;
                case "not_sensitive" -> false;
                default -> throw new AssertionError("line " + (i + 1) + ": bad label " + f[0]);
            };
            rows.add(new Row(i + 1, sensitive, f[1].equals("-") ? Set.of() : Set.of(f[1].split(",")), f[2], f[3]));
        }
        return rows;
    }

    @Test
    void recallAndSpecificityAreAtLeast95Percent() throws IOException {
        Screener screener = TestData.screener();
        List<Row> rows = corpus();
        int sensitive = 0;
        int found = 0;
        int everyday = 0;
        int leftAlone = 0;
        int sectorAgreement = 0;
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            ScreeningResult result = screener.screen(ScreeningRequest.ofTopics(row.text()));
            boolean flagged = result.verdict() != Verdict.LOW;
            Set<String> sectors = Set.copyOf(result.sectors().stream().map(Sector::id).toList());
            if (row.sensitive()) {
                sensitive++;
                if (flagged) {
                    found++;
                    if (sectors.stream().anyMatch(row.sectors()::contains)) {
                        sectorAgreement++;
                    }
                } else {
                    misses.add("missed     line " + row.line() + " [" + row.lang() + "] " + row.text());
                }
            } else {
                everyday++;
                if (!flagged) {
                    leftAlone++;
                } else {
                    misses.add("false hit  line " + row.line() + " [" + row.lang() + "] " + row.text() + "  -> "
                            + result.matches().stream().map(m -> m.matchedText() + "=" + m.entryId()).toList());
                }
            }
        }
        double recall = (double) found / sensitive;
        double specificity = (double) leftAlone / everyday;
        System.out.printf(Locale.ROOT, "corpus: %d rows; recall %.1f%% (%d of %d sensitive flagged), "
                        + "specificity %.1f%% (%d of %d everyday left low); expected sector among those found: %d of %d%n",
                rows.size(), 100 * recall, found, sensitive, 100 * specificity, leftAlone, everyday, sectorAgreement, found);
        misses.forEach(m -> System.out.println("corpus: " + m));
        assertThat(sensitive).isGreaterThanOrEqualTo(100);
        assertThat(everyday).isGreaterThanOrEqualTo(50);
        assertThat(recall).as("recall on sensitive descriptions").isGreaterThanOrEqualTo(REQUIRED);
        assertThat(specificity).as("specificity on everyday descriptions").isGreaterThanOrEqualTo(REQUIRED);
    }
}
