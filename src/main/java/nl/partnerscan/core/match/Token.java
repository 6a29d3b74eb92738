package nl.partnerscan.core.match;

import java.util.List;

/**
 * A word of a text, with its place in the original.
 *
 * @param folded      lower case, diacritics removed, hyphens and apostrophes inside the word dropped
 * @param stem        {@code folded} through the {@link Stemmer}
 * @param cased       as {@code folded} but with the original case (the same string when the word has no capital)
 * @param start       index of the first char in the original text
 * @param end         index after the last char in the original text
 * @param foldedParts the parts between hyphens ({@code 5G-netwerk}: {@code 5g}, {@code netwerk}); a
 *                    single element when the word has no hyphen
 * @param casedParts  the same parts in their original case
 * @param id          the number {@link Tokenizer} gave the word as written, the same for every occurrence
 *                    (indexes keep what they found for a word by it); -1 for a word it did not number (made
 *                    up from other words, or read after it stopped numbering)
 */
record Token(String folded, String stem, String cased, int start, int end, List<String> foldedParts,
             List<String> casedParts, int id) {

    /** A word of one part, made up from other words. */
    static Token word(String folded, String cased, int start, int end) {
        return new Token(folded, Stemmer.stem(folded), cased, start, end, List.of(folded), List.of(cased), -1);
    }

    /** This word as found again at {@code start} to {@code end} of another text. */
    Token at(int start, int end) {
        return new Token(folded, stem, cased, start, end, foldedParts, casedParts, id);
    }

    boolean hyphenated() {
        return foldedParts.size() > 1;
    }
}
