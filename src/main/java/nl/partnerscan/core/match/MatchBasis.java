package nl.partnerscan.core.match;

import java.util.Locale;

/**
 * Why a name found in a text counts as a listed organisation's, or only as one to check ({@link #near()}).
 * Every hit carries one, with a detail (the confirming word, the words around it, the letters that differ).
 */
public enum MatchBasis {
    /** The listed name's words, in their order (case, diacritics, punctuation and common abbreviations aside). */
    NAME(false),
    /** The listed name's words in another order at a comma ("Technology, Harbin Institute of"). */
    REORDERED(false),
    /** The listed name written without spaces. */
    JOINED(false),
    /**
     * The listed name's words in another language, word by word (the detail: the words translated,
     * {@code Nationale Universiteit voor Defensietechnologie}). A finding, not one to check: the glossary
     * holds only the general words of names, each with the one English word it stands for, so the words
     * that tell the organisation apart are the listed name's own, and every rule on the words around the
     * name applies as to the name in English. The hit is an alias, never the exact listed name.
     */
    TRANSLATED(false),
    /**
     * The listed name without a part that texts leave out (the detail): its owner at the end ("Российской
     * Федерации"), its eponym ("им. А. А. Харкевича"). A finding: what remains is the organisation's own
     * name, as long as the rules ask; an alias, never the exact listed name.
     */
    WITHOUT_PART(false),
    /** The name in Chinese characters (traditional ones read as simplified). */
    CHINESE(false),
    /** An abbreviation in capitals, as a whole word, long enough to tell the organisation apart. */
    ABBREVIATION(false),
    /** A short abbreviation in capitals, confirmed by a word of the organisation's in the same text (the detail). */
    ABBREVIATION_CONFIRMED(false),
    /** A short name that leaves out the word that tells it apart, confirmed by that word in the text (the detail). */
    SHORT_NAME_CONFIRMED(false),
    /** A name another organisation has or had as well, confirmed by a word of the entry's own in the text (the detail). */
    SHARED_NAME_CONFIRMED(false),
    /** A spelling a few letters away from the listed name. */
    SPELLING(true),
    /** The listed name with words added or left out (the detail). */
    WORDS(true),
    /** The words of a listed name of two words or more (the detail) in another order, as a whole segment. */
    WORD_ORDER(true),
    /** A short abbreviation without a word of the organisation's (its other names' words, its country) nearby. */
    ABBREVIATION_UNCONFIRMED(true),
    /** An abbreviation next to capitalised words (the detail) that may make it another organisation's name. */
    ABBREVIATION_AMID_NAME(true),
    /** The listed name right after capitalised words (the detail) that may make it another organisation's name. */
    PRECEDED(true),
    /** Pinyin, a transliteration of the Chinese name: homophones and other organisations share it. */
    PINYIN(true),
    /** A short form in Chinese characters that other organisations share. */
    SHORT_FORM(true),
    /** A name another organisation has or had as well (a former name), without a word of the entry's own nearby. */
    SHARED_NAME(true),
    /** A short form in Chinese characters before the name of a part of an organisation (the detail). */
    SHORT_FORM_ATTACHED(true),
    /** A short name that leaves out the word that tells it apart (the detail), without that word nearby. */
    SHORT_NAME(true),
    /** A name of general words alone, in a text that names another country or a place there (the detail). */
    NAMESAKE(true);

    private final boolean near;

    MatchBasis(boolean near) {
        this.near = near;
    }

    /** Whether a hit on this basis is only near: a name to check, not a finding. */
    public boolean near() {
        return near;
    }

    /** The basis as scripts and message keys see it ({@code abbreviation_confirmed}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
