package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.partnerscan.report.DecisionRecord;
import nl.partnerscan.report.Document;
import nl.partnerscan.report.DocumentWriters;
import nl.partnerscan.report.Messages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import nl.partnerscan.Golden;
import nl.partnerscan.TestData;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
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
                .contains("Antwoord met ja, nee of weet niet")
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
        assertThat(run.out()).contains("Question 1 of 6").contains("[y]es / [n]o / [u]nknown, [b]ack, [s]top")
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

    @Test
    void theRecordsMatchTheirGoldenFiles() {
        ScreeningRequest request = new ScreeningRequest(List.of("waterstofelektrolysers", "uranium enrichment"),
                "Joint lab with a <b>university</b> | visit *next* year", "Harbin Institute of Technology",
                Map.of("q4", Answer.NO, "q3.role", Answer.UNKNOWN));
        ScreeningResult result = example(request);
        Document dutch = DecisionRecord.build(request, result, TestData.shipped(), WHEN, Messages.of(Language.NL));
        Golden.assertMatches("record.md", DocumentWriters.markdown(dutch));
        Document english = DecisionRecord.build(request, result, TestData.shipped(), WHEN, Messages.of(Language.EN));
        String html = DocumentWriters.html(english, "en");
        Golden.assertMatches("record-en.html", html);
        assertThat(html).doesNotContain("<b>university</b>").contains("&lt;b&gt;university&lt;/b&gt;")
                .doesNotContain("http://").doesNotContain("https://").doesNotContain("<link").doesNotContain("src=");
    }

    @Test
    void screenWritesTheRecordAndBatchWritesItsReport() throws IOException {
        Path md = dir.resolve("record.md");
        Run run = screen("", true, "--topic", "quantum", "--record", md.toString());
        assertThat(run.code()).isZero();
        assertThat(Files.readString(md)).contains("2026-11-22 14:30:00 +01:00").contains("sha256:")
                .contains(TestData.shipped().dataVersion());
        assertThat(screen("", true, "--topic", "quantum", "--record", dir.resolve("x.pdf").toString()).code())
                .isEqualTo(ExitCode.USAGE);

        Path report = dir.resolve("report.html");
        Cli.Run batch = Cli.run("batch", "data/examples/partnerships.csv", "--output", dir.resolve("out.csv").toString(),
                "--report", report.toString(), "--lang", "en");
        assertThat(batch.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        String html = Files.readString(report);
        assertThat(html).contains("<svg").contains("<table class=\"sortable\">").contains(">2024-02<")
                .doesNotContain(">2024-01<").contains("data-ready");
        assertThat(html.split("<rect", -1)).hasSize(TestData.shipped().sectors().size() + 1);
    }
}
