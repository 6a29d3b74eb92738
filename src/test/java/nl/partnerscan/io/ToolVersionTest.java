package nl.partnerscan.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build says which version and commit a jar is, and says so honestly when it cannot know the commit. */
class ToolVersionTest {
    @TempDir
    Path dir;

    private Properties written(Path project) throws IOException {
        Path out = dir.resolve("out");
        ToolVersion.main(new String[] {out.toString(), "1.2.3", project.toString()});
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(out.resolve(ToolVersion.RESOURCE))) {
            properties.load(in);
        }
        return properties;
    }

    private static String git(Path directory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString(),
                "-c", "user.name=test", "-c", "user.email=test@example.org"));
        command.addAll(List.of(args));
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(git.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void aBuildOutsideAGitCheckoutSaysTheCommitIsUnknown() throws IOException {
        Path sources = Files.createDirectories(dir.resolve("unpacked-sources"));
        Properties properties = written(sources);
        assertThat(properties.getProperty("version")).isEqualTo("1.2.3");
        assertThat(properties.getProperty("commit")).isEqualTo("unknown");
        assertThat(properties.getProperty("modified")).isEqualTo("false");
    }

    @Test
    void aBuildInACheckoutNamesItsCommitAndWhetherTheTreeHadChanges() throws Exception {
        Path checkout = Files.createDirectories(dir.resolve("checkout"));
        git(checkout, "init", "-q");
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        git(checkout, "add", "pom.xml");
        git(checkout, "commit", "-q", "-m", "first");
        String head = git(checkout, "rev-parse", "--short=12", "HEAD");
        Properties clean = written(checkout);
        assertThat(clean.getProperty("commit")).isEqualTo(head).matches("[0-9a-f]{12}");
        assertThat(clean.getProperty("modified")).isEqualTo("false");

        Files.writeString(checkout.resolve("pom.xml"), "<project><!-- edited --></project>\n");
        assertThat(written(checkout).getProperty("modified")).isEqualTo("true");
    }

    @Test
    void theVersionForProgramsCarriesTheCommitAsBuildMetadata() {
        ToolVersion current = ToolVersion.current();
        assertThat(current.version()).as("written by the build before the tests run").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(current.full()).matches("\\d+\\.\\d+\\.\\d+[^+]*(\\+[0-9a-f]{12}(\\.modified)?)?");
        assertThat(current.full()).startsWith(current.version());
        current.commit().ifPresent(commit -> assertThat(current.full()).contains("+" + commit));
    }
}
