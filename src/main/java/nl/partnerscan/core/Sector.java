package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.core.match.Term;

/**
 * A row of the brochure's table: a sector China seeks knowledge in, with its Dutch top-sector and
 * key-technology flags and its sub-technologies.
 */
public record Sector(
        String id,
        Localized name,
        Optional<Localized> description,
        Flag topsector,
        Flag keyTechnology,
        List<Term> terms,
        List<Technology> technologies,
        String source) implements Named {
    public Sector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(topsector, "topsector");
        Objects.requireNonNull(keyTechnology, "keyTechnology");
        terms = List.copyOf(terms);
        technologies = List.copyOf(technologies);
        Objects.requireNonNull(source, "source");
    }
}
