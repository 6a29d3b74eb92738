package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.partnerscan.TestData;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import org.junit.jupiter.api.Test;

/** The bundled lists say what their sources say, and every entry carries its list's attribution. */
class ListDataTest {
    private DesignationList list(String id) {
        return TestData.shipped().lists().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyRowOfCanadasListIsLoadedWithItsNameCountryAndAliases() throws IOException {
        DesignationList list = list("ca-nro");
        assertThat(list.kind()).isEqualTo(DesignationList.Kind.DESIGNATION);
        assertThat(list.licence()).contains("Open Government Licence");
        assertThat(list.attribution()).isNotBlank();
        assertThat(list.date()).isEqualTo("2024-04-18");
        List<CsvRecord> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .ofCsvRecord(Path.of("src/test/resources/lists/ca-named-research-organizations.csv"))) {
            reader.forEach(rows::add);
        }
        rows.remove(0);
        assertThat(rows).hasSize(103);
        assertThat(list.entries()).hasSize(103);
        for (CsvRecord row : rows) {
            ListedOrganisation entry = list.entries().stream().filter(e -> e.name().equals(row.getField(0).strip()))
                    .findFirst().orElseThrow(() -> new AssertionError("not in the list: " + row.getField(0)));
            assertThat(entry.country()).isEqualTo(row.getField(1).strip());
            List<String> aliases = Arrays.stream(row.getField(2).split(";")).map(String::strip)
                    .filter(a -> !a.isEmpty() && !a.equals(entry.name())).toList();
            assertThat(entry.aliases()).as("aliases of %s", entry.name()).containsExactlyInAnyOrderElementsOf(aliases);
        }
    }

    @Test
    void theSevenSonsAreAnAssessmentWithChineseNamesAndPinyin() {
        DesignationList list = list("seven-sons");
        assertThat(list.kind()).isEqualTo(DesignationList.Kind.ASSESSMENT);
        assertThat(list.source()).isNotBlank();
        assertThat(list.entries()).extracting(ListedOrganisation::name).containsExactlyInAnyOrder(
                "Beihang University", "Beijing Institute of Technology", "Harbin Institute of Technology",
                "Harbin Engineering University", "Northwestern Polytechnical University",
                "Nanjing University of Aeronautics and Astronautics", "Nanjing University of Science and Technology");
        for (ListedOrganisation entry : list.entries()) {
            assertThat(entry.names()).as("a name in Chinese characters for %s", entry.name())
                    .anyMatch(n -> n.script().equals("zh-Hans") && n.text().codePoints()
                            .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
            assertThat(entry.names()).as("pinyin with tone marks, marked as pinyin, for %s", entry.name())
                    .anyMatch(n -> n.transliteration() && n.text().chars().anyMatch(c -> "āáǎàēéěèīíǐìōóǒòūúǔù".indexOf(c) >= 0));
        }
    }
}
