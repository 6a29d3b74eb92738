package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Leaves out the hits that lie inside an exception phrase ({@code PhD defence}): sorted spans and a running
 * furthest end, so that a text with many hits and many exception phrases stays n log n, not n times m.
 */
final class ExceptionSpans {
    private ExceptionSpans() {
    }

    /** @param spans {start, end} pairs */
    static <E> List<Hit<E>> outside(List<Hit<E>> hits, List<long[]> spans) {
        if (spans.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        long[][] sorted = spans.toArray(long[][]::new);
        Arrays.sort(sorted, Comparator.comparingLong(span -> span[0]));
        long[] starts = new long[sorted.length];
        long[] furthestEnd = new long[sorted.length];
        long furthest = Long.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i][0];
            furthest = Math.max(furthest, sorted[i][1]);
            furthestEnd[i] = furthest;
        }
        List<Hit<E>> kept = new ArrayList<>(hits.size());
        for (Hit<E> hit : hits) {
            int last = lastStartAtOrBefore(starts, hit.start());
            if (last < 0 || furthestEnd[last] < hit.end()) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static int lastStartAtOrBefore(long[] starts, long position) {
        int low = 0;
        int high = starts.length - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] <= position) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }
}
