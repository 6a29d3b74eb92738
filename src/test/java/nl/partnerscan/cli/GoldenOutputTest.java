package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.partnerscan.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The printed output of each command, colour off, compared with files under
 * src/test/resources/golden. After an intended change: mvn test -Dgolden.update=true, then review the diff.
 */
class GoldenOutputTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "screen-quantum.txt        | screen --topic quantum",
        "screen-quantum-en.txt     | screen --topic quantum --lang en",
        "screen-quantum.json       | screen --topic quantum --format json",
        "screen-low.txt            | screen --topic ouderenzorg --description 'Uitwisseling over dagbesteding voor senioren'",
        "screen-high-en.txt        | screen --topic 'GaN power chips' --description 'Joint lab on wide-bandgap semiconductors and DRAM' --partner 'state-owned enterprise' --answer q3=unknown --answer q4=no --answer q5=yes --lang en",
        "screen-high-en.json       | screen --topic 'GaN power chips' --description 'Joint lab on wide-bandgap semiconductors and DRAM' --partner 'state-owned enterprise' --answer q3=unknown --answer q4=no --answer q5=yes --lang en --format json",
        "sectors.txt               | sectors",
        "sectors-terms-en.txt      | sectors --terms --lang en",
        "sectors.json              | sectors --format json",
        "questions.txt             | questions",
        "questions-en.txt          | questions --lang en",
        "contacts.txt              | contacts",
        "contacts-en.json          | contacts --format json",
        "lists.txt                 | lists",
        "sectors-eu-en.txt         | sectors --taxonomy eu --lang en",
        "sectors-dual-use.txt      | sectors --taxonomy dual-use",
        "screen-eu-only-en.txt     | screen --topic 'hypersonic glide vehicles and gravity gradiometers' --lang en",
        "screen-listed-en.txt      | screen --topic 'satellite navigation' --partner 'a delegation from Harbin Institute of Technology (HIT)' --lang en",
    })
    void matchesGoldenFile(String file, String commandLine) {
        Cli.Run run = Cli.run(split(commandLine));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        Golden.assertMatches(file, run.out());
    }

    /** Splits a command line at spaces, keeping 'quoted parts' together. */
    private static String[] split(String commandLine) {
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("'([^']*)'|(\\S+)").matcher(commandLine);
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return args.toArray(String[]::new);
    }
}
