package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.partnerscan.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code partnerscan batch}: what a script and a spreadsheet get, for the inputs people really have. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private Path utf8(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    private static List<CsvRecord> records(String csv, char separator) {
        List<CsvRecord> records = new ArrayList<>();
        CsvReader.builder().fieldSeparator(separator).ofCsvRecord(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)
                .forEach(records::add);
        return records;
    }

    private static List<String> column(List<CsvRecord> records, String name) {
        int index = records.get(0).getFields().indexOf(name);
        assertThat(index).as("column %s in %s", name, records.get(0).getFields()).isNotNegative();
        return records.subList(1, records.size()).stream().map(r -> r.getField(index)).toList();
    }

    @Test
    void aSemicolonFileWithAByteOrderMarkAsExcelWritesIt() throws IOException {
        Path input = file("excel.csv", withBom("id;onderwerp;omschrijving\r\n"
                + "a1;Kwantumtechnologie;Samenwerking met Hefei\r\n"
                + "a2;Ouderenzorg;Uitwisseling over dagbesteding\r\n"));
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("\uFEFFid;onderwerp;omschrijving;verdict;score;");
        List<CsvRecord> records = records(run.out(), ';');
        assertThat(column(records, "id")).containsExactly("a1", "a2");
        assertThat(column(records, "verdict")).containsExactly("elevated", "low");
        assertThat(column(records, "sectors")).containsExactly("quantum", "");
        assertThat(run.err()).contains("2 rijen: 1 laag, 1 verhoogd, 0 hoog, 0 met een fout").contains("UTF-8 met BOM");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAsWindows1252AndTheSummarySaysSo() throws IOException {
        String text = "onderwerp;omschrijving\r\nCafé-cultuur;Uitwisseling over cafés\r\nQKD;Kwantumcommunicatie\r\n";
        Path input = file("ansi.csv", text.getBytes(Charset.forName("windows-1252")));

        Cli.Run guessed = Cli.run("batch", input.toString(), "--lang", "en");
        assertThat(guessed.exitCode()).as(guessed.err()).isEqualTo(ExitCode.OK);
        List<CsvRecord> records = records(guessed.out(), ';');
        assertThat(column(records, "onderwerp")).containsExactly("Café-cultuur", "QKD");
        assertThat(column(records, "verdict")).containsExactly("low", "elevated");
        assertThat(guessed.out()).as("a byte-order mark, so that Excel reads the UTF-8 result").startsWith("\uFEFF");
        assertThat(guessed.err()).contains("(input: " + input + ", ';', windows-1252)")
                .contains("partnerscan: the file is not UTF-8 and was read as Windows-1252, as Excel saves it;"
                        + " --encoding chooses another encoding");

        Cli.Run forced = Cli.run("batch", input.toString(), "--encoding", "utf-8");
        assertThat(forced.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        assertThat(column(records(forced.out(), ';'), "error").get(0))
                .contains("regel 2, kolom 'onderwerp': bytes die geen geldige UTF-8 zijn").contains("--encoding windows-1252");

        Cli.Run given = Cli.run("batch", input.toString(), "--encoding", "windows-1252");
        assertThat(given.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(column(records(given.out(), ';'), "onderwerp")).containsExactly("Café-cultuur", "QKD");
        assertThat(given.err()).doesNotContain("Windows-1252, zoals Excel");
    }

    @Test
    void aUtf8FileWithOneBadByteLaterStaysUtf8AndThatRowGetsTheError() throws IOException {
        byte[] good = "onderwerp\nCafé\nQKD\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'c', 'a', 'f', (byte) 0xE9, '\n'};
        byte[] all = new byte[good.length + bad.length];
        System.arraycopy(good, 0, all, 0, good.length);
        System.arraycopy(bad, 0, all, good.length, bad.length);
        Cli.Run run = Cli.run("batch", file("mixed.csv", all).toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        List<CsvRecord> records = records(run.out(), ',');
        assertThat(column(records, "onderwerp").get(0)).isEqualTo("Café");
        assertThat(column(records, "error").get(2)).contains("regel 4").contains("geen geldige UTF-8");
    }

    @Test
    void excelsSepLineGivesTheSeparatorAndIsNotARow() throws IOException {
        // Without the sep line, the header's two semicolons would make ';' the separator.
        Path input = utf8("sep.csv", "sep=,\r\nid,onderwerp,notitie;met;puntkomma's,q4\r\n1,QKD,a;b,\r\n2,cultuur,,misschien\r\n");
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        List<CsvRecord> records = records(run.out(), ',');
        assertThat(records.get(0).getFields()).startsWith("id", "onderwerp", "notitie;met;puntkomma's", "q4");
        assertThat(column(records, "id")).containsExactly("1", "2");
        assertThat(column(records, "verdict").get(0)).isEqualTo("elevated");
        assertThat(column(records, "error").get(1)).as("lines counted as in the file").startsWith("regel 4, kolom 'q4'");
        assertThat(run.err()).contains("(invoer: " + input + ", ',', UTF-8)");
    }

    @Test
    void fullyEmptyRowsAreSkippedAndCountedNotErrors() throws IOException {
        Path input = utf8("trailing.csv", "id;onderwerp;q4\r\n1;QKD;nee\r\n;;\r\n2;ouderenzorg;\r\n;; ;\r\n;;\r\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(column(records(run.out(), ';'), "id")).containsExactly("1", "2");
        assertThat(run.err()).contains("2 rows: 1 low, 1 elevated, 0 high, 0 with an error")
                .contains("partnerscan: 3 empty rows skipped (every cell empty)");
    }

    @Test
    void failOnWinsOverRowErrorsWhenBothHold() throws IOException {
        Path input = utf8("both.csv", "onderwerp;q3;q4\nHalfgeleider technologie;nee;nee\nQKD;;misschien\n;;\n");
        assertThat(Cli.run("batch", input.toString(), "--fail-on", "high").exitCode()).isEqualTo(ExitCode.FAIL_ON);
        assertThat(Cli.run("batch", input.toString()).exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        assertThat(Cli.run("batch", utf8("low.csv", "onderwerp;q4\nsport;\nQKD;misschien\n").toString(),
                "--fail-on", "high").exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
    }

    @Test
    void theColumnsScreenedAndThosePassedThroughAreNamedOnStandardError() throws IOException {
        Path input = utf8("kort.csv", "Onderwerp (kort);Chinese partner;notitie;q4\n"
                + "quantum;Harbin Institute of Technology;overleg in mei;\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--lang", "en");
        assertThat(run.err().lines().findFirst()).hasValue("partnerscan: columns: 'Onderwerp (kort)' as topic,"
                + " 'Chinese partner' as partner, 'q4' as the answer to q4; not screened, only passed through: 'notitie'");
        List<CsvRecord> records = records(run.out(), ';');
        assertThat(column(records, "verdict")).containsExactly("high");
        assertThat(column(records, "partner_hits").get(0)).contains("Harbin Institute of Technology");
    }

    @Test
    void aColumnCanBeNamedForItsRoleAndTwoLookalikesAreAnErrorNotAGuess() throws IOException {
        Path input = utf8("twee.csv", "Thema;Chinese partner;Nederlandse partner\n"
                + "quantum;Harbin Institute of Technology;Gemeente Delft\n");
        Cli.Run ambiguous = Cli.run("batch", input.toString(), "--topic-column", "thema");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(ambiguous.err()).contains(input + ":1: de kolommen 'Chinese partner' en 'Nederlandse partner' kunnen"
                + " elk de partner zijn; houd er een, of noem hem met --partner-column");

        Cli.Run named = Cli.run("batch", input.toString(), "--topic-column", "thema", "--partner-column",
                "Chinese partner", "--lang", "en");
        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.err()).contains("'Thema' as topic, 'Chinese partner' as partner; not screened, only passed"
                + " through: 'Nederlandse partner'");
        assertThat(column(records(named.out(), ';'), "verdict")).containsExactly("high");

        Cli.Run missing = Cli.run("batch", input.toString(), "--topic-column", "onderwerp");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(missing.err()).contains("--topic-column 'onderwerp': die kolom bestaat niet; de kopregel heeft: Thema,"
                + " Chinese partner, Nederlandse partner");
    }

    @Test
    void duplicatePassThroughColumnsKeepBothValuesInJson() throws IOException {
        Path input = utf8("dubbel.csv", "onderwerp;notitie;notitie;notitie (2)\nQKD;eerste;tweede;derde\n");
        JsonNode row = JSON.readTree(Cli.run("batch", input.toString(), "--format", "jsonl").out());
        assertThat(row.get("columns").toString())
                .isEqualTo("{\"onderwerp\":\"QKD\",\"notitie\":\"eerste\",\"notitie (3)\":\"tweede\","
                        + "\"notitie (2)\":\"derde\"}");
    }

    @Test
    void aBlankIdNeverCollidesWithAGivenId() throws IOException {
        Path input = utf8("ids.csv", "id;onderwerp\n2;QKD\n;ouderenzorg\n");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Cli.run("batch", input.toString(), "--format", "jsonl").out().lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows.get(0).get("id").asText()).isEqualTo("2");
        assertThat(rows.get(1).get("id").isNull()).as("not the row number 2").isTrue();
        assertThat(rows.get(1).get("line").asInt()).isEqualTo(3);
        assertThat(column(records(Cli.run("batch", input.toString()).out(), ';'), "id")).containsExactly("2", "");
    }

    @Test
    void formulasBehindALineBreakSpacesNulOrInFullwidthAreNeutralised() throws IOException {
        Path input = utf8("formula2.csv", "id;onderwerp;notitie\n1;QKD;\"\r=cmd|' /C calc'!A0\"\n"
                + "2;QKD;\uFF1D1+1\n3;QKD; =1+1\n4;QKD;\u0000=1+1\n");
        List<String> notes = column(records(Cli.run("batch", input.toString()).out(), ';'), "notitie");
        assertThat(notes).containsExactly("'\n=cmd|' /C calc'!A0", "'\uFF1D1+1", "' =1+1", "'\u0000=1+1");
    }

    @Test
    void quotedSeparatorsAndLineBreaksStayInTheirField() throws IOException {
        Path input = utf8("quoted.csv", "id,topic,description\n"
                + "1,\"quantum, QKD\",\"line one\nline two, with a comma\"\n"
                + "2,culture,\"\"\"quoted\"\" word\"\n");
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isZero();
        List<CsvRecord> records = records(run.out(), ',');
        assertThat(records).hasSize(3);
        assertThat(column(records, "description")).containsExactly("line one\nline two, with a comma", "\"quoted\" word");
        assertThat(column(records, "topic").get(0)).isEqualTo("quantum, QKD");
    }

    @Test
    void aLoneCarriageReturnInAQuotedFieldNeverLosesTheRow() throws IOException {
        Path input = utf8("cr.csv", "id;onderwerp;omschrijving\n1;QKD;\"a\rb\"\n2;cultuur;\"x\r\"\r\n3;sport;\"\rc\"\n");
        Cli.Run run = Cli.run("batch", input.toString());
        List<CsvRecord> records = records(run.out(), ';');
        assertThat(column(records, "id")).containsExactly("1", "2", "3");
        assertThat(column(records, "omschrijving")).containsExactly("a\nb", "x\n", "\nc");
        assertThat(column(records, "error")).containsOnly("");
    }

    @Test
    void blankLinesBeforeTheHeaderDoNotHideItsSeparator() throws IOException {
        Cli.Run run = Cli.run("batch", utf8("blank.csv", "\r\n\nid;onderwerp\n1;QKD\n").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(column(records(run.out(), ';'), "verdict")).containsExactly("elevated");
    }

    @Test
    void raggedRowsTooManyValuesIsAnErrorRowTooFewAreEmpty() throws IOException {
        Path input = utf8("ragged.csv", "id;onderwerp;partner\n1;QKD\n2;quantum;Hefei;extra\n3;cultuur;Suzhou\n");
        Cli.Run run = Cli.run("batch", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        List<CsvRecord> records = records(run.out(), ';');
        assertThat(column(records, "id")).containsExactly("1", "2", "3");
        assertThat(column(records, "verdict")).containsExactly("elevated", "", "low");
        assertThat(column(records, "error").get(1)).isEqualTo(
                "regel 3: 4 waarden, maar de kopregel heeft 3 kolommen; zet waarden met ';' erin tussen dubbele"
                        + " aanhalingstekens");
        Cli.Run english = Cli.run("batch", input.toString(), "--lang", "en");
        assertThat(column(records(english.out(), ';'), "error").get(1)).isEqualTo(
                "line 3: 4 values, but the header has 3 columns; put values that contain ';' in double quotes");
    }

    @Test
    void anEmptyFileIsAnInputError() throws IOException {
        Cli.Run run = Cli.run("batch", utf8("empty.csv", "").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err().lines()).singleElement().asString().contains("empty.csv: het bestand is leeg")
                .contains("kopregel");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void eachRowSaysWhomToCallAndWhichOtherRisksItFound() throws IOException {
        Path input = utf8("rows.csv", "onderwerp;omschrijving\nKwantumcomputers;Gezamenlijk lab voor qubits\n"
                + "Stedenband;Werkbezoek van een delegatie uit de zusterstad\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        List<CsvRecord> records = records(run.out(), ';');
        assertThat(column(records, "sectors")).containsExactly("quantum", "");
        assertThat(column(records, "signals")).containsExactly("transfer", "delegation");
        List<String> contacts = column(records, "contacts");
        assertThat(contacts).allSatisfy(cell -> assertThat(cell).as("the brochure's one contact first").startsWith("icp"));
        assertThat(contacts.get(0)).as("a transfer of knowledge: the desks for it").contains("|loket-kennisveiligheid");
        assertThat(contacts.get(1)).as("a delegation also calls for the brochure's own desk").contains("|nctv-full-brochure");
    }

    @Test
    void anExcelWorkbookIsRefusedWithWhatToSaveInstead() throws IOException {
        Path workbook = Files.write(dir.resolve("partnerships.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        Path output = dir.resolve("results.csv");
        Cli.Run run = Cli.run("batch", workbook.toString(), "--output", output.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err()).isEqualTo("partnerscan: " + workbook + ": is an Excel workbook, not CSV; save it as CSV"
                + " (in Excel: Save As, CSV UTF-8) and give that file\n");
        assertThat(output).doesNotExist();
    }

    @Test
    void aHeaderOnlyGivesAHeaderOnly() throws IOException {
        Cli.Run run = Cli.run("batch", utf8("header.csv", "id;onderwerp\r\n").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(records(run.out(), ';')).hasSize(1);
        assertThat(run.err()).contains("0 rijen");
    }

    @Test
    void aHeaderWithoutTopicOrDescriptionSaysWhatItHas() throws IOException {
        Cli.Run run = Cli.run("batch", utf8("wrong.csv", "naam;stad\nx;y\n").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err()).contains("wrong.csv:1: geen kolom 'topic'").contains("de kopregel heeft: naam, stad");
    }

    @Test
    void formulasAreNeutralisedInEveryCell() throws IOException {
        Path input = utf8("formula.csv", "id;onderwerp;notitie\n=1+1;@SUM(A1);=HYPERLINK(\"http://x\")\n"
                + "2;-2+3;+31 20 123\n3;\"\tcmd\";\"\rx\"\n");
        Cli.Run run = Cli.run("batch", input.toString());
        List<CsvRecord> records = records(run.out(), ';');
        for (CsvRecord record : records) {
            for (String cell : record.getFields()) {
                assertThat(cell).as("cell in %s", record.getFields()).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
        assertThat(column(records, "id")).containsExactly("'=1+1", "2", "3");
        assertThat(column(records, "notitie")).containsExactly("'=HYPERLINK(\"http://x\")", "'+31 20 123", "\nx");
        assertThat(column(records, "onderwerp").get(2)).isEqualTo("'\tcmd");
        assertThat(column(records, "reasons").get(0)).startsWith("(+0) ");
    }

    @Test
    void everyInputRowGivesOneOutputRowInOrderWithAllThreads() throws IOException {
        StringBuilder csv = new StringBuilder("id;onderwerp;omschrijving;q4\n");
        String[] topics = {"quantum", "ouderenzorg", "", "waterstof", "sport", "5G-netwerk"};
        for (int i = 1; i <= 5000; i++) {
            String topic = topics[i % topics.length];
            csv.append(i).append(';').append(topic).append(';')
                    .append(topic.isEmpty() && i % 12 == 2 ? "" : "rij " + i).append(';')
                    .append(i % 97 == 0 ? "misschien" : i % 2 == 0 ? "nee" : "").append('\n');
        }
        Path input = utf8("many.csv", csv.toString());
        Cli.Run run = Cli.run("batch", input.toString(), "--threads", "4");
        List<CsvRecord> records = records(run.out(), ';');
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 5000; i++) {
            expected.add(Integer.toString(i));
        }
        assertThat(column(records, "id")).containsExactlyElementsOf(expected);
        List<String> verdicts = column(records, "verdict");
        List<String> errors = column(records, "error");
        for (int i = 0; i < verdicts.size(); i++) {
            assertThat(verdicts.get(i).isEmpty()).as("row %d has a verdict or an error, not both", i + 1)
                    .isNotEqualTo(errors.get(i).isEmpty());
        }
        assertThat(errors.stream().filter(e -> !e.isEmpty())).isNotEmpty()
                .allSatisfy(e -> assertThat(e).startsWith("regel "));
    }

    @Test
    void exitCodesForScripts() throws IOException {
        Path clean = utf8("clean.csv", "onderwerp\nQKD\nouderenzorg\n");
        Path high = utf8("high.csv", "onderwerp;q3;q4\nHalfgeleider technologie;nee;nee\nsport;;\n");
        Path broken = utf8("broken.csv", "onderwerp;q4\nQKD;misschien\n");
        assertThat(Cli.run("batch", clean.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("batch", clean.toString(), "--fail-on", "high").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("batch", clean.toString(), "--fail-on", "elevated").exitCode()).isEqualTo(ExitCode.FAIL_ON);
        assertThat(Cli.run("batch", high.toString(), "--fail-on", "high").exitCode()).isEqualTo(ExitCode.FAIL_ON);
        assertThat(Cli.run("batch", high.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Cli.run("batch", broken.toString(), "--fail-on", "elevated").exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        assertThat(Cli.run("batch", dir.resolve("missing.csv").toString()).exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(Cli.run("batch", clean.toString(), "--delimiter", "ab").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("batch", clean.toString(), "--encoding", "klingon").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aDashReadsStandardInput() {
        Cli.Run run = Cli.runWithInput("topic\tdescription\nQKD\tjoint lab\n".getBytes(StandardCharsets.UTF_8),
                "batch", "-", "--format", "jsonl");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).singleElement().asString().contains("\"sectors\":[\"quantum\"]");
        assertThat(run.err()).contains("standaardinvoer").doesNotContain("eerste fout").contains("tab, UTF-8");
    }

    @Test
    void jsonRowsHaveTheFieldsOfScreenPlusIdAndError() throws IOException {
        Path input = utf8("rows.csv", "id;onderwerp;q4\nx1;QKD;nee\nx2;;\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--format", "jsonl");
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows).hasSize(2);
        Set<String> screenFields = new HashSet<>();
        JSON.readTree(Cli.run("screen", "--topic", "QKD", "--format", "json").out()).fieldNames()
                .forEachRemaining(screenFields::add);
        for (JsonNode row : rows) {
            Set<String> fields = new HashSet<>();
            row.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsAll(screenFields).contains("id", "error");
        }
        assertThat(rows.get(0).get("error").isNull()).isTrue();
        assertThat(rows.get(0).get("answers").get("q4.delegation-programme").asText()).isEqualTo("no");
        assertThat(rows.get(1).get("verdict").isNull()).isTrue();
        assertThat(rows.get(1).get("error").asText()).startsWith("regel 3: ");

        JsonNode array = JSON.readTree(Cli.run("batch", input.toString(), "--format", "json").out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("id").asText()).isEqualTo("x2");
    }

    @Test
    void outputGoesToAFileWholeOrNotAtAll() throws IOException {
        Path input = utf8("in.csv", "onderwerp\nQKD\n");
        Path target = dir.resolve("out.csv");
        Cli.Run run = Cli.run("batch", input.toString(), "--output", target.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(target)).contains("verdict").contains("elevated");

        Path broken = utf8("broken.csv", "onderwerp\nQKD\n\"open quote " + "x".repeat(1100 * 1024) + "\n");
        Files.writeString(target, "previous results");
        Cli.Run failed = Cli.run("batch", broken.toString(), "--output", target.toString());
        assertThat(failed.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(failed.err()).contains("broken.csv").contains("na gegevensrij 1");
        assertThat(Files.readString(target)).isEqualTo("previous results");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void refusesToOverwriteItsInput() throws IOException {
        Path input = utf8("same.csv", "onderwerp\nQKD\n");
        Cli.Run run = Cli.run("batch", input.toString(), "--output", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT_ERROR);
        assertThat(run.err()).contains("is het invoerbestand");
        assertThat(Files.readString(input)).isEqualTo("onderwerp\nQKD\n");
    }

    @Test
    void aScreenedFileCanBeScreenedAgain() throws IOException {
        Path first = dir.resolve("first.csv");
        Cli.run("batch", utf8("in.csv", "onderwerp\nQKD\n").toString(), "--output", first.toString());
        Cli.Run again = Cli.run("batch", first.toString());
        List<CsvRecord> records = records(again.out(), ',');
        assertThat(records.get(0).getFields()).containsOnlyOnce("verdict");
        assertThat(column(records, "verdict")).containsExactly("elevated");
    }

    @Test
    void theReadmeExampleMatchesItsGoldenFile() {
        Cli.Run run = Cli.run("batch", "data/examples/partnerships.csv", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        Golden.assertMatches("batch-example.csv", run.out());
        Cli.Run jsonl = Cli.run("batch", "data/examples/partnerships.csv", "--format", "jsonl", "--lang", "en");
        Golden.assertMatches("batch-example.jsonl", jsonl.out());
    }
}
