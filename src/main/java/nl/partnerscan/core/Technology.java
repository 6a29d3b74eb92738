package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import nl.partnerscan.core.match.Term;

/** A sub-technology (deeltechnologie) of a sector in the brochure's table. */
public record Technology(String id, Localized name, List<Term> terms, String source) implements Named {
    public Technology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        terms = List.copyOf(terms);
        Objects.requireNonNull(source, "source");
    }
}
