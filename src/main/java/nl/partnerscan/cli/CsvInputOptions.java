package nl.partnerscan.cli;

import java.nio.charset.Charset;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How a CSV input is read, for the commands that read one ({@code batch}, {@code rescreen}): separator and encoding. */
final class CsvInputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The input's separator: ';', ',', 'tab' or another single character. Default: detected"
                    + " from the header.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The input's encoding, e.g. windows-1252 for a CSV saved by older Excel. Default: UTF-8"
                    + " (a byte-order mark is always honoured).")
    String encoding;

    /** The separator --delimiter gives (';', ',', 'tab' or another single character); empty to detect it. */
    Optional<Character> delimiter() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            throw new ParameterException(spec.commandLine(), "--delimiter '" + delimiter
                    + "': give one character such as ';' or ',', or 'tab'");
        }
        return Optional.of(value.charAt(0));
    }

    /** The encoding --encoding names; empty for UTF-8. */
    Optional<Charset> encoding() {
        if (encoding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding));
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), "--encoding '" + encoding
                    + "' is not an encoding this Java knows; try utf-8 or windows-1252");
        }
    }
}
