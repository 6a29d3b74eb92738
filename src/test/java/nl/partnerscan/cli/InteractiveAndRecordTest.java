package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.partnerscan.report.DecisionRecord;
import nl.partnerscan.report.Document;
import nl.partnerscan.report.DocumentWriters;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.RecordDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.Golden;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.ProgramVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The questionnaire driven by scripted input, the refusal without a terminal, and the decision records. */
class InteractiveAndRecordTest {
    private static final ZonedDateTime WHEN = ZonedDateTime.of(2026, 11, 22, 14, 30, 0, 0, ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    /** Runs screen with {@code typed} as what a person types, on what the command takes for a terminal. */
    private static Run screen(String typed, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine(new ByteArrayInputStream(new byte[0]), new PrintWriter(out, true),
                new PrintWriter(err, true), Cli.pipe(), "screen");
        CommandLine screen = commandLine.getSubcommands().get("screen");
        CommandLine replaced = new CommandLine(new ScreenCommand(new ByteArrayInputStream(
                typed.getBytes(StandardCharsets.UTF_8)), () -> terminal, () -> WHEN), commandLine.getFactory());
        commandLine.getCommandSpec().removeSubcommand("screen");
        commandLine.addSubcommand("screen", replaced);
        replaced.setOut(screen.getOut());
        replaced.setErr(screen.getErr());
        String[] all = new String[args.length + 1];
        all[0] = "screen";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = commandLine.execute(all);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void asksEveryOpenCheckInTurnWithGoingBackAndGivenAnswersNotAskedAgain() throws IOException {
        // q4 is given; q1 has four checks: yes, no, back (re-ask the second), unknown, then stop.
        Run run = screen("ja\nnee\nterug\nmisschien\nweet niet\nja\nstop\n", true,
                "--topic", "quantum", "-i", "--answer", "q4=nee", "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Vraag 1 van 6: Wat is uw behoefte, en hoeveel mag dit kosten?")
                .contains("Een samenwerking hoort gelijkwaardig en wederkerig")
                .contains("Antwoord met ja, nee, weet niet of nvt")
                .contains("Gestopt; de overige controles blijven open.")
                .doesNotContain("q4.delegation-programme: Weet u");
        String json = run.out().substring(run.out().indexOf("{"));
        var tree = new ObjectMapper().readTree(json);
        var answers = tree.get("answers");
        assertThat(answers.get("q1.goal").asText()).isEqualTo("yes");
        assertThat(answers.get("q1.reciprocal").asText()).as("changed after going back").isEqualTo("unknown");
        assertThat(answers.get("q1.investment").asText()).isEqualTo("yes");
        assertThat(answers.get("q4.delegation-programme").asText()).isEqualTo("no");
        assertThat(answers.has("q1.right-partner")).as("stopped before it").isFalse();
        assertThat(tree.get("open_questions").findValuesAsText("id")).contains("q1.right-partner", "q2.compared");
    }

    @Test
    void theEndOfInputStopsAndAnEnglishRunTakesEnglishWords() {
        Run run = screen("yes\nback\nno\n", true, "--topic", "quantum", "--interactive", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Question 1 of 6").contains("[y]es / [n]o / [u]nknown / n/a, [b]ack, [s]top")
                .contains("Verdict: ").contains("informatie-en-contactpunt@rvo.nl");
    }

    @Test
    void refusesToPromptWithoutATerminal() {
        Run run = screen("ja\n", false, "--topic", "quantum", "-i");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--interactive stelt vragen op een terminal").contains("--answer");
        assertThat(run.out()).isEmpty();
    }

    private static ScreeningResult example(ScreeningRequest request) {
        return TestData.screener().screen(request);
    }

    /** What a person adds for the dossier, and a partnerscan whose manifest gave a version but no commit. */
    private static final RecordDetails DETAILS = new RecordDetails(WHEN, Optional.of("J. de Vries"),
            Optional.of("Z-2026-0042"), Optional.of("Niet aangaan"),
            Optional.of("De partner staat op twee lijsten; de kennis is *dual-use* <b>nu</b>."), Optional.empty(),
            new ProgramVersion("partnerscan", "0.1.0", ProgramVersion.UNKNOWN));

    @Test
    void theRecordsMatchTheirGoldenFilesInMarkdownAndHtmlInDutchAndEnglish() {
        ScreeningRequest request = new ScreeningRequest(List.of("waterstofelektrolysers", "uranium enrichment"),
                "Joint lab with a <b>university</b> | visit *next* year", "Harbin Institute of Technology",
                Map.of("q4", Answer.NO, "q3.role", Answer.UNKNOWN, "q5.no-public-wifi", Answer.NOT_APPLICABLE),
                Set.of(), "provincie");
        ScreeningResult result = example(request);
        for (Language language : Language.values()) {
            Document document = DecisionRecord.build(request, result, TestData.shipped(), DETAILS,
                    Messages.of(language));
            String suffix = language == Language.NL ? "" : "-" + language.code();
            Golden.assertMatches("record" + suffix + ".md", DocumentWriters.markdown(document));
            String html = DocumentWriters.html(document, language.code());
            Golden.assertMatches("record" + suffix + ".html", html);
            assertThat(html).doesNotContain("<b>university</b>").contains("&lt;b&gt;university&lt;/b&gt;")
                    .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link")
                    .doesNotContain("src=");
        }
    }

    @Test
    void theRecordHoldsWhatADossierNeeds() {
        ScreeningRequest request = new ScreeningRequest(List.of("uranium enrichment"), "", "Harbin Institute of Technology",
                Map.of("q4", Answer.NOT_APPLICABLE), Set.of(), "kennisinstelling");
        String md = DocumentWriters.markdown(DecisionRecord.build(request, example(request), TestData.shipped(), DETAILS,
                Messages.of(Language.EN)));
        assertThat(md).contains("- Organisation: knowledge institution", "- Assessor: J. de Vries",
                "- Case reference: Z-2026-0042", "- Date and time: 2026-11-22 14:30:00 +01:00",
                "- Next review: 2027-02-22", "- Decision: Niet aangaan", "- Reasoning: De partner staat op twee lijsten",
                "- Program: partnerscan, version 0.1.0, commit unknown", "sha256:",
                "| Named Research Organizations (Canada) | a government designation list | 2024-04-18 | 2024-09-09 |",
                "| q4.delegation-programme | Do you know the programme", "| not applicable |",
                "Knowledge Security Desk", "(knowledge institution)", "Export control of dual-use and military goods");
        assertThat(md).containsSubsequence("## NCTV table (MiC2025)", "## EU critical technology area",
                "## Possibly dual-use: check export control", "## The brochure's other risks", "## Partner on a list");
        assertThat(md).doesNotContain("q4.delegation-programme: Do you know");
    }

    @Test
    void withoutAPartnerTheRecordSaysThatNoneWasCheckedRatherThanThatTheChecksPassed() {
        ScreeningRequest request = ScreeningRequest.ofTopics("quantum");
        String md = DocumentWriters.markdown(DecisionRecord.build(request, example(request), TestData.shipped(),
                RecordDetails.of(WHEN, ProgramVersion.current()), Messages.of(Language.NL)));
        assertThat(md).contains("- Partner: Geen partner genoemd: niet gecontroleerd.")
                .doesNotContain("staat op geen ervan").contains("- Beoordelaar: niet opgegeven")
                .contains("- Volgende herbeoordeling: 2027-05-22");
    }

    @Test
    void anExistingRecordIsNeverReplacedWithoutForce() throws IOException {
        Path md = dir.resolve("record.md");
        Run run = screen("", true, "--topic", "quantum", "--record", md.toString(), "--assessor", "A. Jansen");
        assertThat(run.code()).isZero();
        String first = Files.readString(md);
        assertThat(first).contains("2026-11-22 14:30:00 +01:00").contains("sha256:")
                .contains(TestData.shipped().dataVersion()).contains("A. Jansen");

        Run again = screen("", true, "--topic", "robotica", "--record", md.toString());
        assertThat(again.code()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("het bestand bestaat, en een verslag is bewijs").contains("--force");
        assertThat(Files.readString(md)).isEqualTo(first);

        Run interactive = screen("ja\n", true, "--topic", "robotica", "-i", "--record", md.toString());
        assertThat(interactive.code()).as("refused before any question").isEqualTo(ExitCode.USAGE);
        assertThat(interactive.out()).doesNotContain("Vraag 1 van 6");

        assertThat(screen("", true, "--topic", "robotica", "--record", md.toString(), "--force").code()).isZero();
        assertThat(Files.readString(md)).contains("robotica").doesNotContain("A. Jansen");
    }

    @Test
    void theRecordsExtensionMayBeInAnyCaseAndOtherKindsAreRefused() {
        assertThat(screen("", true, "--topic", "quantum", "--record", dir.resolve("record.HTML").toString()).code())
                .isZero();
        assertThat(dir.resolve("record.HTML")).content().startsWith("<!DOCTYPE html>");
        assertThat(screen("", true, "--topic", "quantum", "--record", dir.resolve("Record.Md").toString()).code())
                .isZero();
        Run pdf = screen("", true, "--topic", "quantum", "--record", dir.resolve("x.pdf").toString());
        assertThat(pdf.code()).isEqualTo(ExitCode.USAGE);
        assertThat(pdf.err()).contains("moet eindigen op .md (Markdown) of .html");
        Run lone = screen("", true, "--topic", "quantum", "--decision", "aangaan");
        assertThat(lone.code()).isEqualTo(ExitCode.USAGE);
        assertThat(lone.err()).contains("--decision hoort in een afwegingsverslag");
        assertThat(screen("", true, "--topic", "quantum", "--record", dir.resolve("d.md").toString(),
                "--next-review", "31-12-2027").err()).contains("geef een datum als JJJJ-MM-DD");
    }

    @Test
    void theQuestionnaireEndsWithTheDecisionAndItsReasoningForTheRecord() throws IOException {
        Path md = dir.resolve("asked.md");
        Run run = screen("stop\nAangaan onder voorwaarden\nGeen gevoelige kennis; een jaar proef.\n", true,
                "--topic", "quantum", "-i", "--record", md.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Besluit voor het verslag").contains("Motivering van het besluit");
        assertThat(Files.readString(md)).contains("- Besluit: Aangaan onder voorwaarden")
                .contains("- Motivering: Geen gevoelige kennis; een jaar proef.");

        Path given = dir.resolve("given.md");
        Run withOption = screen("stop\n\n", true, "--topic", "quantum", "-i", "--record", given.toString(),
                "--decision", "Niet aangaan");
        assertThat(withOption.out()).doesNotContain("Besluit voor het verslag").contains("Motivering van het besluit");
        assertThat(Files.readString(given)).contains("- Besluit: Niet aangaan").contains("- Motivering: niet opgegeven");
    }

    @Test
    void notApplicableIsTakenInTheQuestionnaireAndRecordedAsSuch() throws IOException {
        Path md = dir.resolve("nvt.md");
        Run run = screen("nvt\nstop\n\n\n", true, "--topic", "quantum", "-i", "--answer", "q1=ja", "--answer",
                "q2=ja", "--answer", "q3=ja", "--record", md.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("q4.delegation-programme = n.v.t.");
        assertThat(Files.readString(md)).contains("| q4.delegation-programme | Weet u het programma")
                .contains("| n.v.t. |").doesNotContain("Antwoord 'n.v.t.'");
    }

    @Test
    void batchWritesAnOverviewWithItsDateDataVersionErrorsAndLabelsInTheRunsLanguage() throws IOException {
        Path report = dir.resolve("report.html");
        Cli.Run batch = Cli.run("batch", "data/examples/partnerships.csv", "--output", dir.resolve("out.csv").toString(),
                "--report", report.toString(), "--lang", "en");
        assertThat(batch.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        String html = Files.readString(report);
        assertThat(html).contains("<svg").contains("<table class=\"sortable\">").contains(">2024-02<")
                .doesNotContain(">2024-01<").contains("data-ready")
                .contains("<dt>Date and time</dt><dd>" + LocalDate.now().getYear())
                .contains(TestData.shipped().dataVersion())
                .contains("Rows with an error (2)")
                .contains("<tr><td class=\"word\">2024-08</td><td class=\"word\">10</td><td>line 10, column &#39;q4&#39;:"
                        + " &#39;misschien&#39; is not")
                .contains("<p class=\"hint screen-only\">Click a heading to sort.</p>");
        assertThat(html.split("<rect", -1)).hasSize(TestData.shipped().sectors().size() + 1);

        Path dutch = dir.resolve("rapport.html");
        Cli.run("batch", "data/examples/partnerships.csv", "--output", dir.resolve("uit.csv").toString(),
                "--report", dutch.toString());
        String page = Files.readString(dutch);
        assertThat(page).contains("Rijen met oordeel &#39;hoog: gevoelig&#39; (2)").contains("<th>Score</th>")
                .contains("Rijen met een fout (2)").doesNotContain(">high<").doesNotContain(">elevated<")
                .doesNotContain("Rows with");
    }
}
