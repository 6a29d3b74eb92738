package nl.partnerscan.io;

import java.util.Objects;

/**
 * Which partnerscan made an output, for a record that must say so: its name, version and the commit it was
 * built from, as {@link ToolVersion} knows them from the build (one source, so that a record and the JSON
 * output name the same build). A value the build did not record is {@value #UNKNOWN}: never a guess.
 */
public record ProgramVersion(String name, String version, String commit) {
    /** What a value the build did not record is shown as. */
    public static final String UNKNOWN = "unknown";

    public ProgramVersion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
    }

    /** This partnerscan, as its build recorded it; a commit made from a changed work tree says so. */
    public static ProgramVersion current() {
        ToolVersion build = ToolVersion.current();
        String commit = build.commit().map(c -> build.modified() ? c + " (modified)" : c).orElse(UNKNOWN);
        return new ProgramVersion("partnerscan", build.version(), commit);
    }
}
