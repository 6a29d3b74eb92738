package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Words of names in another language read as the English words of the lists. */
class TranslationsTest {
    private final Translations translations = new Translations(Map.of("universiteit", "university", "defensie", "defense",
            "technologie", "technology", "onderzoek", "research", "instituut", "institute"), 10,
            Map.of((int) 'а', "a", (int) 'н', "n", (int) 'о', "o", (int) 'ц', "ts"), 6);

    @Test
    void aGlossaryWordIsReadAsItsEnglishWord() {
        assertThat(translations.translate("universiteit")).isEqualTo("university");
        assertThat(translations.translate("harbin")).isNull();
    }

    @Test
    void aCompoundOfTwoGlossaryWordsIsReadAsBothWithOrWithoutALinkingS() {
        assertThat(translations.translate("defensietechnologie")).isEqualTo("defense technology");
        assertThat(translations.translate("onderzoeksinstituut")).isEqualTo("research institute");
    }

    @Test
    void aLongWordThatIsNotTwoGlossaryWordsIsNoTranslation() {
        assertThat(translations.translate("samenwerkingsverband")).isNull();
        assertThat(translations.translate("defensiebegroting")).isNull();
    }

    @Test
    void onlyShortWordsInCyrillicCapitalsAreReadAsLatinAcronyms() {
        assertThat(translations.transliterateAcronym("АНО", "ано")).isEqualTo("ano");
        assertThat(translations.transliterateAcronym("ано", "ано")).isNull();
        assertThat(translations.transliterateAcronym("ANO", "ano")).isNull();
        assertThat(translations.transliterateAcronym("АНОНАНОН", "анонанон")).isNull();
    }
}
