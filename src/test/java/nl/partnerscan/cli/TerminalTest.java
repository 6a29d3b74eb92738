package nl.partnerscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Where the width and the colour of text output come from. */
class TerminalTest {
    private static Terminal terminal(Map<String, String> environment, boolean stdoutIsTerminal, int reported) {
        return new Terminal(environment, stdoutIsTerminal, false, () -> reported);
    }

    @Test
    void aPipeOrAFileIsNotWrappedWhateverColumnsSays() {
        assertThat(terminal(Map.of("COLUMNS", "60"), false, 72).textWidth()).isEmpty();
    }

    @Test
    void aTerminalWrapsAtColumnsElseAtItsOwnWidthElseAt80() {
        assertThat(terminal(Map.of("COLUMNS", "60"), true, 72).textWidth()).hasValue(60);
        assertThat(terminal(Map.of(), true, 72).textWidth()).hasValue(72);
        assertThat(terminal(Map.of("COLUMNS", "wide"), true, 0).textWidth()).hasValue(Terminal.DEFAULT_WIDTH);
    }

    @Test
    void theTerminalIsAskedOnlyWhenColumnsIsNotSet() {
        AtomicInteger asked = new AtomicInteger();
        Terminal withColumns = new Terminal(Map.of("COLUMNS", "90"), true, false, asked::incrementAndGet);
        withColumns.textWidth();
        assertThat(asked).hasValue(0);
        Terminal without = new Terminal(Map.of(), true, false, () -> 50 + asked.incrementAndGet());
        assertThat(without.textWidth()).isEqualTo(without.textWidth()).hasValue(51);
        assertThat(asked).hasValue(1);
    }

    @Test
    void partnerscanWidthWrapsAnywhereAndZeroNever() {
        assertThat(terminal(Map.of(Terminal.WIDTH, "100"), false, 0).textWidth()).hasValue(100);
        assertThat(terminal(Map.of(Terminal.WIDTH, "100", "COLUMNS", "60"), true, 72).textWidth()).hasValue(100);
        assertThat(terminal(Map.of(Terminal.WIDTH, "0"), true, 72).textWidth()).isEmpty();
        assertThat(terminal(Map.of(Terminal.WIDTH, "5"), false, 0).textWidth()).hasValue(Terminal.MIN_WIDTH);
        assertThat(terminal(Map.of(Terminal.WIDTH, "-3"), false, 0).textWidth()).isEqualTo(OptionalInt.empty());
    }

    @Test
    void colourOnlyOnATerminalAndNeverUnderNoColor() {
        assertThat(terminal(Map.of(), true, 0).colour()).isTrue();
        assertThat(terminal(Map.of(), false, 0).colour()).isFalse();
        assertThat(terminal(Map.of("NO_COLOR", "1"), true, 0).colour()).isFalse();
        assertThat(terminal(Map.of("TERM", "dumb"), true, 0).colour()).isFalse();
        assertThat(terminal(Map.of(Terminal.WIDTH, "60"), false, 0).colour()).isFalse();
    }
}
