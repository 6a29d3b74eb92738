package nl.partnerscan.core;

import java.util.Objects;

/**
 * A text in Dutch and English. The Dutch text is the source's where the entry quotes one; the English
 * text is then partnerscan's rendering.
 */
public record Localized(String nl, String en) {
    public Localized {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    /** The text in the given language. */
    public String in(Language language) {
        return language == Language.NL ? nl : en;
    }

    /** A text that reads the same in both languages (a proper name, an id). */
    public static Localized same(String text) {
        return new Localized(text, text);
    }
}
