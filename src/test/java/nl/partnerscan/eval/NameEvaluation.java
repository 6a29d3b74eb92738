package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.partnerscan.TestData;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;

/**
 * Measures partner-name matching on a name benchmark of src/test/resources/eval (written independently of
 * the name data and the matcher; its README says how): each row screened as the program would, a
 * {@code partner} row as {@code screen --partner TEXT}, a {@code description} row as
 * {@code screen --topic samenwerking --description TEXT}.
 *
 * <ul>
 *   <li>a variant (STRONG, MEDIUM, WEAK) is found when a hit of any kind, near included, names the
 *       expected entry;</li>
 *   <li>a trap fails when any hit is {@code exact} or {@code alias}; a {@code near} hit ("check this")
 *       on a trap is counted, not failed.</li>
 * </ul>
 */
final class NameEvaluation {
    /** A topic that names nothing in any list or table, for the description rows. */
    static final String NEUTRAL_TOPIC = "samenwerking";

    record Row(String id, String tier, String field, String text, String expected, String note) {
        boolean trap() {
            return tier.equals("TRAP");
        }
    }

    record Outcome(Row row, List<PartnerHit> hits) {
        boolean found() {
            return hits.stream().anyMatch(h -> sameName(h.entry().name(), row.expected()));
        }

        boolean accused() {
            return hits.stream().anyMatch(h -> h.match() != PartnerHit.Match.NEAR);
        }

        boolean near() {
            return !hits.isEmpty() && !accused();
        }

        String describe() {
            return row.id() + " " + row.tier() + " " + row.field() + " [" + row.note() + "] '" + row.text() + "'"
                    + (row.trap() ? "" : " expected " + row.expected()) + " -> " + (hits.isEmpty() ? "nothing"
                    : hits.stream().map(h -> h.list().id() + ":" + h.entry().name() + " (" + h.match().id() + " via '"
                            + h.matched() + "' in " + h.field().id() + ", " + h.basis().id()
                            + (h.detail().isEmpty() ? "" : " " + h.detail()) + ")").toList());
        }
    }

    /** The figures of one run: per tier and field the variants found, and the traps accused or near. */
    record Figures(Map<String, int[]> byTierAndField, int variants, int found, int strong, int strongFound,
                   int traps, int trapsAccused, int trapsNear, List<Outcome> misses, List<Outcome> accusations,
                   List<Outcome> nearTraps) {
        double recall() {
            return variants == 0 ? 1 : (double) found / variants;
        }

        List<String> lines(String name) {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%s: variants found %.1f%% (%d of %d), STRONG %d of %d;"
                            + " traps reported exact or alias: %d of %d, near: %d", name, 100 * recall(), found,
                    variants, strongFound, strong, trapsAccused, traps, trapsNear));
            byTierAndField.forEach((key, counts) -> lines.add(String.format(Locale.ROOT, "%s:   %-18s %3d of %3d",
                    name, key, counts[0], counts[1])));
            misses.forEach(o -> lines.add(name + ": missed: " + o.describe()));
            accusations.forEach(o -> lines.add(name + ": trap reported: " + o.describe()));
            nearTraps.forEach(o -> lines.add(name + ": trap near: " + o.describe()));
            return lines;
        }
    }

    private NameEvaluation() {
    }

    /**
     * Runs the benchmark file through the shipped data's screener, prints its figures and every miss, and
     * holds the aims: every STRONG variant found, at least 95% of all variants, no trap exact or alias.
     */
    static void holdsTheAims(String name, Path file, int minimumRows) throws IOException {
        List<Row> rows = read(file);
        Figures figures = measure(TestData.screener(), rows);
        figures.lines(name).forEach(System.out::println);
        assertThat(rows).hasSizeGreaterThanOrEqualTo(minimumRows);
        assertThat(figures.strongFound()).as("STRONG variants found").isEqualTo(figures.strong());
        assertThat(figures.recall()).as("share of all variants found").isGreaterThanOrEqualTo(0.95);
        assertThat(figures.accusations()).as("traps reported as exact or alias").isEmpty();
    }

    static List<Row> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!lines.get(0).equals("id\ttier\tfield\ttext\texpected\tnote")) {
            throw new IllegalStateException(file + ": unexpected header " + lines.get(0));
        }
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] f = line.split("\t", -1);
                rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return rows;
    }

    static Figures measure(Screener screener, List<Row> rows) {
        Map<String, int[]> byTierAndField = new TreeMap<>();
        int variants = 0;
        int found = 0;
        int strong = 0;
        int strongFound = 0;
        int traps = 0;
        int trapsAccused = 0;
        int trapsNear = 0;
        List<Outcome> misses = new ArrayList<>();
        List<Outcome> accusations = new ArrayList<>();
        List<Outcome> nearTraps = new ArrayList<>();
        for (Row row : rows) {
            Outcome outcome = new Outcome(row, screen(screener, row));
            if (row.trap()) {
                traps++;
                if (outcome.accused()) {
                    trapsAccused++;
                    accusations.add(outcome);
                } else if (outcome.near()) {
                    trapsNear++;
                    nearTraps.add(outcome);
                }
                continue;
            }
            variants++;
            int[] counts = byTierAndField.computeIfAbsent(row.tier() + " " + row.field(), k -> new int[2]);
            counts[1]++;
            boolean hit = outcome.found();
            if (row.tier().equals("STRONG")) {
                strong++;
                strongFound += hit ? 1 : 0;
            }
            if (hit) {
                found++;
                counts[0]++;
            } else {
                misses.add(outcome);
            }
        }
        return new Figures(new LinkedHashMap<>(byTierAndField), variants, found, strong, strongFound, traps,
                trapsAccused, trapsNear, misses, accusations, nearTraps);
    }

    private static List<PartnerHit> screen(Screener screener, Row row) {
        ScreeningRequest request = switch (row.field()) {
            case "partner" -> new ScreeningRequest(List.of(), "", row.text(), Map.of());
            case "description" -> new ScreeningRequest(List.of(NEUTRAL_TOPIC), row.text(), "", Map.of());
            default -> throw new IllegalStateException(row.id() + ": unknown field " + row.field());
        };
        return screener.screen(request).partnerHits();
    }

    /** The benchmark writes Xi'an with a straight apostrophe where the list has a typographic one. */
    private static boolean sameName(String listed, String expected) {
        return listed.replace('\u2019', '\'').equals(expected.replace('\u2019', '\''));
    }
}
