package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Standard output that fails: a full disk, a reader that goes away, a signal. Output is never lost in
 * silence, and standard output holds nothing but the results.
 */
class OutputFailureTest {
    /** The launcher's JVM option that sends the JVM's own output (a thread dump) to standard error. */
    private static final String VM_OUTPUT_TO_STDERR = "-XX:+DisplayVMOutputToStderr";

    @TempDir
    Path dir;

    @Test
    void aFailedWriteToStandardOutputEndsTheRunWithExitFourAndOneLine() throws Exception {
        Path full = Processes.fullDevice(dir.resolve("full"));
        List<List<String>> commands = List.of(
                List.of("batch", "data/examples/partnerships.csv"),
                List.of("screen", "--topic", "quantum"),
                List.of("sectors"),
                List.of("--help"));
        for (List<String> command : commands) {
            Process process = Processes.partnerscan(command.toArray(String[]::new))
                    .redirectOutput(full.toFile()).start();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Processes.exitCode(process)).as("%s", command).isEqualTo(ExitCode.INPUT_ERROR);
            assertThat(err.lines().filter(line -> line.contains("standaarduitvoer"))).as("%s: %s", command, err)
                    .singleElement().asString()
                    .isEqualTo("partnerscan: standaarduitvoer: kan niet worden geschreven: geen ruimte meer op het apparaat");
            assertThat(err).as("%s", command).doesNotContain("rijen:").doesNotContain("\tat ");
        }
    }

    @Test
    void aBrokenPipeStopsTheRunAtOnceQuietlyWithExit141() throws Exception {
        Process process = Processes.partnerscan("batch", "-").start();
        Thread feeder = new Thread(() -> {
            // Rows without end: only a run that stops when its reader goes away can end.
            try (OutputStream in = process.getOutputStream()) {
                in.write("id;onderwerp;omschrijving\n".getBytes(StandardCharsets.UTF_8));
                byte[] rows = "1;quantum;een omschrijving van een samenwerking\n".repeat(1000)
                        .getBytes(StandardCharsets.UTF_8);
                while (true) {
                    in.write(rows);
                }
            } catch (IOException readerGone) {
                // The run has ended.
            }
        });
        feeder.setDaemon(true);
        feeder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).contains("verdict");
        } // as head -1 does: read a line, close the pipe
        assertThat(Processes.exitCode(process)).isEqualTo(ExitCode.BROKEN_PIPE);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .as("no error, no summary: only the columns, said before the first row")
                .singleElement().asString().startsWith("partnerscan: kolommen: ");
    }

    @Test
    void aThreadDumpOnSigquitGoesToStandardErrorNotIntoTheResults() throws Exception {
        assertThat(Files.readString(Path.of("src/dist/bin/partnerscan"))).as("the launcher's JVM options")
                .contains("opts=\"$opts " + VM_OUTPUT_TO_STDERR + "\"");
        Path out = dir.resolve("out.csv");
        Path err = dir.resolve("err.txt");
        Process process = Processes.partnerscan(List.of(VM_OUTPUT_TO_STDERR), "batch", "-")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write("id;onderwerp\n1;quantum\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            waitUntilCatchesSigquit(process.pid());
            new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(err).contains("Full thread dump") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            in.write("2;ouderenzorg\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Processes.exitCode(process)).isZero();
        assertThat(Files.readString(err)).contains("Full thread dump");
        assertThat(Files.readString(out)).doesNotContain("thread").startsWith("id;onderwerp;verdict")
                .contains("\r\n1;quantum;elevated;").contains("\r\n2;ouderenzorg;low;");
    }

    /** Until the JVM has its handler, SIGQUIT would kill the process instead of asking for a dump. */
    private static void waitUntilCatchesSigquit(long pid) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("SigCgt:") && (Long.parseLong(line.substring(7).strip(), 16) & (1L << 2)) != 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the JVM never caught SIGQUIT");
    }
}
