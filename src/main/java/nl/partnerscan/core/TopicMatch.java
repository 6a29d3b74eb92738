package nl.partnerscan.core;

import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.core.match.Term;

/**
 * A term of the table found in the user's text.
 *
 * @param matchedText the user's words that matched
 * @param term        the term of the data that matched them
 * @param sector      the sector the term belongs to (directly, or through its technology)
 * @param technology  the sub-technology, when the term belongs to one
 */
public record TopicMatch(String matchedText, Term term, Sector sector, Optional<Technology> technology) {
    public TopicMatch {
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(technology, "technology");
    }

    /** The id of the entry that matched: the technology's, or else the sector's. */
    public String entryId() {
        return technology.map(Technology::id).orElse(sector.id());
    }
}
