package nl.partnerscan.core;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was found in a short text, kept for the next row with the same text: a batch repeats its topics and
 * its partners' names over many rows. Bounded in the number of texts and in their length, so that memory
 * grows neither with the number of rows nor with the length of their cells (a cell may hold a megabyte);
 * a text over either bound is looked at anew each time. Lives as long as its screener, never across runs.
 * Thread-safe: what is kept must be immutable.
 *
 * @param <V> what is found in a text
 */
final class KeptFindings<V> {
    /** How many texts are kept: a batch's distinct topics or partners, most of them. */
    static final int TEXTS = 10_000;
    /** The longest text kept, in characters: a topic or a partner's name, not a description. */
    static final int LENGTH = 200;

    private final Function<String, V> find;
    private final Map<String, V> kept = new ConcurrentHashMap<>();

    /** Keeps what {@code find} finds. */
    KeptFindings(Function<String, V> find) {
        this.find = find;
    }

    /** What is found in {@code text}: kept from an earlier call, or found now (and kept within the bounds). */
    V get(String text) {
        V known = kept.get(text);
        if (known != null) {
            return known;
        }
        V found = find.apply(text);
        if (text.length() <= LENGTH && kept.size() < TEXTS) {
            kept.put(text, found);
        }
        return found;
    }
}
