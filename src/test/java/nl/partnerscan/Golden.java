package nl.partnerscan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.partnerscan.io.ToolVersion;

/**
 * Golden-file assertions: printed output is compared with a file under src/test/resources/golden. After
 * an intended change of the output, run {@code mvn test -Dgolden.update=true} and review the diff.
 *
 * <p>Values that change with every edit of the data, not with the program, are scrubbed on both sides: the
 * data version becomes {@value #DATA_VERSION} and a data digest {@value #DATA_DIGEST}, so that a data
 * release does not rewrite every golden file. So does the build of partnerscan (version and commit),
 * which every commit changes: it becomes {@value #TOOL_VERSION}. A list's age in months
 * ({@code 31 months old}) changes with the day the tests run and becomes {@code {age}}.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");
    public static final String DATA_VERSION = "{data_version}";
    static final String DATA_DIGEST = "sha256:{data_digest}";
    static final String TOOL_VERSION = "{partnerscan_version}";

    private Golden() {
    }

    public static void assertMatches(String name, String output) {
        Path file = DIR.resolve(name);
        String actual = scrub(output);
        try {
            if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
                if (!Boolean.getBoolean("golden.update")) {
                    throw new AssertionError("no golden file " + file + "; run mvn test -Dgolden.update=true to create it");
                }
                Files.createDirectories(DIR);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(actual).as("output compared with golden file %s", file).isEqualTo(expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String scrub(String output) {
        return output.replace(ToolVersion.current().full(), TOOL_VERSION)
                .replace(TestData.shipped().dataVersion(), DATA_VERSION)
                .replaceAll("sha256:[0-9a-f]{64}", DATA_DIGEST)
                .replaceAll("\\b\\d+ (months old|maanden oud)", "{age}");
    }
}
