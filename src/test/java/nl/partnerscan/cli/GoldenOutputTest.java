package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.partnerscan.Golden;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The printed output of each command, colour off, compared with files under src/test/resources/golden.
 * A case runs as if its output went to a pipe, with only the environment variables it names before the
 * command (PARTNERSCAN_WIDTH=60 wraps at 60 columns). After an intended change:
 * mvn test -Dgolden.update=true, then review the diff.
 */
class GoldenOutputTest {
    private static final String HIGH = "screen --topic 'GaN power chips' --description 'Joint lab on wide-bandgap"
            + " semiconductors and DRAM' --partner 'state-owned enterprise' --answer q3=unknown --answer q4=no"
            + " --answer q5=yes --lang en";
    private static final String ROUTED = "screen --topic 'uranium enrichment' --description 'Bezoek van een"
            + " delegatie; hun software op ons netwerk' --organisation kennisinstelling --lang en";
    private static final String LISTED = "screen --topic 'satellite navigation' --partner 'a delegation from Harbin"
            + " Institute of Technology (HIT)' --lang en";

    private static final String[][] CASES = {
        {"screen-quantum.txt", "screen --topic quantum"},
        {"screen-quantum-en.txt", "screen --topic quantum --lang en"},
        {"screen-quantum.json", "screen --topic quantum --format json"},
        {"screen-low.txt", "screen --topic ouderenzorg --description 'Uitwisseling over dagbesteding voor senioren'"},
        {"screen-high-en.txt", HIGH},
        {"screen-high-en.json", HIGH + " --format json"},
        {"sectors.txt", "sectors"},
        {"sectors-terms-en.txt", "sectors --terms --lang en"},
        {"sectors.json", "sectors --format json"},
        {"questions.txt", "questions"},
        {"questions-en.txt", "questions --lang en"},
        {"contacts.txt", "contacts"},
        {"contacts-en.json", "contacts --format json"},
        {"lists.txt", "lists"},
        {"sectors-eu-en.txt", "sectors --taxonomy eu --lang en"},
        {"sectors-dual-use.txt", "sectors --taxonomy dual-use"},
        {"screen-eu-only-en.txt", "screen --topic 'hypersonic glide vehicles and gravity gradiometers' --lang en"},
        {"screen-listed-en.txt", LISTED},
        {"screen-quantum-w60.txt", "PARTNERSCAN_WIDTH=60 screen --topic quantum"},
        {"screen-quantum-en-w100.txt", "PARTNERSCAN_WIDTH=100 screen --topic quantum --lang en"},
        {"screen-listed-en-w60.txt", "PARTNERSCAN_WIDTH=60 " + LISTED},
        {"screen-high-en-w100.txt", "PARTNERSCAN_WIDTH=100 " + HIGH},
        {"screen-quantum-brief.txt", "screen --topic quantum --brief"},
        {"screen-listed-en-brief.txt", LISTED + " --brief"},
        {"screen-quantum-v.txt", "screen --topic quantum -v"},
        {"screen-high-en-v-w60.txt", "PARTNERSCAN_WIDTH=60 " + HIGH + " -v"},
        {"screen-routed-en-w100.txt", "PARTNERSCAN_WIDTH=100 " + ROUTED},
    };

    static Stream<Arguments> cases() {
        return Stream.of(CASES).map(c -> Arguments.of(c[0], c[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGoldenFile(String file, String commandLine) {
        Cli.Run run = run(commandLine);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Golden.assertMatches(file, run.out());
    }

    /** Every text case, in both languages: wrapped, no line is wider than the width. */
    static Stream<Arguments> wrappedCases() {
        return Stream.of(CASES).filter(c -> !c[0].endsWith(".json"))
                .flatMap(c -> Stream.of("nl", "en").flatMap(lang -> Stream.of(40, 60, 80, 100)
                        .map(width -> Arguments.of(c[0], lang, width, c[1]))));
    }

    @ParameterizedTest(name = "{0} --lang {1} at {2} columns")
    @MethodSource("wrappedCases")
    void noWrappedLineIsWiderThanTheWidth(String file, String lang, int width, String commandLine) {
        String inLanguage = commandLine.replaceAll("PARTNERSCAN_WIDTH=\\d+ ", "").replace(" --lang en", "")
                + " --lang " + lang;
        Cli.Run run = run("PARTNERSCAN_WIDTH=" + width + " " + inLanguage);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).as(inLanguage).allSatisfy(line ->
                assertThat(columns(line)).as("columns of %s", line).isLessThanOrEqualTo(width));
    }

    @Test
    void theReadmeShowsTheOutputOfTheQuickStartAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(Path.of("src/test/resources/golden/screen-quantum-en-w100.txt"),
                StandardCharsets.UTF_8).replace(Golden.DATA_VERSION, TestData.shipped().dataVersion());
        assertThat(readme).contains("$ ./partnerscan screen --topic quantum --lang en\n" + golden + "```\n");
    }

    @Test
    void theReadmeShowsTheContactsRoutedForAKnowledgeInstitutionAsTheyAre() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        List<String> golden = Files.readAllLines(Path.of("src/test/resources/golden/screen-routed-en-w100.txt"),
                StandardCharsets.UTF_8);
        String start = String.join("\n", golden.subList(0, golden.indexOf(""))) + "\n…\n";
        assertThat(readme).contains("$ ./partnerscan " + ROUTED.replace("'", "\"") + "\n" + start);
    }

    /**
     * The columns a terminal gives a line: Chinese characters take two. Counted here on its own, not with
     * the code under test.
     */
    private static int columns(String line) {
        return line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
    }

    private static Cli.Run run(String commandLine) {
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(commandLine);
        while (m.find()) {
            String word = m.group(1) != null ? m.group(1) : m.group(2);
            if (args.isEmpty() && m.group(2) != null && word.matches("[A-Z_]+=.*")) {
                environment.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1));
            } else {
                args.add(word);
            }
        }
        return Cli.runOn(Cli.environment(environment), new byte[0], args.toArray(String[]::new));
    }
}
