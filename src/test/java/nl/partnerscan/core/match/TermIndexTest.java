package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a term matches words of a text, on an index built from a handful of terms. */
class TermIndexTest {
    private static final TermIndex<String> INDEX = TermIndex.<String>builder()
            .add(added("kwantum"), "quantum")
            .add(added("quantum computer"), "quantum")
            .add(added("geheugenchip"), "memory")
            .add(added("DRAM"), "memory")
            .add(added("waterstof"), "hydrogen")
            .add(added("elektrolyser"), "hydrogen")
            .add(added("koolstofvezel"), "carbon")
            .add(added("satelliet"), "satellite")
            .add(added("zonne-energie"), "solar")
            .add(added("5G"), "5g")
            .add(added("IoT"), "iot")
            .add(added("QKD"), "qkd")
            .add(added("big data"), "bigdata")
            .add(added("technologie"), "tech")
            .add(added("battery"), "battery")
            .add(new Term("SiC", Term.Origin.ADDED, true), "sic")
            .add(added("zero-emission bus"), "bus")
            .add(added("brein-geïnspireerde intelligentie"), "brain")
            .add(added("kalibratie"), "calibration")
            .add(added("grafeen"), "graphene")
            .add(added("AI-systeem"), "ai")
            .add(added("Biofarmaceutische"), "pharma")
            .build();

    private static Term added(String text) {
        return new Term(text, Term.Origin.ADDED, false);
    }

