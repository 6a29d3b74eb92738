package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.partnerscan.batch.BatchInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that users get from elsewhere, broken or hostile: nothing escapes, nothing is lost, nothing gets in. */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void anInterruptedRunLeavesNoHalfWrittenOutput() throws Exception {
        Path input = dir.resolve("big.csv");
        try (Writer writer = Files.newBufferedWriter(input)) {
            writer.write("id;onderwerp;omschrijving\n");
            for (int i = 0; i < 400_000; i++) {
                writer.write(i + ";quantum computers en waterstof;Een lange omschrijving van rij " + i
                        + " over cultuur, sport en 5G-netwerken in de binnenstad\n");
            }
        }
        Path target = dir.resolve("out.csv");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "nl.partnerscan.cli.Main",
                "batch", input.toString(), "--output", target.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (partialFiles().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(partialFiles()).as("the run writes to a temporary file first").isNotEmpty();
        process.destroy(); // SIGTERM, as Ctrl-C ends it: shutdown hooks run
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(target).doesNotExist();
        assertThat(partialFiles()).as("no temporary file is left behind").isEmpty();
    }

    private List<Path> partialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".partial")).toList();
        }
    }

    @Test
    void escapeSequencesFromACsvNeverReachTheTerminal() throws IOException {
        Path input = dir.resolve("esc.csv");
        Files.writeString(input, "onderwerp;q4\nQKD;\"\u001b]0;pwned\u0007\u001b[2J\"\n");
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        assertThat(run.err()).contains("kolom 'q4'").doesNotContain("\u001b").doesNotContain("\u0007");

        Path header = dir.resolve("head.csv");
        Files.writeString(header, "na\u001b[31mme;x\n1;2\n");
        Cli.Run bad = Cli.run("batch", header.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(bad.err()).doesNotContain("\u001b");
    }

    @Test
    void nulRightToLeftZeroWidthAndEmojiNeitherCrashNorMatchFalsely() throws IOException {
        Path input = dir.resolve("odd.csv");
        Files.writeString(input, "id;onderwerp\n"
                + "1;cul\u0000tuur\n"
                + "2;\u202Ekwaliteit\u202C en \u200Bpowerpoint\u200D\n"
                + "3;🚀🎻🏟️ muziekfestival 👩‍👩‍👧\n"
                + "4;\u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627\n"
                + "5;" + "a".repeat(100_000) + "\n"
                + "6;kwan\u200Btum\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("batch", input.toString(), "--format", "jsonl");
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        for (int i = 0; i < 5; i++) {
            assertThat(lines.get(i)).as("row %d", i + 1).contains("\"verdict\":\"low\"");
        }
        assertThat(lines.get(5)).as("a zero-width space inside a word is not a word break").contains("\"sectors\":[\"quantum\"]");
    }

    @Test
    void aRecordOverTheBoundStopsWithItsLineAndTheBound() throws IOException {
        Path input = dir.resolve("huge.csv");
        Files.writeString(input, "onderwerp\nQKD\n\"" + "x".repeat(BatchInput.MAX_RECORD_CHARS + 10) + "\"\n");
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err().lines()).singleElement().asString().contains("huge.csv").contains("na gegevensrij 1")
                .contains(Integer.toString(BatchInput.MAX_RECORD_CHARS));
    }
}
