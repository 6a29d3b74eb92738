package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NameIndexDistanceTest {
    /** The full optimal-string-alignment distance (Levenshtein plus swaps of neighbours). */
    private static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = Math.min(d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    @Test
    void aSwapOfNeighboursIsOneEdit() {
        assertThat(NameIndex.boundedEditDistance("beihang", "beihnag", 2)).isEqualTo(1);
        assertThat(NameIndex.boundedEditDistance("daxue", "daxeu", 2)).isEqualTo(1);
    }

    @Test
    void theBandedDistanceAgreesWithTheFullOneUpToItsBound() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String a = randomWord(random);
            String b = random.nextBoolean() ? mutate(a, random) : randomWord(random);
            int full = levenshtein(a, b);
            for (int max = 0; max <= 3; max++) {
                assertThat(NameIndex.boundedEditDistance(a, b, max)).as("%s / %s, max %d", a, b, max)
                        .isEqualTo(Math.min(full, max + 1));
            }
        }
    }

    private static String randomWord(Random random) {
        StringBuilder word = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(4)));
        }
        return word.toString();
    }

    private static String mutate(String word, Random random) {
        StringBuilder out = new StringBuilder(word);
        for (int edits = random.nextInt(4); edits > 0; edits--) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, (char) ('a' + random.nextInt(4)));
                case 1 -> { if (out.length() > 0) { out.deleteCharAt(at); } }
                default -> { if (out.length() > 0) { out.setCharAt(at, (char) ('a' + random.nextInt(4))); } }
            }
        }
        return out.toString();
    }
}
