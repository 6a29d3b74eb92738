package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Path target = dir.resolve("out.csv");
        Process process = Processes.startLongBatch(dir, target);
        assertThat(Processes.partialFiles(dir)).as("the run writes to a temporary file first").isNotEmpty();
        process.destroy(); // SIGTERM, as Ctrl-C ends it: shutdown hooks run
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(target).doesNotExist();
        assertThat(Processes.partialFiles(dir)).as("no temporary file is left behind").isEmpty();
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
        assertThat(run.err().lines().filter(line -> !line.startsWith("partnerscan: kolommen:"))).singleElement()
                .isEqualTo("partnerscan: " + input + ": regel 3 (na gegevensrij 1): het record is langer dan 1048576"
                        + " tekens, het meeste dat een record mag hebben; staat er een aanhalingsteken open?");
    }

    @Test
    void theRecordBoundHoldsWhereverTheRecordIs() throws IOException {
        int max = BatchInput.MAX_RECORD_CHARS;
        for (int before : new int[] {0, 1000, 700_000, max - 4}) {
            // A record of "QKD" and a note: its values have 3 + the note's characters.
            String earlier = before == 0 ? "" : "QKD;" + "a".repeat(before) + "\n";
            Path fits = dir.resolve("fits.csv");
            Files.writeString(fits, "onderwerp;notitie\n" + earlier + "QKD;" + "b".repeat(max - 3) + "\nsport;x\n");
            Cli.Run run = Cli.run("batch", fits.toString(), "--format", "jsonl");
            assertThat(run.exitCode()).as("a record of exactly %d characters after one of %d", max, before)
                    .isEqualTo(ExitCode.OK);
            assertThat(run.out().lines()).hasSize(before == 0 ? 2 : 3);

            Path over = dir.resolve("over.csv");
            Files.writeString(over, "onderwerp;notitie\n" + earlier + "QKD;" + "b".repeat(max - 2) + "\nsport;x\n");
            Cli.Run failed = Cli.run("batch", over.toString(), "--format", "jsonl");
            assertThat(failed.exitCode()).as("one character more, after one of %d", before)
                    .isEqualTo(ExitCode.INPUT_ERROR);
            assertThat(failed.err()).contains(": regel " + (before == 0 ? 2 : 3) + " ").contains("langer dan " + max);
        }
    }

    @Test
    void aRealLackOfMemoryIsReportedAsSuchInOneLineNeverAsABrokenRecord() {
        byte[] header = "onderwerp\nQKD\n".getBytes(StandardCharsets.UTF_8);
        InputStream exhausted = new InputStream() {
            private int read;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (read == header.length) {
                    throw new OutOfMemoryError("Java heap space"); // as a row too large for the heap would
                }
                int n = Math.min(length, header.length - read);
                System.arraycopy(header, read, buffer, offset, n);
                read += n;
                return n;
            }
        };
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"batch", "-"}, exhausted, new PrintWriter(out), new PrintWriter(err),
                Cli.pipe());
        assertThat(code).as(err.toString()).isEqualTo(ExitCode.OUT_OF_MEMORY);
        assertThat(err.toString().lines().filter(line -> !line.startsWith("partnerscan: kolommen:"))).singleElement()
                .asString().startsWith("partnerscan: onvoldoende geheugen: de run heeft meer nodig dan de ")
                .contains("JAVA_OPTS=-Xmx").doesNotContain("quote");
    }

    @Test
    void largeRowsAreHeldInABoundedWindowAndScreenInASmallHeap() throws Exception {
        Path input = dir.resolve("wide.csv");
        try (Writer writer = Files.newBufferedWriter(input)) {
            writer.write("id;onderwerp;notitie\n");
            String note = "abcdefghij".repeat(100_000);
            for (int i = 0; i < 50; i++) {
                writer.write(i + ";QKD;" + note + "\n");
            }
        }
        // 50 MB of rows in a 64 MB heap: a window of a thousand rows, whatever their size, ran out of memory.
        Process process = Processes.partnerscan(List.of("-Xmx64m"), "batch", input.toString(), "--format", "jsonl")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(Processes.exitCode(process)).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("50 rijen: 0 laag, 50 verhoogd");
    }

    @Test
    void anArgumentStartingWithAtIsTakenLiterallyNeverAsAFileToRead() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "geheim-wachtwoord");
        Path record = dir.resolve("record.md");
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--partner", "@" + secret, "--record", record.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(record)).contains("@" + secret).doesNotContain("geheim-wachtwoord");

        Path arguments = Files.writeString(dir.resolve("args.txt"), "--topic quantum");
        Cli.Run expanded = Cli.run("screen", "@" + arguments);
        assertThat(expanded.exitCode()).as("not read as arguments").isEqualTo(ExitCode.USAGE);
        assertThat(expanded.err()).contains("@" + arguments);
    }

    /** C0 controls but line feed and carriage return, DEL and the C1 controls. */
    private static final String CONTROL = "[\\x00-\\x09\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]";

    @Test
    void csvCellsPrintedToATerminalCarryNoControlCharacter() throws IOException {
        Path input = dir.resolve("osc.csv");
        String osc52 = "\u001b]52;c;ZWNobyBwd25lZA==\u0007";
        String osc8 = "\u001b]8;;http://evil.example\u001b\\klik\u001b]8;;\u001b\\";
        Files.writeString(input, "id;onderwerp;notitie\n1;QKD;\"" + osc52 + "\"\n2;\"quan\u009b2Jtum\";\"" + osc8
                + "\"\n3;sport;\"regel\neen\ttab\"\n");
        Terminal terminal = new Terminal(Map.of("NO_COLOR", "1"), true, true, () -> 80);
        for (String format : List.of("csv", "jsonl", "json")) {
            Cli.Run run = Cli.runOn(terminal, new byte[0], "batch", input.toString(), "--format", format);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).as(format).doesNotContainPattern(CONTROL).doesNotContain("\n3;sport;\"regel\n");
            assertThat(run.err()).as(format).doesNotContainPattern(CONTROL);
        }
        Path file = dir.resolve("out.csv");
        assertThat(Cli.runOn(terminal, new byte[0], "batch", input.toString(), "--output", file.toString()).exitCode())
                .isZero();
        assertThat(Files.readString(file)).as("a file keeps the cells as they are").contains(osc52).contains(osc8);
    }

    @Test
    void aListNameOrADataTextWithAControlCharacterIsRefusedWithItsPlace() throws IOException {
        Path list = Files.writeString(dir.resolve("watch.csv"), "name,country\nAcme Wuhan,CN\n\"Evil\u001b]0;x\u0007 Ltd\",CN\n");
        Cli.Run run = Cli.run("screen", "--topic", "robotica", "--list", list.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).isEqualTo("partnerscan: referentiegegevens: " + list + ":3:1: een stuurteken (U+001B);"
                + " een lijst bevat alleen afdrukbare tekst\n");

        Path data = copyOfData();
        Path contacts = data.resolve("contacts.yaml");
        Files.writeString(contacts, Files.readString(contacts).replace(
                "name_nl: \"Informatie- en Contactpunt (ICP) van het RVO\"",
                "name_nl: \"Informatie- en Contactpunt \\e]52;c;cHduZWQ=\\a(ICP)\""));
        for (String command : List.of("contacts", "sectors", "screen")) {
            Cli.Run refused = Cli.run(command, "--data", data.toString(), "--topic", "quantum");
            if (command.equals("screen")) {
                assertThat(refused.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
            } else {
                refused = Cli.run(command, "--data", data.toString());
            }
            assertThat(refused.exitCode()).as(command).isEqualTo(ExitCode.DATA_ERROR);
            assertThat(refused.err()).as(command).contains(contacts + ":78:14: the text holds a control character"
                    + " (U+001B)").doesNotContainPattern(CONTROL);
            assertThat(refused.out()).isEmpty();
        }
    }

    @Test
    void yamlTooDeepOrWithARawControlByteNamesFileLineAndColumn() throws IOException {
        Path data = copyOfData();
        Path sources = data.resolve("sources.yaml");
        String original = Files.readString(sources);
        Files.writeString(sources, original + "\ndeep: " + "[".repeat(40) + "]".repeat(40) + "\n");
        int line = (int) original.lines().count() + 2;
        Cli.Run deep = Cli.run("sectors", "--data", data.toString());
        assertThat(deep.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(deep.err()).startsWith("partnerscan: referentiegegevens: " + sources + ":" + line + ":" + (6 + 32)
                + ": nesting deeper than 32 levels");

        Files.writeString(sources, original.replaceFirst("\n", "\n\u001b"));
        Cli.Run raw = Cli.run("sectors", "--data", data.toString());
        assertThat(raw.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(raw.err()).isEqualTo("partnerscan: referentiegegevens: " + sources + ":2:1: a control character"
                + " (U+001B) is not allowed in a data file; remove it\n");
    }

    private Path copyOfData() throws IOException {
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("lists"));
        try (Stream<Path> files = Files.walk(Path.of("data"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = Path.of("data").relativize(file);
                if (relative.getNameCount() <= 2 && !relative.startsWith("examples")) {
                    Files.copy(file, data.resolve(relative.toString()));
                }
            }
        }
        return data;
    }

    @Test
    void controlCharactersInTheArgumentsNeverReachTheTerminal() {
        Terminal terminal = new Terminal(Map.of("NO_COLOR", "1"), true, true, () -> 80);
        Cli.Run run = Cli.runOn(terminal, new byte[0], "screen", "--topic", "quan\u001b[2Jtum-\u009b31mnetwerk",
                "--description", "QKD \u001b]52;c;eA==\u0007", "--partner", "Harbin\u001b[8m Institute of Technology", "-v");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Harbin").doesNotContainPattern(CONTROL);
    }
}
