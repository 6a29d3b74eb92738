package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DisguisesTest {
    private static final Disguises DISGUISES = new Disguises(Map.of((int) 'а', (int) 'a', (int) 'ο', (int) 'o'),
            Set.of(0x3164));

    @Test
    void aLookAlikeLetterInsideALatinWordIsReadAsTheLatinLetter() {
        Disguises.Cleaned cleaned = DISGUISES.clean("Pilot: qu\u0430ntum key distribution");
        assertThat(cleaned.text()).isEqualTo("Pilot: quantum key distribution");
        assertThat(cleaned.disguised()).isTrue();
    }

    @Test
    void aWordWhollyInAnotherScriptIsLeftAsItIs() {
        Disguises.Cleaned cleaned = DISGUISES.clean("Институт \u0430 кв\u0430нтовой физики and quantum");
        assertThat(cleaned.text()).isEqualTo("Институт \u0430 кв\u0430нтовой физики and quantum");
        assertThat(cleaned.disguised()).isFalse();
    }

    @Test
    void invisibleControlAndFillerCharactersInsideAWordAreDropped() {
        assertThat(DISGUISES.clean("kwan\u0000tum").text()).isEqualTo("kwantum");
        assertThat(DISGUISES.clean("kwan\u200Btum").text()).isEqualTo("kwantum");
        assertThat(DISGUISES.clean("kwan\u00ADtum").text()).isEqualTo("kwantum");
        assertThat(DISGUISES.clean("kwan\u3164tum").text()).isEqualTo("kwantum");
        assertThat(DISGUISES.clean("kwan\u3164tum").disguised()).isTrue();
    }

    @Test
    void aRightToLeftOverrideIsReadAsDisplayed() {
        Disguises.Cleaned cleaned = DISGUISES.clean("samenwerking \u202Emutnauq\u202C lab");
        assertThat(cleaned.text()).isEqualTo("samenwerking quantum lab");
        assertThat(cleaned.disguised()).isTrue();
    }

    @Test
    void plainTextComesBackUnchangedAndNotDisguised() {
        String text = "Zonne- en windparken, café-restaurant, naïef\tquantum\n";
        Disguises.Cleaned cleaned = DISGUISES.clean(text);
        assertThat(cleaned.text()).isSameAs(text);
        assertThat(cleaned.disguised()).isFalse();
        assertThat(DISGUISES.clean("Ελληνικά and 中文 名字").disguised()).isFalse();
    }

    @Test
    void terminalEscapeSequencesAreReadAsTheNothingATerminalShows() {
        assertThat(DISGUISES.clean("Harbin\u001b[8m Institute").text()).isEqualTo("Harbin Institute");
        assertThat(DISGUISES.clean("qu\u001b[2Jantum \u009b31mlab").text()).isEqualTo("quantum lab");
        assertThat(DISGUISES.clean("QKD \u001b]52;c;eA==\u0007 net").text()).isEqualTo("QKD  net");
        assertThat(DISGUISES.clean("Harbin\u001b[8m Institute").disguised()).isTrue();
    }
}
