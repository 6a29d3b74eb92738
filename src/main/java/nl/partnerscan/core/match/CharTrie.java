package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A trie over the chars of words, read forwards or backwards, that lists which stored words a given
 * word begins (or ends) with, in time bounded by the longer of the two.
 *
 * <p>Its edges live in one open-addressing table keyed by (node, char), in primitive arrays: this is on
 * the path of every word of every batch row, where a map per node (and a boxed char per step) cost more
 * than everything else the matcher does.
 */
final class CharTrie<V> {
    private static final int NO_NODE = -1;

    /** Edge table: key = node << 16 | char, value = child node. */
    private long[] keys = new long[1024];
    private int[] children = new int[1024];
    private int edges;
    /** Values stored at each node; null where no word ends. */
    private final List<List<V>> values = new ArrayList<>();

    CharTrie() {
        Arrays.fill(keys, -1L);
        values.add(null);
    }

    /** Stores {@code value} under {@code word}, read backwards if {@code reversed}. */
    void put(String word, boolean reversed, V value) {
        int node = 0;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(reversed ? n - 1 - i : i);
            int child = child(node, c);
            if (child == NO_NODE) {
                child = values.size();
                values.add(null);
                addEdge(node, c, child);
            }
            node = child;
        }
        if (values.get(node) == null) {
            values.set(node, new ArrayList<>(1));
        }
        values.get(node).add(value);
    }

    /** What {@link #forEachPrefix} hands each stored word it finds. */
    @FunctionalInterface
    interface PrefixVisitor<V> {
        void visit(int length, List<V> values);
    }

    /**
     * Hands every stored word that {@code word} begins with (or, if {@code reversed}, ends with), shortest
     * first, to {@code visitor} as its length and values. A visitor rather than a list of matches: this
     * runs for every word of every batch row, and the lists it built were the largest allocation of a
     * batch run.
     */
    void forEachPrefix(String word, boolean reversed, PrefixVisitor<V> visitor) {
        int node = 0;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            node = child(node, word.charAt(reversed ? n - 1 - i : i));
            if (node == NO_NODE) {
                return;
            }
            List<V> here = values.get(node);
            if (here != null) {
                visitor.visit(i + 1, here);
            }
        }
    }

    private int child(int node, char c) {
        long key = ((long) node << 16) | c;
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == -1L) {
                return NO_NODE;
            }
        }
    }

    private void addEdge(int node, char c, int child) {
        if ((edges + 1) * 2 > keys.length) {
            grow();
        }
        insert(((long) node << 16) | c, child);
        edges++;
    }

    private void insert(long key, int child) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != -1L) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldChildren.length * 2];
        Arrays.fill(keys, -1L);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != -1L) {
                insert(oldKeys[i], oldChildren[i]);
            }
        }
    }

    /**
     * Writes the trie: each node after the root as its parent and the char that leads to it (a node's
     * number is its place in the order the words made it), each in one array read back in one piece, then
     * the values of each node that has any.
     */
    void writeTo(SnapshotOut out, ToIntFunction<V> ids) {
        int[] parents = new int[values.size()];
        int[] chars = new int[values.size()];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != -1L) {
                parents[children[slot]] = (int) (keys[slot] >>> 16);
                chars[children[slot]] = (char) keys[slot];
            }
        }
        out.writeInt(keys.length);
        out.writeInts(parents);
        out.writeInts(chars);
        out.writeInt(values.size());
        int withValues = 0;
        for (List<V> here : values) {
            withValues += here == null ? 0 : 1;
        }
        out.writeInt(withValues);
        for (int node = 0; node < values.size(); node++) {
            if (values.get(node) != null) {
                out.writeInt(node);
                out.writeIds(values.get(node), ids);
            }
        }
    }

    /** Reads a trie that {@link #writeTo} wrote, its values numbered as there and turned back by {@code values}. */
    static <V> CharTrie<V> readFrom(SnapshotIn in, IntFunction<V> values, int valueCount) {
        CharTrie<V> trie = new CharTrie<>();
        int slots = in.readIndex(1 << 30);
        int[] parents = in.readInts();
        int[] chars = in.readInts();
        if (Integer.bitCount(slots) != 1 || chars.length != parents.length || parents.length < 1
                || (long) (parents.length - 1) * 2 > slots) {
            throw new IllegalArgumentException("a trie of " + parents.length + " nodes in " + slots + " slots");
        }
        trie.keys = new long[slots];
        trie.children = new int[slots];
        Arrays.fill(trie.keys, -1L);
        for (int node = 1; node < parents.length; node++) {
            trie.insert(((long) parents[node] << 16) | (char) chars[node], node);
        }
        trie.edges = parents.length - 1;
        int nodes = parents.length;
        if (in.readInt() != nodes) {
            throw new IllegalArgumentException("a trie whose values are not of its nodes");
        }
        trie.values.clear();
        for (int node = 0; node < nodes; node++) {
            trie.values.add(null);
        }
        int withValues = in.readIndex(nodes + 1);
        for (int i = 0; i < withValues; i++) {
            trie.values.set(in.readIndex(nodes), in.readIds(values, valueCount));
        }
        return trie;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
