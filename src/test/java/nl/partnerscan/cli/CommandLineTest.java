package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import nl.partnerscan.data.ReferenceDataLoader;
import nl.partnerscan.io.ToolVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees from the command line: output, errors and exit codes. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void screenPrintsTheVerdictFirstAndTheIcp() {
        Cli.Run run = Cli.run("screen", "--topic", "Kwantumtechnologie");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Oordeel: VERHOOGD");
        assertThat(run.out()).contains("informatie-en-contactpunt@rvo.nl").contains("Kwantumtechnologie [quantum]");
        assertThat(run.out()).doesNotContain("\u001b[");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void screenJsonHasTheAgreedFields() throws IOException {
        Cli.Run run = Cli.run("screen", "--topic", "QKD", "--format", "json", "--answer", "q4=nee");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.fieldNames()).toIterable().contains("verdict", "score", "sectors", "technologies", "matches",
                "reasons", "open_questions", "contact", "data_version");
        assertThat(json.get("sectors").get(0).asText()).isEqualTo("quantum");
        assertThat(json.get("matches").get(0).get("term").asText()).isEqualTo("QKD");
        assertThat(json.get("contact").get("email").asText()).isEqualTo("informatie-en-contactpunt@rvo.nl");
        assertThat(json.get("answers").get("q4.delegation-programme").asText()).isEqualTo("no");
        int sum = 0;
        for (JsonNode reason : json.get("reasons")) {
            sum += reason.get("points").asInt();
        }
        assertThat(json.get("score").asInt()).isEqualTo(sum);
    }

    @Test
    void nothingToScreenIsAUsageError() {
        Cli.Run run = Cli.run("screen");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("niets te screenen: geef --topic TEKST, --description TEKST of --partner NAAM")
                .contains("Zie 'partnerscan screen --help'.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aPartnerAloneIsScreenedAndTheResultSaysTheTopicWasNot() {
        Cli.Run run = Cli.run("screen", "--partner", "Harbin Institute of Technology", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("only the partner was screened, not the subject of the partnership")
                .contains("Harbin Institute of Technology (People's Republic of China)")
                .doesNotContain("The subject does not appear in the NCTV table");
    }

    @Test
    void aMistypedOptionGetsASuggestion() {
        Cli.Run run = Cli.run("screen", "--topci", "quantum");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("onbekende optie: '--topci'").contains("Mogelijk bedoeld: --topic")
                .contains("Zie 'partnerscan screen --help'.");
        assertThat(Cli.run("screen", "--topci", "quantum", "--lang", "en").err())
                .contains("unknown option: '--topci'").contains("Possible solutions: --topic")
                .contains("Try 'partnerscan screen --help'.");
        assertThat(run.err().lines().count()).isLessThan(8);
    }

    @Test
    void aMistypedCommandGetsASuggestion() {
        Cli.Run run = Cli.run("scren", "--topic", "quantum");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("onbekende opdracht: 'scren'").contains("Bedoelde u: partnerscan screen");
    }

    @Test
    void aBadAnswerSaysWhatIsAllowed() {
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--answer", "q4=misschien");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--answer q4=misschien: het antwoord moet ja, nee, weet-niet of n.v.t. zijn");
        assertThat(Cli.run("screen", "--topic", "quantum", "--answer", "q4=misschien", "--lang", "en").err())
                .contains("--answer q4=misschien: the answer must be yes, no, unknown or n/a");
    }

    @Test
    void anUnknownQuestionSaysWhichExist() {
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--answer", "q9=ja");
        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("onbekende vraag of controle 'q9'").contains("q1, q2");
    }

    @Test
    void dutchAndEnglishAnswerWordsAreBothAccepted() {
        for (String answer : new String[] {"ja", "yes", "nee", "no", "weet-niet", "unknown", "onbekend"}) {
            assertThat(Cli.run("screen", "--topic", "x", "--answer", "q1=" + answer).exitCode()).as(answer).isZero();
        }
    }

    @Test
    void brokenDataIsOneLineWithFileLineAndColumn(@TempDir Path dir) throws IOException {
        for (String name : ReferenceDataLoader.FILES) {
            Files.copy(TestData.DATA_DIR.resolve(name), dir.resolve(name));
        }
        String questions = Files.readString(dir.resolve("questions.yaml")).replace("weight: 15", "weight: veel");
        Files.writeString(dir.resolve("questions.yaml"), questions);
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--data", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("partnerscan: referentiegegevens: " + dir.resolve("questions.yaml") + ":")
                .contains("must be a whole number, found 'veel'");
        assertThat(run.out()).isEmpty();

        Cli.Run english = Cli.run("screen", "--topic", "quantum", "--data", dir.toString(), "--lang", "en");
        assertThat(Files.readString(Path.of("README.md"))).as("the README's example, with the directory called mydata")
                .contains("$ ./partnerscan screen --topic quantum --data mydata --lang en\n"
                        + english.err().replace(dir.toString(), "mydata") + "```");

        Cli.Run withTrace = Cli.run("screen", "--topic", "quantum", "--data", dir.toString(), "--stacktrace");
        assertThat(withTrace.err()).contains("at nl.partnerscan.");
    }

    @Test
    void aMissingDataDirectoryIsADataError() {
        Cli.Run run = Cli.run("sectors", "--data", "no/such/dir");
        assertThat(run.exitCode()).isEqualTo(ExitCode.DATA_ERROR);
        assertThat(run.err()).contains("no/such/dir").contains("is not a directory");
    }

    @Test
    void versionNamesTheProgramItsCommitAndTheDataVersion() throws IOException {
        Cli.Run run = Cli.run("--version", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        ToolVersion build = ToolVersion.current();
        assertThat(run.out().lines().findFirst().orElseThrow()).startsWith("partnerscan " + build.version() + ", ")
                .matches("partnerscan \\S+, (commit [0-9a-f]{12}(, with changes that were not committed)?"
                        + "|commit unknown \\(not built from a git checkout\\))");
        assertThat(run.out()).contains("reference data " + TestData.shipped().dataVersion());
        assertThat(Cli.run("--version").out()).contains("referentiegegevens " + TestData.shipped().dataVersion());
        JsonNode json = JSON.readTree(Cli.run("screen", "--topic", "quantum", "--format", "json").out());
        assertThat(json.get("partnerscan_version").asText()).isEqualTo(build.full());
    }

    @Test
    void everyCommandHasHelpWithTheExitCodes() {
        for (String command : new String[] {"screen", "sectors", "questions", "contacts"}) {
            Cli.Run run = Cli.run(command, "--help", "--lang", "en");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: partnerscan " + command).contains("Exit codes:")
                    .containsPattern("\\R  3 +reference data error").containsPattern("\\R  141 +the reader of standard output");
            assertThat(Cli.run(command, "--help").out()).as(command).contains("Gebruik: partnerscan " + command)
                    .contains("Afsluitcodes:").containsPattern("\\R  3 +fout in de referentiegegevens");
        }
        assertThat(Cli.run("--help").out()).contains("screen").contains("sectors").contains("ICP");
    }

    @Test
    void taxonomyRestrictsScreeningAndKeepsTheTaxonomiesApart() throws IOException {
        JsonNode all = JSON.readTree(Cli.run("screen", "--topic", "uranium enrichment", "--format", "json").out());
        assertThat(all.get("sectors").get(0).asText()).isEqualTo("energy");
        assertThat(all.get("eu_areas").get(0).asText()).isEqualTo("eu-energy");
        assertThat(all.get("dual_use").get(0).asText()).isEqualTo("du-0");
        assertThat(all.get("export_control").asText()).contains("2021/821");
        assertThat(all.get("taxonomy_matches").findValuesAsText("label")).contains("EU-kritiek technologiegebied",
                "mogelijk dual-use: controleer exportcontrole");

        JsonNode euOnly = JSON.readTree(Cli.run("screen", "--topic", "uranium enrichment", "--taxonomy", "eu",
                "--format", "json").out());
        assertThat(euOnly.get("sectors")).isEmpty();
        assertThat(euOnly.get("dual_use")).isEmpty();
        assertThat(euOnly.get("eu_areas")).hasSize(1);
        assertThat(euOnly.get("verdict").asText()).isEqualTo("elevated");

        JsonNode tableOnly = JSON.readTree(Cli.run("screen", "--topic", "uranium enrichment", "--taxonomy", "nctv,dual-use",
                "--format", "json").out());
        assertThat(tableOnly.get("eu_areas")).isEmpty();
        assertThat(tableOnly.get("dual_use")).hasSize(1);

        Cli.Run wrong = Cli.run("screen", "--topic", "x", "--taxonomy", "mic2025");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(wrong.err()).contains("ongeldige waarde voor --taxonomy: 'mic2025'; kies uit: nctv, eu, dual-use");
    }

    @Test
    void anEuPriorityAreaOutsideTheTableIsElevatedAndNoTaxonomyIsLow() throws IOException {
        JsonNode gene = JSON.readTree(Cli.run("screen", "--topic", "gene drive mosquitoes", "--format", "json").out());
        assertThat(gene.get("eu_areas").get(0).asText()).isEqualTo("eu-biotech");
        assertThat(gene.get("verdict").asText()).isEqualTo("elevated");
        JsonNode choir = JSON.readTree(Cli.run("screen", "--topic", "koorfestival", "--format", "json").out());
        assertThat(choir.get("verdict").asText()).isEqualTo("low");
        assertThat(choir.get("advice").asText()).contains("waarschijnlijk niet gevoelig");
        assertThat(choir.get("notice").asText()).contains("geen treffer is geen vrijbrief");
    }

    @Test
    void helpForASubcommandAndOptionsBeforeTheSubcommandWork() {
        Cli.Run help = Cli.run("help", "screen");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Gebruik: partnerscan screen");
        Cli.Run optionFirst = Cli.run("--stacktrace", "screen", "--topic", "Kwantumtechnologie");
        assertThat(optionFirst.exitCode()).isZero();
        assertThat(optionFirst.out()).startsWith("Oordeel: VERHOOGD");
    }

    @Test
    void userTextCannotSendEscapeSequencesToTheTerminal() {
        Cli.Run run = Cli.run("screen", "--topic", "QKD\u001b[2J", "--partner", "PLA\u001b]0;owned\u0007");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void listingsAsJsonParse() throws IOException {
        JsonNode sectors = JSON.readTree(Cli.run("sectors", "--format", "json").out());
        assertThat(sectors.get("sectors")).hasSize(12);
        assertThat(sectors.get("sectors").get(4).get("topsector").asText()).isEqualTo("not_stated");
        JsonNode questions = JSON.readTree(Cli.run("questions", "--format", "json").out());
        assertThat(questions.get("questions")).hasSize(6);
        JsonNode contacts = JSON.readTree(Cli.run("contacts", "--format", "json").out());
        assertThat(contacts.get("contacts").get(0).get("email").asText()).isEqualTo("informatie-en-contactpunt@rvo.nl");
    }
}
