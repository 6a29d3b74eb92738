package nl.partnerscan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * Screening time grows linearly with the number of hits in a text, not with its square: a text with eight
 * times the hits takes about eight times as long. Compared within one run, n against 8n, so that the
 * machine's speed does not matter; the margin is wide (a quadratic screener would be near 64 times).
 */
class LinearTimeTest {
    private static final int N = 4_000;

    @Test
    void eightTimesTheHitsTakeAboutEightTimesAsLong() {
        Screener screener = TestData.screener();
        String small = "5G PhD defence quantum-computer zonne- en windparken ".repeat(N);
        String large = small.repeat(8);
        screen(screener, small);
        screen(screener, large);
        long smallNanos = fastest(screener, small);
        long largeNanos = fastest(screener, large);
        double ratio = (double) largeNanos / smallNanos;
        System.out.printf("linear-time: %d repetitions %.1f ms, %d repetitions %.1f ms, ratio %.1f%n", N,
                smallNanos / 1e6, 8 * N, largeNanos / 1e6, ratio);
        assertThat(ratio).as("time for 8n hits over time for n hits").isLessThan(24);
    }

    private static long fastest(Screener screener, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            screen(screener, text);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static void screen(Screener screener, String text) {
        ScreeningResult result = screener.screen(new ScreeningRequest(List.of(text), text, "", Map.of()));
        assertThat(result.matches()).isNotEmpty();
    }
}
