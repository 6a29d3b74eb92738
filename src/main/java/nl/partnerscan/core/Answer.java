package nl.partnerscan.core;

import java.util.Locale;
import java.util.Optional;

/**
 * An answer to a check: yes, no, unknown ("weet niet"), or not applicable ("n.v.t."). Not applicable
 * closes a check that does not arise (no delegation is coming, so the visa question is moot): it is
 * recorded as given, and counts neither as careful nor as risky.
 */
public enum Answer {
    YES("yes", "ja"),
    NO("no", "nee"),
    UNKNOWN("unknown", "weet niet"),
    NOT_APPLICABLE("not applicable", "n.v.t.");

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

    /** The answer's id in JSON and data files: yes, no, unknown, not_applicable. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads an answer as users write it, in English or Dutch, in any case: yes/y/ja/j, no/n/nee,
     * unknown/onbekend/weet niet/?, n.v.t./nvt/niet van toepassing/not applicable/n/a.
     */
    public static Optional<Answer> parse(String text) {
        String word = text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "yes", "y", "ja", "j", "true" -> Optional.of(YES);
            case "no", "n", "nee", "false" -> Optional.of(NO);
            case "unknown", "onbekend", "weet niet", "weetniet", "weet-niet", "?", "dont know", "don't know" ->
                    Optional.of(UNKNOWN);
            case "n.v.t.", "n.v.t", "nvt", "niet van toepassing", "niet-van-toepassing", "not applicable",
                    "not-applicable", "not_applicable", "n/a", "na" -> Optional.of(NOT_APPLICABLE);
            default -> Optional.empty();
        };
    }
}
