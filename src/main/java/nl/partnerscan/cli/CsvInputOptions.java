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

    @Option(names = "--delimiter", paramLabel = "CHAR")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    String encoding;

    @Option(names = "--id-column", paramLabel = "NAME")
    String idColumn;

    @Option(names = "--topic-column", paramLabel = "NAME")
    String topicColumn;

    @Option(names = "--description-column", paramLabel = "NAME")
    String descriptionColumn;

    @Option(names = "--partner-column", paramLabel = "NAME")
    String partnerColumn;

    @Option(names = "--organisation-column", paramLabel = "NAME")
    String organisationColumn;

    /** The separator --delimiter gives (';', ',', 'tab' or another single character); empty to detect it. */
    Optional<Character> delimiter() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.delimiter",
                    delimiter));
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
            throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.encoding",
                    encoding));
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
