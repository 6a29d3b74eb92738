package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.partnerscan.report.BatchReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overview of a very large batch stays bounded: a million rows, generated on the fly and streamed into
 * partnerscan in a JVM of its own with a 256 MB heap, give a page of bounded size that says it shows the
 * first rows of each verdict, and no OutOfMemoryError.
 */
class BatchReportScaleTest {
    private static final int ROWS = 1_000_000;
    private static final List<String> TOPICS = List.of("Culturele uitwisseling met de zusterstad",
            "Kwantumcommunicatie en QKD-netwerken", "Ouderenzorg en dagbesteding", "Waterstofelektrolysers in de haven",
            "Jeugdvoetbaltoernooi", "Satellieten voor aardobservatie", "Watermanagement en dijken",
            "Joint lab on GaN power chips", "Architectuur en design", "Robotica in de landbouw");

    @TempDir
    Path dir;

    @Test
    void aMillionRowReportFinishesInA256MegabyteHeapWithABoundedPage() throws Exception {
        Path report = dir.resolve("report.html");
        Path errors = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "nl.partnerscan.cli.Main", "batch", "-", "--report",
                report.toString(), "--lang", "nl")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(errors.toFile())
                .start();
        Thread feeder = new Thread(() -> feed(process), "rows");
        feeder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        feeder.join();
        String stderr = Files.readString(errors);
        assertThat(finished).as("finished; stderr: %s", stderr).isTrue();
        assertThat(stderr).doesNotContain("OutOfMemoryError");
        assertThat(process.exitValue()).as(stderr).isEqualTo(ExitCode.ROW_ERRORS);
        assertThat(stderr).contains("partnerscan: " + ROWS + " rijen");

        long size = Files.size(report);
        assertThat(size).as("bytes of the page").isLessThan(3L * 1024 * 1024);
        String page = Files.readString(report);
        assertThat(page).contains("Hierboven staan de eerste " + BatchReport.DEFAULT_LIMIT + " van ")
                .contains("Rijen met een fout (").contains("data-ready");
        Matcher counts = Pattern.compile("<tr><td>[^<]+</td><td class=\"word\">(\\d+)</td></tr>").matcher(
                page.substring(page.indexOf("<h2>Oordelen</h2>"), page.indexOf("<h2>Samenwerkingen per sector")));
        long total = 0;
        while (counts.find()) {
            total += Long.parseLong(counts.group(1));
        }
        assertThat(total).as("every row counted: low, elevated, high and with an error").isEqualTo(ROWS);
    }

    /** Writes the rows as they are read: a header, then rows of every kind, every 997th with a bad answer. */
    private static void feed(Process process) {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16)) {
            out.write("id;onderwerp;partner;q4\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write("r");
                out.write(Integer.toString(i));
                out.write(';');
                out.write(TOPICS.get(i % TOPICS.size()));
                out.write(';');
                out.write(i % 13 == 0 ? "Harbin Institute of Technology" : "");
                out.write(';');
                out.write(i % 997 == 0 ? "misschien" : i % 2 == 0 ? "nee" : "");
                out.write('\n');
            }
        } catch (IOException e) {
            if (process.isAlive()) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
