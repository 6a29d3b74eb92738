package nl.partnerscan.cli;

import java.util.Locale;
import java.util.Optional;
import nl.partnerscan.core.Language;

/**
 * The language of a run: {@code --lang} on the command line, else the variable {@value #VARIABLE}, else
 * Dutch. Decided before picocli parses the command line, because what picocli prints itself (the help,
 * usage errors) must already be in that language.
 *
 * @param language    the language of the run
 * @param badVariable the value of {@value #VARIABLE} when it names no language and the command line does
 *                    not say one either: a usage error
 */
record LanguageSetting(Language language, Optional<String> badVariable) {
    /** The variable for a user who always wants another language than Dutch. */
    static final String VARIABLE = "PARTNERSCAN_LANG";

    /** The setting for these arguments, with {@code variable} the value of {@value #VARIABLE}, if set. */
    static LanguageSetting of(String[] args, Optional<String> variable) {
        Optional<String> given = option(args);
        if (given.isPresent()) {
            // An unknown --lang is picocli's usage error; until then the default language speaks.
            Optional<Language> fromOption = parse(given.get());
            Optional<Language> fromVariable = variable.isPresent() ? parse(variable.get()) : Optional.empty();
            return new LanguageSetting(fromOption.isPresent() ? fromOption.get() : fromVariable.orElse(Language.NL),
                    Optional.empty());
        }
        // Without lambdas: every run starts here, and on a cold JVM a lambda's first run costs more (README,
        // performance).
        if (variable.isEmpty() || variable.get().isBlank()) {
            return new LanguageSetting(Language.NL, Optional.empty());
        }
        Optional<Language> fromVariable = parse(variable.get());
        return new LanguageSetting(fromVariable.orElse(Language.NL), fromVariable.isEmpty() ? variable : Optional.empty());
    }

    /**
     * {@code nl} or {@code en} in any case; also a locale such as {@code en_GB.UTF-8} or {@code nl-BE}, as
     * someone who copies {@code LANG} would write it.
     */
    private static Optional<Language> parse(String value) {
        String code = value.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < code.length(); i++) {
            if ("_.@-".indexOf(code.charAt(i)) >= 0) { // what follows the language: a country, a code set
                code = code.substring(0, i);
                break;
            }
        }
        for (Language language : Language.values()) {
            if (language.code().equals(code)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The last {@code --lang} before {@code --}, as picocli would read it. */
    private static Optional<String> option(String[] args) {
        Optional<String> found = Optional.empty();
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                found = Optional.of(args[++i]);
            } else if (args[i].startsWith("--lang=")) {
                found = Optional.of(args[i].substring("--lang=".length()));
            }
        }
        return found;
    }
}
