package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The raw hits of one search, each (term, place) once, in the order found. Keyed by the term's identity and
 * the place, never by the records' own equals and hashCode, which would walk a whole sector with its terms.
 */
final class Hits<E> {
    // Made on the first hit: most texts a batch reads have none.
    private List<Hit<E>> inOrder = List.of();
    private Map<Term, Set<Long>> placesByTerm;

    void add(CharSequence text, Token from, Token to, Term term, E entry) {
        long place = ((long) from.start() << 32) | to.end();
        if (placesByTerm == null) {
            placesByTerm = new IdentityHashMap<>();
            inOrder = new ArrayList<>();
        }
        Set<Long> places = placesByTerm.get(term);
        if (places == null) {
            places = new HashSet<>();
            placesByTerm.put(term, places);
        }
        if (places.add(place)) {
            inOrder.add(new Hit<>(text.subSequence(from.start(), to.end()).toString(), from.start(), to.end(), term,
                    entry));
        }
    }

    List<Hit<E>> inOrder() {
        return inOrder;
    }
}
