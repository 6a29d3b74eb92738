package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        "technology, technologie",
        "technologies, technologieen",
        "kalibraties, kalibratie",
        "weermanipulaties, weermanipulatie",
        "cities, city",
        "universities, university",
        "keukens, keuken",
        "systemen, systeem",
        "problemen, probleem",
        "elektronische, elektronisch",
        "hydrometallurgische, hydrometallurgisch",
        "moleculaire, moleculair",
        "cochleaire, cochleair",
        "industriele, industrieel",
        "structurele, structureel",
        "innovatieve, innovatief",
        "massieve, massief",
    })
    void foldsFormsOfOneWord(String a, String b) {
        assertThat(Stemmer.stem(a)).isEqualTo(Stemmer.stem(b));
    }

    @ParameterizedTest(name = "{0} stays {0}")
    @CsvSource({"qkd", "gas", "bus", "genen", "glass", "campus", "analysis", "key", "ogen", "zaden", "boot"})
    void leavesShortWordsAndNonPluralsAlone(String word) {
        assertThat(Stemmer.stem(word)).isEqualTo(word);
    }

    @Test
    void wordsInEenKeepTheirEnding() {
        assertThat(Stemmer.stem("grafeen")).isNotEqualTo(Stemmer.stem("grafe")).doesNotEndWith("grafe");
        assertThat(Stemmer.stem("technologieen")).isEqualTo(Stemmer.stem("technologie"));
    }

    @Test
    void dutchPluralsWithVOrZShareTheStemOfTheSingular() {
        assertThat(Stemmer.stem("schroeven")).isEqualTo(Stemmer.stem("schroef"));
        assertThat(Stemmer.stem("scheepsschroeven")).isEqualTo(Stemmer.stem("scheepsschroef"));
        assertThat(Stemmer.stem("huizen")).isEqualTo(Stemmer.stem("huis"));
    }
}
