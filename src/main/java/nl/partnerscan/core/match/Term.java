package nl.partnerscan.core.match;

import java.util.Objects;

/**
 * A word or phrase that, found in a user's text, points to a reference entry.
 *
 * @param text          the term as written in the data
 * @param origin        whether the term quotes the source or was added by partnerscan
 * @param caseSensitive true for an abbreviation that only matches in exactly this case (in lower case it
 *                      is an ordinary word)
 */
public record Term(String text, Origin origin, boolean caseSensitive) {
    /** Where a term comes from. */
    public enum Origin {
        /** The term stands verbatim in the source document. */
        QUOTED,
        /** partnerscan added the term (a synonym, translation, abbreviation); it is not a quote. */
        ADDED
    }

    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a term must not be blank");
        }
    }
}
