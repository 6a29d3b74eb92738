package nl.partnerscan.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/**
 * A name index read from its snapshot finds exactly what the index built from the same names finds; a
 * snapshot of other names, or under another key (other rules), is not read, and the index is built.
 */
class NameIndexSnapshotTest {
    private static final NameRules RULES = TestData.shipped().nameRules();

    /** Names of each kind the index files differently: words, a shorter form, an abbreviation, Chinese characters. */
    private static NameIndex.Builder<String> builder() {
        return NameIndex.<String>builder(RULES)
                .add("hit", "China", List.of(new NameIndex.Name("Harbin Institute of Technology", NameIndex.Kind.OFFICIAL),
                        new NameIndex.Name("HIT", NameIndex.Kind.ALIAS),
                        new NameIndex.Name("哈尔滨工业大学", NameIndex.Kind.ALIAS),
                        new NameIndex.Name("Ha'erbin Gongye Daxue", NameIndex.Kind.TRANSLITERATION)))
                .add("nudt", "China", List.of(new NameIndex.Name("National University of Defense Technology",
                        NameIndex.Kind.OFFICIAL), new NameIndex.Name("NUDT", NameIndex.Kind.ALIAS)))
                .add("sharif", "Iran", List.of(new NameIndex.Name("Sharif University of Technology",
                        NameIndex.Kind.OFFICIAL)));
    }

    private static final List<String> TEXTS = List.of("Harbin Institute of Technology", "HIT", "哈尔滨工业大学",
            "Harbin Insitute of Technology", "Technology, Harbin Institute of", "Sharif Univ. of Technology",
            "National University of Defence Technology", "Harbin Medical University", "HIT Radio");

    private static List<String> hits(NameIndex<String> index, String text) {
        return index.find(text, false).stream().map(hit -> hit.entry() + " " + hit.basis() + " " + hit.text()).toList();
    }

    @Test
    void anIndexReadFromItsSnapshotFindsWhatTheBuiltIndexFinds() {
        NameIndex<String> built = builder().build();
        NameIndex<String> read = builder().build(built.snapshot("rules"), "rules");
        assertThat(built.readFromSnapshot()).isFalse();
        assertThat(read.readFromSnapshot()).isTrue();
        for (String text : TEXTS) {
            assertThat(hits(read, text)).as(text).isEqualTo(hits(built, text));
        }
        assertThat(TEXTS).filteredOn(text -> !built.find(text, false).isEmpty()).as("texts with a hit")
                .hasSizeGreaterThan(TEXTS.size() / 2);
        assertThat(read.snapshot("rules")).as("the same names, read the same way").isEqualTo(built.snapshot("rules"));
    }

    @Test
    void aSnapshotOfOtherNamesOrRulesIsNotRead() {
        byte[] snapshot = builder().build().snapshot("rules");
        assertThat(builder().build(snapshot, "other rules").readFromSnapshot()).as("another key").isFalse();
        NameIndex<String> more = builder().add("buaa", "China", List.of(new NameIndex.Name(
                "Beihang University", NameIndex.Kind.OFFICIAL))).build(snapshot, "rules");
        assertThat(more.readFromSnapshot()).isFalse();
        assertThat(more.find("Beihang University", false)).extracting(NameIndex.NameHit::entry).containsExactly("buaa");
        byte[] changed = snapshot.clone();
        changed[changed.length / 2] ^= 0x01;
        assertThat(builder().build(changed, "rules").readFromSnapshot()).as("a changed byte").isFalse();
    }
}
