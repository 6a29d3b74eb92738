package nl.partnerscan.core;

import java.util.Locale;
import java.util.Optional;

/** An answer to a check: yes, no, or unknown ("weet niet"). */
public enum Answer {
    YES("yes", "ja"),
    NO("no", "nee"),
    UNKNOWN("unknown", "weet niet");

    private final String english;
    private final String dutch;

    Answer(String english, String dutch) {
        this.english = english;
        this.dutch = dutch;
    }

    /** The answer as a word in the given language. */
    public String word(Language language) {
        return language == Language.NL ? dutch : english;
    }

    /**
     * Reads an answer as users write it, in English or Dutch, in any case: yes/y/ja/j, no/n/nee,
     * unknown/onbekend/weet niet/?.
     */
    public static Optional<Answer> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "yes", "y", "ja", "j", "true" -> Optional.of(YES);
            case "no", "n", "nee", "false" -> Optional.of(NO);
            case "unknown", "onbekend", "weet niet", "weetniet", "weet-niet", "?", "dont know", "don't know" ->
                    Optional.of(UNKNOWN);
            default -> Optional.empty();
        };
    }
}
