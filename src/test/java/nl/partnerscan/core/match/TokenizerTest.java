package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** What full Unicode decomposition makes of one letter, without its marks. */
    private static String decomposed(int cp) {
        StringBuilder base = new StringBuilder();
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD).codePoints()
                .filter(Character::isLetterOrDigit).forEach(base::appendCodePoint);
        return base.toString();
    }

    @Test
    void theLatinTableFoldsAsUnicodeDecompositionDoes() {
        for (int cp = 0xC0; cp <= 0x17F; cp++) {
            if (!Character.isLetter(cp)) {
                continue;
            }
            String expected = decomposed(cp).toLowerCase(Locale.ROOT);
            List<Token> tokens = Tokenizer.tokenize(new String(Character.toChars(cp)));
            if (expected.isEmpty()) {
                continue;
            }
            assertThat(tokens).as("U+%04X", cp).hasSize(1);
            String folded = tokens.get(0).folded();
            if (expected.length() == 1 && expected.charAt(0) < 0x80) {
                assertThat(folded).as("U+%04X %s", cp, new String(Character.toChars(cp))).isEqualTo(expected);
            }
        }
    }

    @Test
    void lettersWithoutADecompositionFoldToTheirUsualSpelling() {
        assertThat(folded("Æbleskiver Øresund Straße Łódź")).containsExactly("aebleskiver", "oresund", "strasse", "lodz");
    }

    @Test
    void foldsCaseAndDiacriticsAndKeepsTheOriginalPlace() {
        List<Token> tokens = Tokenizer.tokenize("  Biofarmacéutische, ÉÉN-Œuvre  naïef");
        assertThat(tokens).extracting(Token::folded).containsExactly("biofarmaceutische", "eenoeuvre", "naief");
        assertThat(tokens.get(1).foldedParts()).containsExactly("een", "oeuvre");
        assertThat(tokens.get(1).cased()).isEqualTo("EENOEuvre");
        assertThat(tokens.get(0).start()).isEqualTo(2);
        assertThat(tokens.get(0).end()).isEqualTo(2 + "Biofarmacéutische".length());
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        assertThat(folded("cafe\u0301 naı\u0308ef")).isEqualTo(folded("café naïef"));
    }

    private static List<String> folded(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::folded).toList();
    }
}
