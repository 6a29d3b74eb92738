package nl.partnerscan.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
    void aCellThatASpreadsheetWouldRunGetsAnApostrophe(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "quantum", "'=already", " =1", "1=1", "€5"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
    }
}
