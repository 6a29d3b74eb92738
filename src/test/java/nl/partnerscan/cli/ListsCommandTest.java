package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner check from the command line: lists, hits in screen and batch, the user's own lists. */
class ListsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void listsShowsEachListWithSourceDateLicenceAndSize() throws IOException {
        Cli.Run run = Cli.run("lists", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Named Research Organizations (Canada)", "103 organisations",
                "Open Government Licence", "2024-04-18", "Seven Sons of National Defence", "7 organisations",
                "a public assessment, not a government list", "not a sanctions finding");
        JsonNode json = JSON.readTree(Cli.run("lists", "--format", "json").out());
        assertThat(json.get("lists")).hasSize(2);
        assertThat(json.get("lists").get(0).get("entries").asInt()).isEqualTo(103);
    }

    @Test
    void screenJsonHasPartnerHitsWithListKindNameMatchedMatchAndSimilarity() throws IOException {
        Cli.Run run = Cli.run("screen", "--topic", "satellite navigation", "--partner", "Harbin Institute of Technology",
                "--format", "json");
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("verdict").asText()).isEqualTo("high");
        JsonNode hits = json.get("partner_hits");
        assertThat(hits).hasSize(2);
        for (JsonNode hit : hits) {
            assertThat(hit.fieldNames()).toIterable().contains("list", "list_kind", "name", "matched", "match",
                    "similarity");
            assertThat(hit.get("name").asText()).isEqualTo("Harbin Institute of Technology");
            assertThat(hit.get("match").asText()).isEqualTo("exact");
            assertThat(hit.get("similarity").asDouble()).isEqualTo(1.0);
        }
        assertThat(hits.findValuesAsText("list_kind")).containsExactly("designation", "assessment");
    }

    @Test
    void ownListsAsCsvAndYamlAddToTheBundledOnes() throws IOException {
        Path csv = dir.resolve("partners-to-watch.csv");
        Files.writeString(csv, "name;aliases;country\nAcme Photonics Wuhan;Acme Wuhan|ACMEW;China\n");
        Path yaml = dir.resolve("watch.yaml");
        Files.writeString(yaml, """
                list:
                  id: "watch"
                  name: "Watch list of the province"
                  kind: "own"
                  publisher: "Provincie Utrecht"
                  source: "internal memo 2026-03"
                entries:
                  - name: "Example Drone Works"
                    country: "China"
                    aliases: ["EDW"]
                """);
        Cli.Run run = Cli.run("screen", "--topic", "cultuur", "--partner", "Acme Wuhan, via EDW", "--list", csv.toString(),
                "--list", yaml.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        JsonNode hits = JSON.readTree(run.out()).get("partner_hits");
        assertThat(hits.findValuesAsText("name")).containsExactlyInAnyOrder("Acme Photonics Wuhan", "Example Drone Works");
        assertThat(hits.findValuesAsText("list_kind")).containsOnly("own");
        assertThat(Cli.run("lists", "--list", csv.toString()).out()).contains("partners-to-watch.csv");
    }

    @Test
    void aBrokenOwnListIsADataErrorThatSaysWhere() throws IOException {
        Path yaml = dir.resolve("broken.yaml");
        Files.writeString(yaml, "list:\n  id: \"x\"\n  name: \"x\"\n  kind: \"secret\"\n  publisher: \"p\"\n  source: \"s\"\nentries: []\n");
        Cli.Run run = Cli.run("screen", "--topic", "x", "--list", yaml.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains("broken.yaml:4:9").contains("designation").contains("'secret'");
    }

    @Test
    void batchScreensThePartnerColumnToo() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "onderwerp;partner\ncultuur;Beihang University\nQKD;Nanjing University\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--format", "jsonl");
        var lines = run.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(lines.get(0).get("partner_hits").findValuesAsText("name")).contains("Beihang University");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("elevated");
        assertThat(lines.get(1).get("partner_hits")).isEmpty();
        Cli.Run csv = Cli.run("batch", input.toString());
        assertThat(csv.out()).contains("ca-nro:Beihang University (exact)|seven-sons:Beihang University (exact)");
    }
}
