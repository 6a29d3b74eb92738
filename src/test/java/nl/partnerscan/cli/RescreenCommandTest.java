package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code partnerscan rescreen}: what a monthly script gets after a list or data change, and nothing when
 * nothing changed.
 */
class RescreenCommandTest {
    private static final String INPUT = "data/examples/partnerships.csv";

    @TempDir
    Path dir;

    private Path previous(String format) {
        Path results = dir.resolve("previous." + format);
        Cli.Run run = Cli.run("batch", INPUT, "--format", format, "--output", results.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        return results;
    }

    private Path ownList() throws IOException {
        Path list = dir.resolve("watch.csv");
        Files.writeString(list, "name;country\nGemeente Suzhou;China\n", StandardCharsets.UTF_8);
        return list;
    }

    @Test
    void aListChangeThatChangesAVerdictIsListedWithBothDataVersions() throws IOException {
        Path previous = previous("csv");
        Cli.Run run = Cli.run("rescreen", previous.toString(), INPUT, "--list", ownList().toString());
        assertThat(run.exitCode()).isZero();
        String version = TestData.shipped().dataVersion();
        assertThat(run.out()).isEqualTo("Gewijzigd sinds de vorige screening (referentiegegevens toen: versie "
                + version + "; nu: versie " + version + "):\n"
                + "  2024-01 (regel 2): oordeel: laag → verhoogd; lijsten: + watch:Gemeente Suzhou (exact)\n");
        assertThat(run.err()).contains("10 rijen opnieuw gescreend: 1 gewijzigd, 0 nieuw, 0 verdwenen");
        assertThat(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8)).as("the README's example")
                .contains("$ ./partnerscan rescreen results.csv " + INPUT + " --list watch.csv\n" + run.out() + "```");
    }

    @Test
    void nothingIsPrintedWhenNothingChanged() {
        for (String format : new String[] {"csv", "jsonl", "json"}) {
            Cli.Run run = Cli.run("rescreen", previous(format).toString(), INPUT);
            assertThat(run.exitCode()).as(format).isZero();
            assertThat(run.out()).as(format).isEmpty();
            assertThat(run.err()).as(format).contains("10 rijen opnieuw gescreend: 0 gewijzigd, 0 nieuw, 0 verdwenen")
                    .contains("toen: versie " + TestData.shipped().dataVersion());
        }
    }

    @Test
    void rowsNewInTheInputAndRowsGoneFromItAreListedToo() throws IOException {
        Path previous = previous("jsonl");
        String input = Files.readString(Path.of(INPUT), StandardCharsets.UTF_8).replaceFirst("(?m)^2024-03;.*\\R", "")
                + "2025-01;Quantum;QKD-netwerken;;;\r\n";
        Path changed = dir.resolve("changed.csv");
        Files.writeString(changed, input, StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("rescreen", previous.toString(), changed.toString(), "--format", "jsonl", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        ObjectMapper json = new ObjectMapper();
        JsonNode added = json.readTree(run.out().lines().filter(l -> l.contains("\"2025-01\"")).findFirst().orElseThrow());
        assertThat(added.get("change").asText()).isEqualTo("new");
        assertThat(added.get("now").get("verdict").asText()).isEqualTo("elevated");
        assertThat(added.get("data_version").asText()).isEqualTo(TestData.shipped().dataVersion());
        JsonNode gone = json.readTree(run.out().lines().filter(l -> l.contains("\"2024-03\"")).findFirst().orElseThrow());
        assertThat(gone.get("change").asText()).isEqualTo("removed");
        assertThat(gone.get("previous").get("verdict").asText()).isEqualTo("low");
        assertThat(run.err()).contains("10 rows screened again: 0 changed, 1 new, 1 gone");
    }

    @Test
    void aPreviousFileThatIsNotBatchOutputIsRefusedWithWhatToGive() throws IOException {
        Cli.Run run = Cli.run("rescreen", INPUT, INPUT);
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "id;onderwerp\n1;quantum\n", StandardCharsets.UTF_8);
        Cli.Run wrong = Cli.run("rescreen", other.toString(), INPUT);
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(wrong.err()).contains("no columns 'id' and 'verdict'; give the output of partnerscan batch");
    }
}
