package nl.partnerscan.core.match;

import java.util.function.IntFunction;

/**
 * The words {@link Tokenizer} has read, by their characters as written, each with its folded {@link Token}:
 * looked up straight from the text, without cutting the word out of it first. Every word of every text of a
 * batch is looked up here, and making a string of it (and hashing that string) to ask a map cost more than
 * the rest of reading the word.
 *
 * <p>Lookups take no lock: a bucket is a chain of immutable nodes, a new word is put at the head of its
 * chain under the lock, and a grown table is published whole through a volatile field. A reader that does
 * not see a word another thread is adding folds it once more and finds the other's node when it adds it.
 */
final class WordTable {
    private record Node(int hash, String written, Token token, Node next) {
    }

    private final int capacity;
    private volatile Node[] buckets = new Node[1 << 12];
    private int size;

    /** A table that keeps at most {@code capacity} words. */
    WordTable(int capacity) {
        this.capacity = capacity;
    }

    /**
     * The token kept for the characters {@code start} to {@code end} of {@code text}, or null; {@code hash}
     * is theirs as {@link String#hashCode} computes it.
     */
    Token get(CharSequence text, int start, int end, int hash) {
        Node[] table = buckets;
        for (Node node = table[index(hash, table.length)]; node != null; node = node.next) {
            if (node.hash == hash && sameChars(node.written, text, start, end)) {
                return node.token;
            }
        }
        return null;
    }

    /** Whether the table has room for another word: a hint without the lock, which {@link #keep} checks again. */
    boolean hasRoom() {
        return size < capacity;
    }

    /**
     * The token for {@code written}: the one kept for it (by another thread, since this one looked), else
     * {@code read} of the word's number, kept while the table has room (numbered 0, 1, ... in the order
     * kept; -1 when not kept). Reading a new word under the lock is rare: a batch has a few thousand.
     */
    synchronized Token keep(String written, int hash, IntFunction<Token> read) {
        Token kept = get(written, 0, written.length(), hash);
        if (kept != null) {
            return kept;
        }
        if (size >= capacity) {
            return read.apply(-1);
        }
        Token token = read.apply(size);
        Node[] table = buckets;
        if (size >= table.length * 3 / 4) {
            table = grown(table);
        }
        int index = index(hash, table.length);
        table[index] = new Node(hash, written, token, table[index]);
        size++;
        buckets = table; // publishes the new head (and a grown table) to readers
        return token;
    }

    private static Node[] grown(Node[] table) {
        Node[] grown = new Node[table.length * 2];
        for (Node head : table) {
            for (Node node = head; node != null; node = node.next) {
                int index = index(node.hash, grown.length);
                grown[index] = new Node(node.hash, node.written, node.token, grown[index]);
            }
        }
        return grown;
    }

    private static int index(int hash, int length) {
        return (hash ^ (hash >>> 16)) & (length - 1);
    }

    private static boolean sameChars(String written, CharSequence text, int start, int end) {
        if (written.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (written.charAt(i - start) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
