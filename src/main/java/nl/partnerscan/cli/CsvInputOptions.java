package nl.partnerscan.cli;

import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import nl.partnerscan.batch.ColumnRole;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a CSV input is read, for the commands that read one ({@code batch}, {@code rescreen}): separator,
 * encoding, and the columns named for a role.
 */
final class CsvInputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The input's separator: ';', ',', 'tab' or another single character. Default: detected"
                    + " from the header.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The input's encoding, e.g. utf-8 or windows-1252. Default: UTF-8, or Windows-1252 (as"
                    + " Dutch Excel saves CSV) when the bytes are not UTF-8; a byte-order mark is always honoured.")
    String encoding;

    @Option(names = "--id-column", paramLabel = "NAME", description = "The column that holds each row's id.")
    String idColumn;

    @Option(names = "--topic-column", paramLabel = "NAME", description = "The column that holds the topic.")
    String topicColumn;

    @Option(names = "--description-column", paramLabel = "NAME",
            description = "The column that holds the description.")
    String descriptionColumn;

    @Option(names = "--partner-column", paramLabel = "NAME", description = "The column that holds the partner.")
    String partnerColumn;

    @Option(names = "--organisation-column", paramLabel = "NAME",
            description = "The column that holds the kind of organisation that asks (gemeente, kennisinstelling, ...).")
    String organisationColumn;

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

    /** The columns the user named for a role (--topic-column and the like), by role. */
    Map<ColumnRole, String> columns() {
        Map<ColumnRole, String> chosen = new EnumMap<>(ColumnRole.class);
        BiConsumer<ColumnRole, String> choose = (role, name) -> {
            if (name != null) {
                chosen.put(role, name);
            }
        };
        choose.accept(ColumnRole.ID, idColumn);
        choose.accept(ColumnRole.TOPIC, topicColumn);
        choose.accept(ColumnRole.DESCRIPTION, descriptionColumn);
        choose.accept(ColumnRole.PARTNER, partnerColumn);
        choose.accept(ColumnRole.ORGANISATION, organisationColumn);
        return chosen;
    }
}
