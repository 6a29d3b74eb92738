package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Phrases of two or more words, and the exception phrases that block every term inside them
 * ({@code PhD defence}), as a trie of word stems. A phrase's last word may also be the first part of a
 * compound ({@code big data} in {@code big data-analyse}).
 *
 * @param <T> what a phrase points to
 */
final class Phrases<T> {
    /** What to do with a phrase found from one word to another. */
    interface Found<T> {
        void found(Token from, Token to, T target);
    }

    private record CompoundTail<T>(String lastWord, T target) {
    }

    /** A node of the trie: one word further into a phrase. */
    private static final class Node<T> {
        private final Map<String, Node<T>> children = new HashMap<>();
        private final List<T> complete = new ArrayList<>();
        private final List<CompoundTail<T>> compoundTails = new ArrayList<>();
        /** An exception phrase ends here. */
        private boolean endsException;

        Node<T> child(String word, boolean create) {
            return create ? children.computeIfAbsent(word, k -> new Node<>()) : children.get(word);
        }
    }

    private final Node<T> phrases = new Node<>();
    private final Node<T> exceptions = new Node<>();
    /** Where no phrase starts: a node without children. */
    private final Node<T> none = new Node<>();
    /** The node of the phrases that start with each word, kept by word: this runs for every word of every text. */
    private final WordCache<Node<T>> phraseStarts = new WordCache<>(word -> startOf(phrases, word));
    /** The same for the exception phrases. */
    private final WordCache<Node<T>> exceptionStarts = new WordCache<>(word -> startOf(exceptions, word));

    /** Adds a phrase by its words, each hyphenated word counted as its parts as in the text. */
    void add(List<Token> tokens, T target) {
        List<Token> words = splitAtHyphens(tokens);
        Node<T> node = phrases.child(Stemmer.stem(words.get(0).folded()), true);
        for (int k = 1; k < words.size() - 1; k++) {
            node = node.child(Stemmer.stem(words.get(k).folded()), true);
        }
        String last = words.get(words.size() - 1).folded();
        node.child(Stemmer.stem(last), true).complete.add(target);
        node.compoundTails.add(new CompoundTail<>(last, target));
    }

    void addException(List<Token> tokens) {
        Node<T> node = exceptions;
        for (Token token : splitAtHyphens(tokens)) {
            node = node.child(Stemmer.stem(token.folded()), true);
        }
        node.endsException = true;
    }

    /** Every phrase that starts at word {@code first} of {@code words}. */
    void match(List<Token> words, int first, Found<T> found) {
        Node<T> node = phraseStarts.get(words.get(first));
        if (node == none) {
            return;
        }
        for (int k = first + 1; node != null && k < words.size(); k++) {
            Token token = words.get(k);
            for (CompoundTail<T> tail : node.compoundTails) {
                if (token.folded().startsWith(tail.lastWord())
                        && token.folded().length() - tail.lastWord().length() >= TermIndex.SHORTEST_REST) {
                    found.found(words.get(first), token, tail.target());
                }
            }
            node = node.child(token.stem(), false);
            if (node != null) {
                for (T target : node.complete) {
                    found.found(words.get(first), token, target);
                }
            }
        }
    }

    private Node<T> startOf(Node<T> root, Token word) {
        Node<T> start = root.child(word.stem(), false);
        return start != null ? start : none;
    }

    /** Where the exception phrases stand in the text, as {start, end} pairs. */
    List<long[]> exceptionSpans(List<Token> words) {
        if (exceptions.children.isEmpty()) {
            return List.of();
        }
        List<long[]> spans = new ArrayList<>();
        for (int first = 0; first < words.size(); first++) {
            Node<T> node = exceptionStarts.get(words.get(first));
            if (node == none) {
                continue;
            }
            for (int k = first + 1; node != null && k < words.size(); k++) {
                node = node.child(words.get(k).stem(), false);
                if (node != null && node.endsException) {
                    spans.add(new long[] {words.get(first).start(), words.get(k).end()});
                }
            }
        }
        return spans;
    }

    /** Writes both tries, each node with its children by word, its values numbered by {@code ids}. */
    void writeTo(SnapshotOut out, ToIntFunction<T> ids) {
        writeNode(out, phrases, ids);
        writeNode(out, exceptions, ids);
    }

    private static <T> void writeNode(SnapshotOut out, Node<T> node, ToIntFunction<T> ids) {
        out.writeBoolean(node.endsException);
        out.writeIds(node.complete, ids);
        out.writeInt(node.compoundTails.size());
        for (CompoundTail<T> tail : node.compoundTails) {
            out.writeString(tail.lastWord());
            out.writeInt(ids.applyAsInt(tail.target()));
        }
        out.writeInt(node.children.size());
        for (String word : SnapshotOut.sorted(node.children.keySet())) {
            out.writeString(word);
            writeNode(out, node.children.get(word), ids);
        }
    }

    /** Reads what {@link #writeTo} wrote, the values turned back by {@code values}. */
    static <T> Phrases<T> readFrom(SnapshotIn in, IntFunction<T> values, int valueCount) {
        Phrases<T> read = new Phrases<>();
        readNode(in, read.phrases, values, valueCount);
        readNode(in, read.exceptions, values, valueCount);
        return read;
    }

    private static <T> void readNode(SnapshotIn in, Node<T> node, IntFunction<T> values, int valueCount) {
        node.endsException = in.readBoolean();
        node.complete.addAll(in.readIds(values, valueCount));
        int tails = in.readInt();
        for (int i = 0; i < tails; i++) {
            node.compoundTails.add(new CompoundTail<>(in.readString(), values.apply(in.readIndex(valueCount))));
        }
        int children = in.readInt();
        for (int i = 0; i < children; i++) {
            Node<T> child = new Node<>();
            node.children.put(in.readString(), child);
            readNode(in, child, values, valueCount);
        }
    }

    /**
     * The words for phrase matching: a hyphenated word counts as its parts ({@code quantum-computer} is
     * the phrase {@code quantum computer}); each part keeps the place of the whole word, so that a hit
     * shows the user's word as written.
     */
    static List<Token> splitAtHyphens(List<Token> tokens) {
        int firstHyphenated = 0; // a loop: every text of a batch passes here, and few have a hyphen
        while (firstHyphenated < tokens.size() && !tokens.get(firstHyphenated).hyphenated()) {
            firstHyphenated++;
        }
        if (firstHyphenated == tokens.size()) {
            return tokens;
        }
        List<Token> words = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            if (!token.hyphenated()) {
                words.add(token);
                continue;
            }
            for (int p = 0; p < token.foldedParts().size(); p++) {
                String folded = token.foldedParts().get(p);
                String cased = token.casedParts().get(p);
                if (!folded.isEmpty()) {
                    words.add(Token.word(folded, cased, token.start(), token.end()));
                }
            }
        }
        return words;
    }
}
