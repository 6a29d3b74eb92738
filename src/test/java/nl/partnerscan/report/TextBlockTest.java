package nl.partnerscan.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Wrapping at a width: at spaces, with hanging indents, counted in terminal columns. */
class TextBlockTest {
    private static TextBlock at(int width) {
        return new TextBlock(OptionalInt.of(width));
    }

    @Test
    void withoutAWidthEveryLineStaysWhole() {
        String line = "  " + "word ".repeat(60).strip();
        assertThat(new TextBlock(OptionalInt.empty()).item(line).toString()).isEqualTo(line + "\n");
    }

    @Test
    void breaksAtSpacesAndHangsContinuationLines() {
        assertThat(at(20).item("  one two three four five six seven").toString())
                .isEqualTo("  one two three four\n    five six seven\n");
        assertThat(at(20).paragraph("  one two three four five six seven").toString())
                .isEqualTo("  one two three four\n  five six seven\n");
        assertThat(at(21).line("   +40  one two three four five", 8).toString())
                .isEqualTo("   +40  one two three\n        four five\n");
    }

    @Test
    void keepsTheSpacesInsideALineAndDropsThemAtABreak() {
        assertThat(at(24).item("  name [id]  flag: yes · other: no").toString())
                .isEqualTo("  name [id]  flag: yes ·\n    other: no\n");
    }

    @Test
    void cutsAWordTooWideForALineOfItsOwn() {
        assertThat(at(20).item("  mail: informatie-en-contactpunt@rvo.nl").toString())
                .isEqualTo("  mail:\n    informatie-en-co\n    ntactpunt@rvo.nl\n");
    }

    @Test
    void countsEscapeSequencesAsNothingAndChineseCharactersAsTwo() {
        assertThat(TextBlock.columns("\u001b[1mbold\u001b[0m")).isEqualTo(4);
        assertThat(TextBlock.columns("国防七子")).isEqualTo(8);
        assertThat(at(21).item("\u001b[1mSeven Sons\u001b[0m (国防七子) list").toString())
                .isEqualTo("\u001b[1mSeven Sons\u001b[0m (国防七子)\n  list\n");
    }

    @Test
    void gluedWordsStayTogetherAndPrintWithPlainSpaces() {
        assertThat(at(22).item("  q4  Coming for you?  " + TextBlock.glued("(1 check)")).toString())
                .isEqualTo("  q4  Coming for you?\n    (1 check)\n");
        assertThat(new TextBlock(OptionalInt.empty()).item(TextBlock.glued("(1 check)")).toString())
                .isEqualTo("(1 check)\n");
    }
}
