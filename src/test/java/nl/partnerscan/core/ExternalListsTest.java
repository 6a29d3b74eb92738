package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * Technology names partnerscan's authors did not write: the critical-technology lists of other
 * governments (src/test/resources/external, each item with its source), and at least 100 everyday
 * partnership topics. Prints how many of the lists' items are flagged elevated or higher (aim: at least
 * 90%) and how many everyday topics are flagged (aim: at most 5%).
 *
 * <p>The UK National Security and Investment Act names seventeen areas of the economy; five of them name
 * no technology and are everyday words too (Energy, Transport, Communications, Critical Suppliers to
 * Government, Suppliers to the Emergency Services), which partnerscan does not flag. So the per-list aim
 * of 90% is held for the lists of technologies (US, Australia, Canada), the UK list holds the level
 * reached (12 of 17) against regressions, and the aim of 90% is held for the lists together. Canada's
 * Sensitive Technology List was added after the terms were last changed and measured as it came, untuned.
 */
class ExternalListsTest {
    private static final Path DIR = Path.of("src/test/resources/external");

    private static List<String> column(String file) throws IOException {
        List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
        List<String> values = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.add(line.split("\t", -1)[0]);
            }
        }
        return values;
    }

    private static boolean flagged(String topic) {
        return TestData.screener().screen(ScreeningRequest.ofTopics(topic)).verdict() != Verdict.LOW;
    }

    @Test
    void otherGovernmentsCriticalTechnologiesAreFlaggedAndEverydayTopicsAreNot() throws IOException {
        int items = 0;
        int flagged = 0;
        List<String> missed = new ArrayList<>();
        Map<String, Double> share = new LinkedHashMap<>();
        for (String file : List.of("us-cet.tsv", "au-critical.tsv", "uk-nsi.tsv", "ca-stl.tsv")) {
            List<String> list = column(file);
            int hits = 0;
            for (String item : list) {
                if (flagged(item)) {
                    hits++;
                } else {
                    missed.add(file + ": " + item);
                }
            }
            System.out.printf(Locale.ROOT, "external: %s: %d of %d items flagged elevated or higher%n", file, hits, list.size());
            items += list.size();
            flagged += hits;
            share.put(file, (double) hits / list.size());
        }
        List<String> everyday = column("everyday-topics.tsv");
        List<String> wronglyFlagged = everyday.stream().filter(ExternalListsTest::flagged).toList();
        double coverage = (double) flagged / items;
        double falseRate = (double) wronglyFlagged.size() / everyday.size();
        System.out.printf(Locale.ROOT, "external: critical-technology items flagged: %.1f%% (%d of %d); everyday topics"
                        + " flagged: %.1f%% (%d of %d)%n", 100 * coverage, flagged, items, 100 * falseRate,
                wronglyFlagged.size(), everyday.size());
        missed.forEach(m -> System.out.println("external: not flagged: " + m));
        wronglyFlagged.forEach(t -> System.out.println("external: everyday topic flagged: " + t));
        assertThat(everyday).hasSizeGreaterThanOrEqualTo(100);
        assertThat(share.get("us-cet.tsv")).as("US critical and emerging technologies flagged").isGreaterThanOrEqualTo(0.90);
        assertThat(share.get("au-critical.tsv")).as("Australian critical technologies flagged").isGreaterThanOrEqualTo(0.90);
        assertThat(share.get("ca-stl.tsv")).as("Canadian sensitive technologies flagged").isGreaterThanOrEqualTo(0.90);
        assertThat(share.get("uk-nsi.tsv")).as("UK NSI areas flagged (5 of 17 name no technology)")
                .isGreaterThanOrEqualTo(12.0 / 17);
        assertThat(coverage).as("all lists together").isGreaterThanOrEqualTo(0.90);
        assertThat(falseRate).as("share of everyday topics flagged").isLessThanOrEqualTo(0.05);
    }
}
