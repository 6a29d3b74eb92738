package nl.partnerscan.core;

import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.core.match.Term;

/** A term of an EU taxonomy found in the user's text: the words, the term, and the area (and item) it points to. */
public record TaxonomyMatch(String matchedText, Term term, Taxonomy taxonomy, Taxonomy.Area area,
                            Optional<Taxonomy.Item> item) {
    public TaxonomyMatch {
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(taxonomy, "taxonomy");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(item, "item");
    }
}
