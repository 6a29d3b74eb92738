package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of the raw hits of a term index a caller sees (see {@link TermIndex#find}). Entries are compared by
 * identity, never by their own equals, which for a record would walk a whole sector with its terms. Time
 * n log n in the number of hits, so that a text with very many hits stays fast.
 */
final class HitPolicy {
    /**
     * By start, then the longest first. Made once, and without lambdas or get-if-absent calls below: a single
     * screen runs each once, and on a cold JVM a lambda's first run costs more than the loop (README,
     * performance).
     */
    private static final Comparator<Hit<?>> START_THEN_LONGEST = new Comparator<>() {
        @Override
        public int compare(Hit<?> a, Hit<?> b) {
            return a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end());
        }
    };

    private HitPolicy() {
    }

    static <E> List<Hit<E>> onePerPlace(List<Hit<E>> hits) {
        if (hits.size() < 2) {
            return List.copyOf(hits);
        }
        Set<Hit<E>> inside = insideLongerHitOfSameEntry(hits);
        List<Hit<E>> kept = new ArrayList<>(hits.size());
        Map<Object, Map<Long, Integer>> slots = new IdentityHashMap<>();
        for (Hit<E> hit : hits) {
            if (inside.contains(hit)) {
                continue;
            }
            long place = ((long) hit.start() << 32) | hit.end();
            Map<Long, Integer> places = slots.get(hit.entry());
            if (places == null) {
                places = new HashMap<>();
                slots.put(hit.entry(), places);
            }
            Integer slot = places.get(place);
            if (slot == null) {
                places.put(place, kept.size());
                kept.add(hit);
            } else if (hit.term().origin() == Term.Origin.QUOTED && kept.get(slot).term().origin() != Term.Origin.QUOTED) {
                kept.set(slot, hit);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * The hits that lie inside a longer hit of the same entry: per entry, sorted by start and then longest
     * first, a hit is inside an earlier one when the furthest end so far reaches its end and that earlier
     * hit is not the same span.
     */
    private static <E> Set<Hit<E>> insideLongerHitOfSameEntry(List<Hit<E>> hits) {
        Map<Object, List<Hit<E>>> byEntry = new IdentityHashMap<>();
        for (Hit<E> hit : hits) {
            List<Hit<E>> group = byEntry.get(hit.entry());
            if (group == null) {
                group = new ArrayList<>();
                byEntry.put(hit.entry(), group);
            }
            group.add(hit);
        }
        Set<Hit<E>> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (List<Hit<E>> group : byEntry.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(START_THEN_LONGEST);
            int furthestEnd = -1;
            int startOfFurthest = -1;
            for (Hit<E> hit : group) {
                if (furthestEnd > hit.end() || (furthestEnd == hit.end() && startOfFurthest < hit.start())) {
                    inside.add(hit);
                } else if (hit.end() > furthestEnd) {
                    furthestEnd = hit.end();
                    startOfFurthest = hit.start();
                }
            }
        }
        return inside;
    }
}