    private static List<String> entries(String text) {
        return INDEX.find(text).stream().map(Hit::entry).distinct().toList();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Kwantum | quantum",
        "KWANTUM | quantum",
        "kwantumcomputers | quantum",
        "Quantum computers voor de universiteit | quantum",
        "quantum-computer | quantum",
        "geheugenchips | memory",
        "Geheugen-chips | memory",
        "DRAMs | memory",
        "dram-fabriek | memory",
        "waterstofelektrolysers | hydrogen",
        "koolstofvezelcomposieten | carbon",
        "satellieten | satellite",
        "satellietbeelden | satellite",
        "zonne-energie | solar",
        "zonneenergie | solar",
        "5G-netwerken | 5g",
        "5g | 5g",
        "IoT-sensoren | iot",
        "iot | iot",
        "QKD-netwerken | qkd",
        "QKD's | qkd",
        "big data-analyse | bigdata",
        "Big Data | bigdata",
        "technologieën | tech",
        "batteries | battery",
        "GaN/SiC-vermogenschips | sic",
        "biofarmaceutische bedrijven | pharma",
        "Biofarmacéutische | pharma",
        "kwan\u200Btum | quantum",
        "zero-emission bus | bus",
        "Zero emission bus | bus",
        "zero-emission-bus | bus",
        "Brein-geïnspireerde intelligentie | brain",
        "brein geinspireerde intelligentie | brain",
        "kalibraties | calibration",
        "zonne energie | solar",
        "technology | tech",
        "grafeen | graphene",
        "grafeenlagen | graphene",
        "AI-systemen | ai",
    })
    void matches(String text, String entry) {
        assertThat(entries(text)).contains(entry);
    }

    @ParameterizedTest(name = "{0} matches nothing")
    @CsvSource(delimiter = '|', value = {
        "kwaliteit",
        "kwart",
        "de data van het schoolreisje",
        "big",
        "chips en snacks",
        "geheugen",
        "de zon schijnt",
        "sic transit gloria",
        "SIC",
        "ioterm",
        "5Gx",
        "ontwaterstofjes",
        "satelliet2",
        "satellie",
        "fotografe",
        "fotografen",
        "draaisysteem",
    })
    void doesNotMatch(String text) {
        assertThat(entries(text)).isEmpty();
    }

    @Test
    void aTermNeverMatchesInTheMiddleOfAWord() {
        // "waterstof" would be a prefix here, but a compound needs the rest to be the head; the middle of a
        // word never matches.
        assertThat(entries("grondwaterstofjes")).doesNotContain("hydrogen");
        assertThat(entries("onkwantumachtig")).isEmpty();
    }

    @Test
    void aCompoundNeedsAtLeastThreeMoreLetters() {
        assertThat(entries("kwantumx")).isEmpty();
        assertThat(entries("kwantumxyz")).containsExactly("quantum");
    }

    @Test
    void aTermAlsoMatchesItsMakerWithTheSuffixEr() {
        assertThat(entries("een koolstofvezeler")).containsExactly("carbon");
        assertThat(entries("kwantumer")).containsExactly("quantum");
        assertThat(entries("kwantumel")).as("two letters other than -er are no compound").isEmpty();
        assertThat(entries("kwantumes")).isEmpty();
    }

    @Test
    void reportsTheUsersOwnWordsAndWhereTheyStand() {
        String text = "Samenwerking over Waterstof-Elektrolysers in Rotterdam";
        List<Hit<String>> hits = INDEX.find(text);
        assertThat(hits).extracting(Hit::matchedText).containsOnly("Waterstof-Elektrolysers");
        Hit<String> hit = hits.get(0);
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("Waterstof-Elektrolysers");
        // Two terms of one entry match the same word: one place, one entry, one hit (the first term found).
        assertThat(hits).extracting(h -> h.term().text()).containsExactly("waterstof");
    }

    @Test
    void phrasesSpanWordsButNotOtherWords() {
        assertThat(entries("quantum en computer")).isEmpty();
        assertThat(entries("quantum, computer")).containsExactly("quantum");
    }

    @Test
    void controlCharactersEmojiAndRightToLeftTextAreHarmless() {
        assertThat(entries("\u0000kwantum\u0007 🚀 \u202Egeheugenchip\u202C")).containsExactly("quantum", "memory");
        assertThat(entries("🚀🚀🚀 \u05E9\u05DC\u05D5\u05DD")).isEmpty();
    }

    @Test
    void aVeryLongWordIsReadOnce() {
        String word = "kwantum" + "a".repeat(200_000);
        assertThat(entries(word)).containsExactly("quantum");
        assertThat(entries("x".repeat(200_000))).isEmpty();
    }

    @Test
    void emptyTextMatchesNothing() {
        assertThat(INDEX.find("")).isEmpty();
        assertThat(INDEX.find(" ,.;- ")).isEmpty();
    }

    @Test
    void refusesTermsWithoutLettersAndCasedPhrases() {
        assertThatThrownBy(() -> TermIndex.<String>builder().add(added("--"), "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no letters or digits");
        assertThatThrownBy(() -> TermIndex.<String>builder()
                .add(new Term("Ab Cd", Term.Origin.ADDED, true), "x").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one word");
    }

    @Test
    void anExceptionPhraseBlocksTheTermsInsideItAndNowhereElse() {
        TermIndex<String> index = TermIndex.<String>builder()
                .add(added("defence"), "defence")
                .add(added("defence technology"), "defence")
                .except("PhD defence")
                .except("self-defence")
                .build();
        assertThat(index.find("Her PhD defence is in June")).isEmpty();
        assertThat(index.find("PhD defences at the faculty")).as("in any inflection").isEmpty();
        assertThat(index.find("Self-defence course")).isEmpty();
        assertThat(index.find("PhD on defence technology")).extracting(Hit::entry).containsOnly("defence");
        assertThat(index.find("The PhD defence and a defence fair")).extracting(Hit::matchedText)
                .containsExactly("defence");
    }

    @Test
    void aSettingOfPlayBlocksTheBareTermsItNamesInTheWholeText() {
        TermIndex<String> index = TermIndex.<String>builder()
                .add(added("robot"), "robotics")
                .add(added("industrial robot"), "robotics")
                .add(added("quantum"), "quantum")
                .add(added("satellite"), "space")
                .exceptInSetting(List.of("escape room", "Lego", "toneelstuk"), List.of("robots", "quantum"))
                .build();
        assertThat(index.find("The 'Quantum Lab' escape room for the delegation")).isEmpty();
        assertThat(index.find("Pupils build Lego robots")).isEmpty();
        assertThat(index.find("Een toneelstuk over een robot")).as("a Dutch setting word").isEmpty();
        assertThat(index.find("Toneelstukken over robots")).as("in any inflection").isEmpty();
        assertThat(index.find("An escape room and industrial robots")).extracting(Hit::matchedText)
                .as("a longer term still matches").containsExactly("industrial robots");
        assertThat(index.find("A satellite-themed escape room")).extracting(Hit::entry)
                .as("terms the setting does not name still match").containsExactly("space");
        assertThat(index.find("Quantum sensing with robots")).extracting(Hit::entry)
                .as("without a setting word the bare terms match").containsExactly("quantum", "robotics");
    }
}
