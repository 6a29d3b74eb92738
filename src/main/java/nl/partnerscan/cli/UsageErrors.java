package nl.partnerscan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.partnerscan.report.Messages;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the run's language. Picocli words its own errors in English; this says the same from
 * what the exception carries (the argument, the option, the value), so that a Dutch run gets Dutch errors.
 * An error partnerscan's commands raise themselves is already in the run's language and is kept as it is.
 */
final class UsageErrors {
    /** Picocli's message when the top command is given no subcommand. */
    private static final String NO_SUBCOMMAND = "Missing required subcommand";
    /** Picocli's message when {@code help} is asked about a command that does not exist. */
    private static final String UNKNOWN_SUBCOMMAND = "Unknown subcommand '";

    private UsageErrors() {
    }

    /** The error, in one line. */
    static String message(ParameterException e, Messages texts) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String argument = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                return texts.format("error.unknown_option", argument);
            }
            boolean hasCommands = !e.getCommandLine().getSubcommands().isEmpty();
            return texts.format(hasCommands ? "error.unknown_command" : "error.unexpected", argument);
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            return arg instanceof OptionSpec option
                    ? texts.format("error.missing_value", option.longestName(), option.paramLabel())
                    : texts.format("error.missing", arg.paramLabel());
        }
        if (e instanceof OverwrittenOptionException overwritten && overwritten.getOverwritten() != null) {
            return texts.format("error.once", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() == null && e.getValue() != null && String.valueOf(e.getMessage()).startsWith(UNKNOWN_SUBCOMMAND)) {
            return texts.format("error.unknown_command", e.getValue());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return texts.format("error.invalid", name(e.getArgSpec()), e.getValue()) + hint(e.getArgSpec(), texts);
        }
        if (NO_SUBCOMMAND.equals(e.getMessage())) {
            return texts.get("error.no_command");
        }
        return e.getMessage();
    }

    /** What the user may have meant, for a mistyped option or command. */
    static Optional<String> suggestions(ParameterException e, Messages texts) {
        if (!(e instanceof UnmatchedArgumentException unmatched) || unmatched.getSuggestions().isEmpty()) {
            return Optional.empty();
        }
        if (unmatched.isUnknownOption()) {
            return Optional.of(texts.format("error.suggest_options", String.join(", ", unmatched.getSuggestions())));
        }
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        List<String> commands = new ArrayList<>();
        unmatched.getSuggestions().forEach(suggestion -> commands.add(command + " " + suggestion));
        return Optional.of(texts.format("error.suggest_commands",
                String.join(" " + texts.get("error.or") + " ", commands)));
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The values to choose from, or what kind of value is expected. */
    private static String hint(ArgSpec arg, Messages texts) {
        List<String> candidates = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(candidates::add);
        }
        if (!candidates.isEmpty()) {
            return texts.format("error.choose", String.join(", ", candidates));
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 ? arg.auxiliaryTypes()[0] : arg.type();
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return texts.get("error.whole_number");
        }
        return texts.format("error.expected", arg.paramLabel());
    }
}
