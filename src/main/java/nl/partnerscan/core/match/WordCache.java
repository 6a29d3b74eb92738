package nl.partnerscan.core.match;

import java.util.Arrays;
import java.util.function.Function;

/**
 * What an index found for each word read so far, by the word's {@link Token#id()}, kept for the next text
 * that holds the same word: a batch repeats a few thousand words over millions of rows, and the index's
 * lookups for a word cost more than finding the answer kept. Only for answers that depend on the word's
 * characters alone, never on its neighbours. An array by number rather than a map by the word: every
 * index of a screener looks up every word of every text, and a hash lookup per word and index was the
 * largest single cost of a batch.
 *
 * <p>Grows to at most {@link Tokenizer#WORD_IDS} elements; lives as long as its index, never across runs.
 * Read without a lock: an answer must be immutable (then a racing reader sees it whole), and a word a
 * racing thread does not see yet is only looked up once more.
 *
 * @param <V> the answer for a word; never null
 */
final class WordCache<V> {
    private final Function<Token, V> lookup;
    private volatile Object[] kept = new Object[256];

    /** A cache of {@code lookup}'s answers. */
    WordCache(Function<Token, V> lookup) {
        this.lookup = lookup;
    }

    /** {@code lookup}'s answer for the word: the one kept, or looked up now (and kept if it is numbered). */
    @SuppressWarnings("unchecked")
    V get(Token word) {
        int id = word.id();
        if (id < 0) {
            return lookup.apply(word);
        }
        Object[] answers = kept;
        if (id < answers.length && answers[id] != null) {
            return (V) answers[id];
        }
        V answer = lookup.apply(word);
        keep(id, answer);
        return answer;
    }

    private synchronized void keep(int id, V answer) {
        Object[] answers = kept;
        if (id >= answers.length) {
            answers = Arrays.copyOf(answers, Math.max(id + 1, Math.min(answers.length * 2, Tokenizer.WORD_IDS)));
        }
        answers[id] = answer;
        kept = answers; // the volatile write publishes a grown array with its elements
    }
}
