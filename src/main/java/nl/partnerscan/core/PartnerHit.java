package nl.partnerscan.core;

import java.util.Locale;
import java.util.Objects;
import nl.partnerscan.core.match.MatchBasis;

/**
 * A listed organisation named in a screened text: in the partner field, or in a topic or the description.
 *
 * @param list       the list
 * @param entry      the listed organisation
 * @param matched    the name or alias of the entry that matched
 * @param text       the user's words that matched it
 * @param match      how: the official name, an alias, or a near spelling to check
 * @param similarity 1.0 for exact and alias matches; below 1 for near spellings
 * @param field      where it was found
 * @param basis      why it counts as {@code match}: the words that matched and the words around them
 * @param detail     the basis's detail (a confirming word, the words that may make it another name); may be empty
 */
public record PartnerHit(DesignationList list, ListedOrganisation entry, String matched, String text, Match match,
                         double similarity, Field field, MatchBasis basis, String detail) {
    /** How a name matched a listed organisation. */
    public enum Match {
        /** The official name, up to case, diacritics, punctuation, word order and common abbreviations. */
        EXACT,
        /** One of the entry's other names. */
        ALIAS,
        /** A name close to one of the entry's, or one that others share: check it. */
        NEAR;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a name was found. */
    public enum Field {
        PARTNER,
        TOPIC,
        DESCRIPTION;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public PartnerHit {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(detail, "detail");
    }
}
