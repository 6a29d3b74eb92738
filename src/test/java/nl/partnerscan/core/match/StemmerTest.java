package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {
    @ParameterizedTest(name = "{0} and {1} share a stem")
    @CsvSource({
        "satellieten, satelliet",
        "legeringen, legering",
        "technologieen, technologie",
        "composieten, composiet",
        "chips, chip",
        "vaccins, vaccin",
        "batteries, battery",
        "processes, process",
        "switches, switch",
        "turbines, turbine",
        "systemen, systems",
        "vrachtwagens, vrachtwagen",
        "keukens, keuken",
    })
    void foldsFormsOfOneWord(String a, String b) {
        assertThat(Stemmer.stem(a)).isEqualTo(Stemmer.stem(b));
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({"qkd", "gas", "dram", "genen", "glass", "campus", "analysis"})
    void leavesShortWordsAndNonPluralsAlone(String word) {
        assertThat(Stemmer.stem(word)).isEqualTo(word);
    }
}
