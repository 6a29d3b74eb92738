package nl.partnerscan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which build of partnerscan this is: its version and the commit of the sources it was built from, as the
 * build wrote them into {@value #RESOURCE} in the jar. {@code --version} prints them, and every JSON result
 * and decision record carries them, so that a result can be traced to the code that made it.
 *
 * <p>{@link #main} is the build step that writes the file (in process-classes, so that the tests see it as
 * the jar does). It asks git for the commit; where there is no git or no checkout (a source archive), the
 * commit is unknown and the build goes on.
 */
public final class ToolVersion {
    static final String RESOURCE = "build.properties";
    private static final String UNKNOWN = "unknown";
    private static final ToolVersion CURRENT = load();

    private final String version;
    private final String commit;
    private final boolean modified;

    private ToolVersion(String version, String commit, boolean modified) {
        this.version = version;
        this.commit = commit;
        this.modified = modified;
    }

    /** This build. */
    public static ToolVersion current() {
        return CURRENT;
    }

    /** The version, such as {@code 0.1.0}; "unknown" for classes not built by Maven. */
    public String version() {
        return version;
    }

    /** The abbreviated commit, when the build knew it. */
    public Optional<String> commit() {
        return commit.equals(UNKNOWN) ? Optional.empty() : Optional.of(commit);
    }

    /** Whether the work tree had changes that were not committed when this build was made. */
    public boolean modified() {
        return modified;
    }

    /**
     * The version for programs, with the commit as build metadata in the manner of Semantic Versioning:
     * {@code 0.1.0+80ffa81480d5}, {@code 0.1.0+80ffa81480d5.modified}, or only {@code 0.1.0}.
     */
    public String full() {
        return commit().map(c -> version + "+" + c + (modified ? ".modified" : "")).orElse(version);
    }

    private static ToolVersion load() {
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            // A jar that cannot read its own resource says unknown rather than fail a run.
        }
        return new ToolVersion(properties.getProperty("version", UNKNOWN), properties.getProperty("commit", UNKNOWN),
                Boolean.parseBoolean(properties.getProperty("modified", "false")));
    }

    /**
     * Build step: writes {@value #RESOURCE}. Arguments: the directory of the resource, the version, the
     * project's directory.
     */
    public static void main(String[] args) throws IOException {
        Path project = Path.of(args[2]);
        Optional<String> commit = git(project, "rev-parse", "--short=12", "HEAD").filter(c -> c.matches("[0-9a-f]+"));
        boolean modified = commit.isPresent() && git(project, "status", "--porcelain").map(s -> !s.isEmpty())
                .orElse(false);
        String text = "# Written by the build (ToolVersion): the version and the commit this jar was built from.\n"
                + "version=" + args[1] + "\ncommit=" + commit.orElse(UNKNOWN) + "\nmodified=" + modified + "\n";
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
    }

    /** What git prints for these arguments in {@code directory}, stripped; empty when git is missing or fails. */
    private static Optional<String> git(Path directory, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(out);
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while asking git for the commit"));
        }
    }
}
