package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Verdict;

/**
 * Measures topic screening on an evaluation set of src/test/resources/eval (written independently of the
 * vocabulary): each row's topic and description screened as {@code screen --topic T --description D}.
 *
 * <ul>
 *   <li>recall: sensitive rows flagged at least elevated with one of their expected sectors;</li>
 *   <li>specificity: everyday rows left low, among those whose only signals (if any) are a visit or
 *       delegation, which must not lift a verdict on their own;</li>
 *   <li>sector precision: of the table sectors reported on any row, the share that the row expects.</li>
 * </ul>
 */
final class TopicEvaluation {
    /** Signals that may lift an everyday row to elevated on their own. */
    static final Set<String> LIFTING_SIGNALS = Set.of("transfer", "dependence", "espionage");

    record Row(String id, String lang, String org, String topic, String description, boolean sensitive,
               Set<String> sectors, Set<String> signals, String note) {
    }

    record Outcome(Row row, ScreeningResult result) {
        Set<String> reportedSectors() {
            Set<String> ids = new HashSet<>();
            result.sectors().forEach(s -> ids.add(s.id()));
            return ids;
        }

        boolean flagged() {
            return result.verdict().compareTo(Verdict.ELEVATED) >= 0;
        }

        boolean recalled() {
            return flagged() && reportedSectors().stream().anyMatch(row.sectors()::contains);
        }
    }

    record Figures(int sensitive, int recalled, int everyday, int keptLow, int reportedSectors, int rightSectors,
                   List<Outcome> misses, List<Outcome> falseAlarms, List<Outcome> wrongSectors) {
        double recall() {
            return (double) recalled / sensitive;
        }

        double specificity() {
            return (double) keptLow / everyday;
        }

        double sectorPrecision() {
            return reportedSectors == 0 ? 1 : (double) rightSectors / reportedSectors;
        }

        String summary(String name) {
            return String.format(Locale.ROOT, "%s: recall %.3f (%d of %d), specificity %.3f (%d of %d),"
                            + " sector precision %.3f (%d of %d)", name, recall(), recalled, sensitive, specificity(),
                    keptLow, everyday, sectorPrecision(), rightSectors, reportedSectors);
        }
    }

    private TopicEvaluation() {
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("id\tlang\torg\ttopic\tdescription\tlabel\tsectors\tsignals\tnote")) {
            throw new IllegalStateException(file + ": unexpected header " + lines.get(0));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5].equals("sensitive"), words(f[6]), words(f[7]), f[8]));
        }
        return rows;
    }

    private static Set<String> words(String field) {
        return field.isBlank() ? Set.of() : Set.of(field.trim().split("\\s+"));
    }

    static Figures measure(Screener screener, List<Row> rows) {
        int sensitive = 0;
        int recalled = 0;
        int everyday = 0;
        int keptLow = 0;
        int reported = 0;
        int right = 0;
        List<Outcome> misses = new ArrayList<>();
        List<Outcome> falseAlarms = new ArrayList<>();
        List<Outcome> wrongSectors = new ArrayList<>();
        for (Row row : rows) {
            ScreeningResult result = screener.screen(new ScreeningRequest(List.of(row.topic()), row.description(), "",
                    Map.of()));
            Outcome outcome = new Outcome(row, result);
            boolean wrong = false;
            for (Sector sector : result.sectors()) {
                reported++;
                boolean expected = row.sectors().contains(sector.id());
                right += expected ? 1 : 0;
                wrong |= !expected;
            }
            if (wrong && row.sensitive()) {
                wrongSectors.add(outcome);
            }
            if (row.sensitive()) {
                sensitive++;
                if (outcome.recalled()) {
                    recalled++;
                } else {
                    misses.add(outcome);
                }
            } else if (row.signals().stream().noneMatch(LIFTING_SIGNALS::contains)) {
                everyday++;
                if (result.verdict() == Verdict.LOW) {
                    keptLow++;
                } else {
                    falseAlarms.add(outcome);
                }
            }
        }
        return new Figures(sensitive, recalled, everyday, keptLow, reported, right, misses, falseAlarms, wrongSectors);
    }

    /**
     * Measures a development set, prints its figures and misses, and asserts the aims: recall and
     * specificity at least 0.95, sector precision at least 0.90.
     */
    static Figures holdsTheAims(Screener screener, String name, Path file) throws IOException {
        Figures figures = measure(screener, read(file));
        print(name, figures);
        assertThat(figures.recall()).as(name + " recall").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.specificity()).as(name + " specificity").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.sectorPrecision()).as(name + " sector precision").isGreaterThanOrEqualTo(0.90);
        return figures;
    }

    /** Prints the figures, then every miss, false alarm and row with a sector it does not expect. */
    static void print(String name, Figures figures) {
        System.out.println(figures.summary(name));
        figures.misses().forEach(m -> System.out.println(name + ": missed " + describe(m)));
        figures.falseAlarms().forEach(m -> System.out.println(name + ": false alarm " + describe(m)));
        figures.wrongSectors().forEach(m -> System.out.println(name + ": other sector " + describe(m)));
    }

    static String describe(Outcome outcome) {
        return outcome.row().id() + " [" + String.join(" ", outcome.row().sectors()) + "] " + outcome.row().topic()
                + " | " + outcome.row().description() + " -> " + outcome.result().verdict().id() + " "
                + outcome.reportedSectors() + " " + outcome.result().matches().stream()
                .map(m -> m.matchedText() + "=" + m.entryId()).toList();
    }
}
