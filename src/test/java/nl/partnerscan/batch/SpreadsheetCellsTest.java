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
    @ValueSource(strings = {"\n=1+1", "\r\n=cmd|' /C calc'!A0", " =1+1", "   @SUM(A1)", "\u0000=1+1", "\u00A0=1",
        "\uFF1D1+1", "\uFF0B31", "\uFF0D2", "\uFF20SUM(A1)", " \uFF1DHYPERLINK(\"http://x\")"})
    void aFormulaBehindSpacesLineBreaksNulOrInFullwidthIsNeutralisedToo(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "quantum", "'=already", "1=1", "€5", "\nx", " quantum = kwantum", "a\n=b"})
    void otherCellsAreLeftAlone(String cell) {
        assertThat(SpreadsheetCells.neutralise(cell)).isEqualTo(cell);
    }
}
