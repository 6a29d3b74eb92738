package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An index read from its snapshot finds exactly what the index built from the same terms finds; bytes that
 * are not a snapshot of those terms are never read as one, and the index is built instead.
 */
class TermIndexSnapshotTest {
    /** Texts that each rule of the index answers: words, compounds, phrases, heads, exceptions, settings. */
    private static final List<String> TEXTS = List.of(
            "Kwantumcomputers en quantum-computer voor de universiteit",
            "DRAM-fabriek en geheugenchips",
            "waterstofelektrolysers en koolstofvezelcomposieten",
            "satellietbeelden, maar niet de satellietstad",
            "zonne- en windparken in de provincie",
            "straalmotoren, jet engines en keramische hittebestendige materialen",
            "een fabriek voor zetmeel en titaan-legering",
            "SiC-wafers, sic transit, 5G-netwerk en IoT",
            "big data-analyse met AI-systemen",
            "The PhD defence and a defence fair",
            "The 'Quantum Lab' escape room with industrial robots",
            "Een stedenband met een concert in het stadhuis");

    private static Term added(String text) {
        return new Term(text, Term.Origin.ADDED, false);
    }

    private static TermIndex.Builder<String> builder() {
        return TermIndex.<String>builder()
                .add(added("kwantum"), "quantum")
                .add(added("quantum computer"), "quantum")
                .add(added("quantum"), "quantum")
                .add(added("geheugenchip"), "memory")
                .add(added("DRAM"), "memory")
                .add(added("waterstof"), "hydrogen")
                .add(added("elektrolyser"), "hydrogen")
                .add(added("koolstofvezels"), "carbon")
                .add(added("satelliet"), "space")
                .add(added("windpark"), "wind")
                .add(added("zonnepark"), "solar")
                .add(added("zonne-energie"), "solar")
                .add(added("5G"), "5g")
                .add(added("IoT"), "iot")
                .add(new Term("SiC", Term.Origin.ADDED, true), "sic")
                .add(added("big data"), "data")
                .add(added("AI-systeem"), "ai")
                .add(added("defence"), "defence")
                .add(added("robot"), "robotics")
                .add(added("industrial robot"), "robotics")
                .addQualified(List.of("motor", "engine"), List.of("straal", "jet"), "engines")
                .addQualified(List.of("materiaal"), List.of("keramisch", "hittebestendig"), "materials")
                .addQualified(List.of("fabriek", "legering"), List.of("zetmeel", "titaan"), "industry")
                .qualifierLinks(List.of("voor", "for"))
                .except("satellietstad")
                .except("PhD defence")
                .exceptInSetting(List.of("escape room", "toneelstuk"), List.of("robots", "quantum"));
    }

    private static List<String> hits(TermIndex<String> index, String text) {
        return index.find(text).stream()
                .map(hit -> hit.start() + "-" + hit.end() + " " + hit.term().text() + " " + hit.entry()).toList();
    }

    @Test
    void anIndexReadFromItsSnapshotFindsWhatTheBuiltIndexFinds() {
        TermIndex<String> built = builder().build();
        TermIndex<String> read = builder().build(built.snapshot());
        assertThat(built.readFromSnapshot()).isFalse();
        assertThat(read.readFromSnapshot()).isTrue();
        for (String text : TEXTS) {
            assertThat(hits(read, text)).as(text).isEqualTo(hits(built, text));
        }
        assertThat(TEXTS).filteredOn(text -> !built.find(text).isEmpty()).as("texts with a hit").hasSize(TEXTS.size() - 1);
        assertThat(read.snapshot()).as("the same structures").isEqualTo(built.snapshot());
    }

    @Test
    void aSnapshotOfOtherTermsIsNotRead() {
        byte[] snapshot = builder().build().snapshot();
        TermIndex<String> moreTerms = builder().add(added("stedenband"), "twinning").build(snapshot);
        assertThat(moreTerms.readFromSnapshot()).isFalse();
        assertThat(moreTerms.find("Een stedenband")).extracting(Hit::entry).containsExactly("twinning");
        TermIndex<String> otherException = builder().except("satellietbeelden").build(snapshot);
        assertThat(otherException.readFromSnapshot()).isFalse();
        assertThat(otherException.find("satellietbeelden")).isEmpty();
        TermIndex<String> otherSetting = builder().exceptInSetting(List.of("museum"), List.of("robots")).build(snapshot);
        assertThat(otherSetting.readFromSnapshot()).isFalse();
        assertThat(otherSetting.find("robots in het museum")).isEmpty();
    }

    @Test
    void whatATermPointsToComesFromTheBuilderNotTheSnapshot() {
        byte[] snapshot = builder().build().snapshot();
        TermIndex<String> read = TermIndex.<String>builder().add(added("kwantum"), "a").build(
                TermIndex.<String>builder().add(added("kwantum"), "b").build().snapshot());
        assertThat(read.readFromSnapshot()).isTrue();
        assertThat(read.find("kwantumsensoren")).extracting(Hit::entry).containsExactly("a");
        assertThat(snapshot).isNotEmpty();
    }

    @Test
    void bytesThatAreNotItsSnapshotAreNotReadAndTheIndexIsBuilt() {
        byte[] snapshot = builder().build().snapshot();
        byte[] changed = snapshot.clone();
        changed[changed.length / 2] ^= 0x10;
        byte[] noise = new byte[snapshot.length];
        new Random(17).nextBytes(noise);
        for (byte[] bytes : List.of(new byte[0], Arrays.copyOf(snapshot, snapshot.length / 2), changed, noise,
                Arrays.copyOf(snapshot, snapshot.length + 1))) {
            TermIndex<String> index = builder().build(bytes);
            assertThat(index.readFromSnapshot()).isFalse();
            assertThat(index.find("kwantumsensoren")).extracting(Hit::entry).containsExactly("quantum");
        }
    }
}
