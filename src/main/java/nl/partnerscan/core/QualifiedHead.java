package nl.partnerscan.core;

import java.util.List;
import java.util.Optional;

/**
 * Generic head nouns ({@code motor}, {@code sensor}, {@code materiaal}) that point to a sector or
 * technology of the table only together with one of their technical qualifiers ({@code straal},
 * {@code gyroscoop}, {@code keramisch}); partnerscan's own.
 */
public record QualifiedHead(String id, Sector sector, Optional<Technology> technology, List<String> heads,
                            List<String> qualifiers, String source) {
    public QualifiedHead {
        heads = List.copyOf(heads);
        qualifiers = List.copyOf(qualifiers);
    }
}
