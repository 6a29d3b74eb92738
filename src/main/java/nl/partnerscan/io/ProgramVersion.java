package nl.partnerscan.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * Which partnerscan made an output, for a record that must say so: its name, the version in the jar's
 * manifest ({@code Implementation-Version}) and the commit it was built from, when the manifest names
 * one ({@code Implementation-Commit}, or {@code SCM-Revision} as build plugins write it). Run from classes
 * rather than the jar, or from a jar built without them, either is {@value #UNKNOWN}: never a guess.
 */
public record ProgramVersion(String name, String version, String commit) {
    /** What a value the build did not record is shown as. */
    public static final String UNKNOWN = "unknown";
    private static final List<String> COMMIT_ATTRIBUTES = List.of("Implementation-Commit", "SCM-Revision");

    public ProgramVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
    }

    /** This partnerscan, as its jar's manifest describes it. */
    public static ProgramVersion current() {
        String version = ProgramVersion.class.getPackage().getImplementationVersion();
        return new ProgramVersion("partnerscan", version == null || version.isBlank() ? UNKNOWN : version,
                manifest().flatMap(ProgramVersion::commit).orElse(UNKNOWN));
    }

    private static Optional<String> commit(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        return COMMIT_ATTRIBUTES.stream().map(main::getValue).filter(v -> v != null && !v.isBlank()).findFirst();
    }

    /** The manifest of the jar this class was loaded from; empty when it runs from a class directory. */
    private static Optional<Manifest> manifest() {
        try {
            var source = ProgramVersion.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(location.toFile())) {
                return Optional.ofNullable(jar.getManifest());
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
