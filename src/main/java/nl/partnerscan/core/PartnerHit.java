package nl.partnerscan.core;

import java.util.Locale;
import java.util.Objects;

/**
 * A partner name found on a list.
 *
 * @param list       the list
 * @param entry      the listed organisation
 * @param matched    the name or alias of the entry that matched
 * @param text       the user's words that matched it
 * @param match      how: the official name, an alias, or a near spelling to check
 * @param similarity 1.0 for exact and alias matches; below 1 for near ones
 */
public record PartnerHit(DesignationList list, ListedOrganisation entry, String matched, String text, Match match,
                         double similarity) {
    /** How a partner name matched a listed organisation. */
    public enum Match {
        /** The official name, up to case, diacritics, punctuation, word order and common abbreviations. */
        EXACT,
        /** One of the entry's other names. */
        ALIAS,
        /** A spelling close to a name of the entry: check it. */
        NEAR;

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
    }
}
