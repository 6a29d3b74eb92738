package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answer "not applicable" from the command line and a batch cell to the output, and the contacts routed
 * by who is asking, in text, JSON and batch.
 */
class AnswersAndRoutingCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void notApplicableClosesACheckWithoutCountingAsCarefulOrRisky() throws IOException {
        Cli.Run text = Cli.run("screen", "--topic", "quantum", "--answer", "q4=n.v.t.", "--all-checks");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("q4.delegation-programme = n.v.t.")
                .doesNotContain("q4.delegation-programme  Weet u").doesNotContain("Antwoord 'n.v.t.'");

        JsonNode json = JSON.readTree(Cli.run("screen", "--topic", "quantum", "--answer", "q4=not applicable",
                "--format", "json").out());
        assertThat(json.get("answers").get("q4.delegation-programme").asText()).isEqualTo("not_applicable");
        assertThat(json.get("score").asInt()).as("neither careful nor risky: the score of no answer").isEqualTo(
                JSON.readTree(Cli.run("screen", "--topic", "quantum", "--format", "json").out()).get("score").asInt());
        assertThat(json.get("open_questions").findValuesAsText("id")).doesNotContain("q4", "q4.delegation-programme");
        for (String word : new String[] {"nvt", "n.v.t", "N.V.T.", "niet van toepassing", "n/a", "not-applicable"}) {
            assertThat(Cli.run("screen", "--topic", "x", "--answer", "q4=" + word).exitCode()).as(word).isZero();
        }
    }

    @Test
    void aBatchTakesNotApplicableInACellAndRoutesEachRowByItsOrganisation() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "id;onderwerp;organisatie;q4\n"
                + "a;uranium enrichment;kennisinstelling;n.v.t.\n"
                + "b;cultuur;Bedrijf;\n"
                + "c;cultuur;;nvt\n"
                + "d;cultuur;stichting;\n", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("batch", input.toString(), "--format", "jsonl");
        assertThat(run.exitCode()).isEqualTo(ExitCode.ROW_ERRORS);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertThat(rows.get(0).get("answers").get("q4.delegation-programme").asText()).isEqualTo("not_applicable");
        assertThat(rows.get(0).get("organisation").asText()).isEqualTo("kennisinstelling");
        assertThat(rows.get(0).get("contacts").findValuesAsText("id"))
                .containsExactly("loket-kennisveiligheid", "icp", "export-control");
        assertThat(rows.get(0).get("contact").get("website").asText()).isEqualTo("www.loketkennisveiligheid.nl");
        assertThat(rows.get(1).get("contacts").findValuesAsText("id"))
                .containsExactly("ondernemersloket-economische-veiligheid", "icp");
        assertThat(rows.get(2).get("organisation").isNull()).isTrue();
        assertThat(rows.get(2).get("contacts").findValuesAsText("id")).containsExactly("icp");
        assertThat(rows.get(3).get("error").asText()).contains("regel 5, kolom 'organisatie': 'stichting' is geen"
                + " organisatie; gebruik bedrijf, gemeente, kennisinstelling, ontwikkelingsmaatschappij, provincie");
    }

    @Test
    void theOrganisationDecidesTheContactShownFirstAndFindingsAddTheirDesks() {
        Cli.Run run = Cli.run("screen", "--topic", "uranium enrichment", "--organisation", "bedrijf", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsSubsequence(
                "Contact: Business Desk for Economic Security  (company)",
                "  also: Information and Contact Point (ICP) of the Netherlands Enterprise Agency (RVO),"
                        + " informatie-en-contactpunt@rvo.nl  (company)",
                "  also: Export control of dual-use and military goods  (possibly dual-use or military)",
                "Reasons");
        assertThat(Cli.run("screen", "--topic", "uranium enrichment", "--organisation", "kennisinstelling", "--brief")
                .out()).contains("contact: www.loketkennisveiligheid.nl");
    }

    @Test
    void anUnknownOrganisationIsAUsageErrorThatNamesTheKnownOnes() {
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--organisation", "universiteit");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--organisation: onbekende organisatie 'universiteit'; organisaties zijn gemeente,")
                .contains("kennisinstelling");
        assertThat(run.out()).isEmpty();
        assertThat(Cli.run("screen", "--topic", "quantum", "--organisation", "universiteit", "--lang", "en").err())
                .contains("--organisation: unknown organisation 'universiteit'; organisations are gemeente,");
    }
}
