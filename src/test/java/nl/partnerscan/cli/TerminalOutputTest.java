package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a width and the options for more or less text change, and what they leave alone. */
class TerminalOutputTest {
    private static Cli.Run runAt(int width, String... args) {
        return Cli.runOn(Cli.environment(Map.of(Terminal.WIDTH, String.valueOf(width))), new byte[0], args);
    }

    @Test
    void jsonIsTheSameAtAnyWidth() {
        String[] args = {"screen", "--topic", "quantum", "--partner", "Harbin Institute of Technology", "--format",
            "json"};
        assertThat(runAt(40, args).out()).isEqualTo(Cli.run(args).out());
    }

    @Test
    void briefIsOneLineWhenNotWrapped() {
        Cli.Run run = Cli.run("screen", "--topic", "quantum", "--partner", "Harbin Institute of Technology", "--brief");
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith("HOOG: GEVOELIG (score ").contains("sectoren: quantum, eu-quantum")
                .contains("op een lijst: Harbin Institute of Technology (ca-nro, seven-sons)")
                .endsWith("contact: informatie-en-contactpunt@rvo.nl");
    }

    @Test
    void briefIsTextOnlyAndShort() {
        Cli.Run json = Cli.run("screen", "--topic", "quantum", "--brief", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(json.err()).contains("--brief toont een regel tekst; laat --format json weg");
        assertThat(Cli.run("screen", "--topic", "quantum", "--brief", "-v", "--lang", "en").err())
                .contains("--brief prints one line of text; leave out --verbose");
    }

    @Test
    void allChecksListsEveryOpenCheckButKeepsTheCaveatsShort() {
        String out = Cli.run("screen", "--topic", "quantum", "--all-checks", "--lang", "en").out();
        assertThat(out).contains("q1.goal", "q6.all-knowledge-checked", "every caveat with -v")
                .doesNotContain("(4 checks)", "Made in China 2025");
    }

    @Test
    void helpFollowsTheWidth() {
        assertThat(runAt(60, "screen", "--help").out().lines())
                .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(60));
        assertThat(Cli.run("screen", "--help").out().lines().mapToInt(String::length).max().orElse(0))
                .isGreaterThan(60);
    }
}
