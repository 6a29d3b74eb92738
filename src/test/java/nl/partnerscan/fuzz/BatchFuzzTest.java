package nl.partnerscan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import nl.partnerscan.cli.Main;

/**
 * Any bytes as a batch CSV on standard input, through the whole command: the exit code is a documented
 * one, nothing but one-line messages reach standard error (no stack trace), and standard output is valid
 * CSV or JSON lines with one row per row read.
 */
class BatchFuzzTest {
    private static final Set<Integer> EXIT_CODES = Set.of(0, 4, 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int code, String out, String err) {
    }

    private static Run run(byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new ByteArrayInputStream(stdin), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** The summary line (the first line of standard error that the run itself writes, not the input). */
    private static String summary(String err) {
        for (String line : err.split("\n")) {
            if (line.matches("partnerscan: \\d+ rijen: .*\\(invoer: standaardinvoer, (tab|'.'), .*\\)")) {
                return line;
            }
        }
        throw new AssertionError("no summary line in: " + err);
    }

    private static long summaryRows(String err) {
        String line = summary(err);
        return Long.parseLong(line.substring("partnerscan: ".length(), line.indexOf(" rijen: ")));
    }

    @FuzzTest(maxDuration = "10m")
    void batchCsv(FuzzedDataProvider data) {
        boolean header = data.consumeBoolean();
        byte[] body = data.consumeRemainingAsBytes();
        byte[] input = body;
        if (header) {
            byte[] head = "id;onderwerp;omschrijving;partner;q4\n".getBytes(StandardCharsets.UTF_8);
            input = new byte[head.length + body.length];
            System.arraycopy(head, 0, input, 0, head.length);
            System.arraycopy(body, 0, input, head.length, body.length);
        }
        Run csv = run(input, "batch", "-");
        check(csv);
        if (csv.code() != 4) {
            List<?> records = CsvReader.builder().fieldSeparator(detectedSeparator(csv.err())).allowMissingFields(true)
                    .ofCsvRecord(csv.out().startsWith("\uFEFF") ? csv.out().substring(1) : csv.out()).stream().toList();
            assertThat(records).as("header and one record per row read").hasSize((int) summaryRows(csv.err()) + 1);
        }
        Run jsonl = run(input, "batch", "-", "--format", "jsonl");
        check(jsonl);
        if (jsonl.code() != 4) {
            String[] lines = jsonl.out().isEmpty() ? new String[0] : jsonl.out().split("\n");
            assertThat(lines).hasSize((int) summaryRows(jsonl.err()));
            for (String line : lines) {
                try {
                    assertThat(JSON.readTree(line).has("id")).isTrue();
                } catch (IOException e) {
                    throw new AssertionError("not JSON: " + line, e);
                }
            }
        }
    }

    private static char detectedSeparator(String err) {
        String line = summary(err);
        int at = line.lastIndexOf("(invoer: standaardinvoer, ") + "(invoer: standaardinvoer, ".length();
        return line.startsWith("tab", at) ? '\t' : line.charAt(at + 1);
    }

    private static void check(Run run) {
        assertThat(EXIT_CODES).as("exit code %d, stderr %s", run.code(), run.err()).contains(run.code());
        assertThat(run.err()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception in");
        assertThat(run.err()).as("no control characters from the input").doesNotContainPattern("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]");
    }
}
