package nl.partnerscan.core.match;

import java.util.Objects;

/**
 * One place where a term was found in a text.
 *
 * @param matchedText the words of the text that matched, as the user wrote them
 * @param start       index of the first char of {@code matchedText} in the text
 * @param end         index after its last char
 * @param term        the term that matched
 * @param entry       what the term points to
 * @param <E>         the kind of entry (a table sector or technology, a partner indicator, …)
 */
public record Hit<E>(String matchedText, int start, int end, Term term, E entry) {
    public Hit {
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(entry, "entry");
    }
}
