package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The table of words read: a word is found from the middle of any text, keeps one number however many
 * threads read it first at once, and a full table still reads every word right (only unnumbered), so that
 * an index never mistakes one word's answer for another's.
 */
class WordTableTest {
    /** The hash the tokenizer gives the characters {@code start} to {@code end}: theirs as a String. */
    private static int hash(String text, int start, int end) {
        return text.substring(start, end).hashCode();
    }

    private static Token read(String word, int id) {
        return new Token(word, word, word, 0, word.length(), List.of(word), List.of(word), id);
    }

    @Test
    void aWordIsFoundByItsCharactersInAnyText() {
        WordTable table = new WordTable(10);
        table.keep("quantum", hash("quantum", 0, 7), id -> read("quantum", id));
        String text = "een quantumcomputer en quantum";
        assertThat(table.get(text, 23, 30, hash(text, 23, 30))).isNotNull();
        assertThat(table.get(text, 4, 11, hash(text, 4, 11))).isNotNull(); // "quantum" inside the compound
        assertThat(table.get(text, 4, 19, hash(text, 4, 19))).isNull();
    }

    @Test
    void aWordReadTwiceInDifferentTextsHasOneNumberWhateverItsCharacters() {
        for (String word : List.of("quantum", "naïef", "Œuvre", "zonne-energie", "quantum\u2010computer",
                "kwan\u00ADtum", "NEV's", "量子计算", "𝔸𝔹ℂ")) {
            Token first = Tokenizer.tokenize("een " + word + ", en").get(1);
            Token again = Tokenizer.tokenize("(" + word + ")").get(0);
            assertThat(first.id()).as(word).isNotNegative().isEqualTo(again.id());
            assertThat(again.folded()).as(word).isEqualTo(first.folded());
        }
        assertThat(Tokenizer.tokenize("naïef naief").stream().map(Token::id).distinct()).hasSize(2);
    }

    @Test
    void aFullTableReadsNewWordsWithoutNumbers() {
        WordTable table = new WordTable(2);
        Token first = table.keep("a1", hash("a1", 0, 2), id -> read("a1", id));
        Token second = table.keep("b2", hash("b2", 0, 2), id -> read("b2", id));
        Token third = table.keep("c3", hash("c3", 0, 2), id -> read("c3", id));
        assertThat(List.of(first.id(), second.id(), third.id())).containsExactly(0, 1, -1);
        assertThat(third.folded()).isEqualTo("c3");
        assertThat(table.hasRoom()).isFalse();
        assertThat(table.get("c3", 0, 2, hash("c3", 0, 2))).isNull();
    }

    @Test
    void manyThreadsReadingTheSameNewWordsGiveEachWordOneNumber() throws Exception {
        WordTable table = new WordTable(100_000);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Integer>>> readers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                readers.add(() -> {
                    List<Integer> ids = new ArrayList<>();
                    for (int w = 0; w < 5_000; w++) {
                        String word = "w" + w;
                        int hash = hash(word, 0, word.length());
                        Token found = table.get(word, 0, word.length(), hash);
                        ids.add((found != null ? found : table.keep(word, hash, id -> read(word, id))).id());
                    }
                    return ids;
                });
            }
            List<List<Integer>> seen = new ArrayList<>();
            for (Future<List<Integer>> reader : threads.invokeAll(readers)) {
                seen.add(reader.get());
            }
            for (List<Integer> ids : seen) {
                assertThat(ids).isEqualTo(seen.get(0));
            }
            assertThat(seen.get(0)).doesNotHaveDuplicates().allMatch(id -> id >= 0 && id < 5_000);
        } finally {
            threads.shutdownNow();
        }
    }
}
