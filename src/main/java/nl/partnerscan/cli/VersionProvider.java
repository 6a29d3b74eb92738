package nl.partnerscan.cli;

import nl.partnerscan.io.ToolVersion;
import nl.partnerscan.report.Messages;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the program's version and the commit it was built from, the version of the bundled
 * reference data, and the Java it runs on.
 */
final class VersionProvider implements IVersionProvider {
    private final Messages texts;

    /** Made by {@link Main}'s factory, in the run's language. */
    VersionProvider(Messages texts) {
        this.texts = texts;
    }

    @Override
    public String[] getVersion() {
        ToolVersion build = ToolVersion.current();
        String commit = build.commit().map(c -> texts.format(build.modified() ? "version.modified" : "version.commit", c))
                .orElse(texts.get("version.no_commit"));
        return new String[] {
            texts.format("version.program", build.version()) + ", " + commit,
            texts.format("version.data", BundledData.data().dataVersion()),
            texts.format("version.java", System.getProperty("java.version"))
        };
    }
}
