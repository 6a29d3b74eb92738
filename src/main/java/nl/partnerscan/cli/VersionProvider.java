package nl.partnerscan.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the program's version and the version of the bundled reference data. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String program = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {
            "partnerscan " + (program == null ? "(development build)" : program),
            "reference data " + BundledData.data().dataVersion() + " (bundled)",
            "Java " + System.getProperty("java.version")
        };
    }
}
