package nl.partnerscan.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}, for the commands that print one result or one listing. */
final class FormatOption {
    /** How the output is printed. */
    enum Format {
        text,
        json
    }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
