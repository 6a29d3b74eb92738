package nl.partnerscan.core.match;

import java.util.List;

/**
 * A word of a text, with its place in the original.
 *
 * @param folded      lower case, diacritics removed, hyphens and apostrophes inside the word dropped
 * @param cased       as {@code folded} but with the original case
 * @param start       index of the first char in the original text
 * @param end         index after the last char in the original text
 * @param foldedParts the parts between hyphens ({@code 5G-netwerk}: {@code 5g}, {@code netwerk}); a
 *                    single element when the word has no hyphen
 * @param casedParts  the same parts in their original case
 */
record Token(String folded, String cased, int start, int end, List<String> foldedParts, List<String> casedParts) {

    boolean hyphenated() {
        return foldedParts.size() > 1;
    }
}
