package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over the chars of words, read forwards or backwards, that lists which stored words a given
 * word begins (or ends) with, in time bounded by the longer of the two.
 */
final class CharTrie<V> {
    record Match<V>(int length, List<V> values) {
    }

    private static final class Node<V> {
        private final Map<Character, Node<V>> children = new HashMap<>(4);
        private final List<V> values = new ArrayList<>(1);
    }

    private final Node<V> root = new Node<>();

    /** Stores {@code value} under {@code word}, read backwards if {@code reversed}. */
    void put(String word, boolean reversed, V value) {
        Node<V> node = root;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(reversed ? n - 1 - i : i);
            node = node.children.computeIfAbsent(c, k -> new Node<>());
        }
        node.values.add(value);
    }

    /**
     * The stored words that {@code word} begins with (or, if {@code reversed}, ends with), shortest
     * first, as their lengths and values.
     */
    List<Match<V>> prefixesOf(String word, boolean reversed) {
        List<Match<V>> matches = List.of();
        Node<V> node = root;
        int n = word.length();
        for (int i = 0; i < n; i++) {
            node = node.children.get(word.charAt(reversed ? n - 1 - i : i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                if (matches.isEmpty()) {
                    matches = new ArrayList<>(2);
                }
                matches.add(new Match<>(i + 1, node.values));
            }
        }
        return matches;
    }
}
