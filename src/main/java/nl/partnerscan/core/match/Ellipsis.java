package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dutch elliptic compounds: in {@code stem- en spraakherkenning}, {@code zonne- en windparken} or
 * {@code lucht-, ruimte- en scheepvaart} the words before the hyphen share the last word's tail. Each such
 * word is read again joined to every tail of that last word ({@code zonne} + {@code parken},
 * {@code zonne} + {@code arken}, …); the index keeps only what matches a term as a whole word, or as the
 * start of a compound that takes at least {@value #SHORTEST_SHARED} letters of the tail, so that the
 * wrong splits, which spell no word, fall away. A match spans the whole ellipsis as the user wrote it.
 */
final class Ellipsis {
    /** How many letters of the shared tail a match must use: otherwise the word before the hyphen matched alone. */
    static final int SHORTEST_SHARED = 3;
    private static final Set<String> CONJUNCTIONS = Set.of("en", "of", "and", "or", "tot", "to", "en/of");

    /** A word before a hyphen read with one tail of the last word, and how long that word was alone. */
    record Expansion(Token word, int ownLength) {
    }

    private Ellipsis() {
    }

    static List<Expansion> expansions(CharSequence text, List<Token> tokens) {
        List<Expansion> expansions = List.of();
        for (int i = 0; i < tokens.size(); i++) {
            if (!danglingHyphen(text, tokens.get(i))) {
                continue;
            }
            int j = i;
            while (j < tokens.size() && danglingHyphen(text, tokens.get(j))) {
                j++;
            }
            if (j + 1 >= tokens.size() || !CONJUNCTIONS.contains(tokens.get(j).folded())) {
                i = j;
                continue;
            }
            Token last = tokens.get(j + 1);
            if (expansions.isEmpty()) {
                expansions = new ArrayList<>();
            }
            for (int k = i; k < j; k++) {
                addExpansions(tokens.get(k), last, expansions);
            }
            i = j + 1;
        }
        return expansions;
    }

    private static void addExpansions(Token word, Token last, List<Expansion> out) {
        String tail = last.folded();
        String casedTail = last.cased();
        for (int split = 2; split <= tail.length() - SHORTEST_SHARED; split++) {
            String folded = word.folded() + tail.substring(split);
            String cased = word.cased() + casedTail.substring(split);
            out.add(new Expansion(Token.word(folded, cased, word.start(), last.end()), word.folded().length()));
        }
    }

    /** A word directly followed by a hyphen that does not join it to a next word ({@code zonne- }). */
    private static boolean danglingHyphen(CharSequence text, Token token) {
        int end = token.end();
        if (end >= text.length() || !isHyphen(text.charAt(end))) {
            return false;
        }
        return end + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(end + 1));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
