package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.partnerscan.TestData;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lists in the formats users download: OpenSanctions' FollowTheMoney entity lines and the US Consolidated
 * Screening List (CSV and JSON), small fixtures written for these tests; and own CSV lists as spreadsheets
 * save them: quoted fields that hold a lone CR, Windows-1252 and UTF-16 text.
 */
class ListFormatsTest {
    private static final Path FORMATS = Path.of("src/test/resources/lists/formats");

    private static List<String> names(DesignationList list) {
        return list.entries().stream().map(ListedOrganisation::name).toList();
    }

    @Test
    void openSanctionsEntitiesGiveTheirOrganisationsWithAliasesCountryAndDate() {
        DesignationList list = ReferenceDataLoader.loadList(FORMATS.resolve("entities.ftm.json"));
        assertThat(names(list)).containsExactly("Example Aerospace Research Academy", "Example Photonics Company Limited");
        assertThat(list.entries().get(1).aliases()).containsExactly("Example Optical Works", "EXPC");
        assertThat(list.entries().get(0).country()).isEqualTo("CN");
        assertThat(list.date()).as("the latest last_seen or last_change").isEqualTo("2026-10-01");
        assertThat(list.source()).contains("example_sanctions, example_trade");
        assertThat(list.kind()).isEqualTo(DesignationList.Kind.OWN);
    }

    @Test
    void theUsScreeningListAsCsvAndAsJsonGivesTheSameEntities() {
        DesignationList csv = ReferenceDataLoader.loadList(FORMATS.resolve("consolidated.csv"));
        DesignationList json = ReferenceDataLoader.loadList(FORMATS.resolve("consolidated.json"));
        assertThat(names(csv)).containsExactly("Example Quantum Devices Institute", "Example Drone Works, Ltd.");
        assertThat(names(json)).isEqualTo(names(csv));
        assertThat(json.entries().get(0).aliases()).isEqualTo(csv.entries().get(0).aliases())
                .containsExactly("Example QDI", "EQDI");
        assertThat(csv.entries().get(1).country()).isEqualTo("CN");
        assertThat(json.date()).isEqualTo("2026-10-02");
    }

    @Test
    void aPartnerIsFoundOnADownloadedList() {
        DesignationList list = ReferenceDataLoader.loadList(FORMATS.resolve("consolidated.json"));
        Screener screener = new Screener(TestData.shipped().withLists(List.of(list)));
        List<PartnerHit> hits = screener.screen(new ScreeningRequest(List.of(),
                "", "Example Quantum Devices Institute, Hefei", Map.of())).partnerHits();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.list().id()).isEqualTo("consolidated");
            assertThat(hit.match()).isEqualTo(PartnerHit.Match.EXACT);
        });
    }

    @Test
    void aLoneCrInsideAQuotedFieldLosesNoEntry() {
        DesignationList list = ReferenceDataLoader.loadList(FORMATS.resolve("lone-cr.csv"));
        assertThat(names(list)).containsExactly("Example Lone-CR Academy", "Example Second Academy");
        assertThat(list.entries().get(0).aliases()).containsExactly("first line second line");
    }

    @Test
    void aListSavedByExcelInWindows1252OrUtf16IsReadAsSaved(@TempDir Path dir) throws IOException {
        String csv = "name;country\nInstitut f\u00fcr Beispiele \u2013 Wuhan;CN\n";
        Path windows = Files.write(dir.resolve("excel.csv"), csv.getBytes(Charset.forName("windows-1252")));
        assertThat(names(ReferenceDataLoader.loadList(windows))).containsExactly("Institut f\u00fcr Beispiele \u2013 Wuhan");
        Path unicode = Files.write(dir.resolve("unicode.txt"), ("\ufeff" + csv.replace(';', '\t'))
                .getBytes(StandardCharsets.UTF_16LE));
        assertThat(names(ReferenceDataLoader.loadList(unicode))).containsExactly("Institut f\u00fcr Beispiele \u2013 Wuhan");
        Path utf8 = Files.write(dir.resolve("utf8.csv"), csv.getBytes(StandardCharsets.UTF_8));
        assertThat(names(ReferenceDataLoader.loadList(utf8))).containsExactly("Institut f\u00fcr Beispiele \u2013 Wuhan");
    }

    @Test
    void aListOfBytesThatAreNoTextOrAWorkbookIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        byte[] mixed = "name\nInstitut f\u00fcr Beispiele\nCaf# Wuhan\n".getBytes(StandardCharsets.UTF_8);
        mixed[mixed.length - 8] = (byte) 0xE9; // for '#': an é in Windows-1252, after an ü in UTF-8
        Path both = Files.write(dir.resolve("both.csv"), mixed);
        assertThatThrownBy(() -> ReferenceDataLoader.loadList(both)).isInstanceOf(DataException.class)
                .hasMessage(both + ": the list holds bytes that are no text in its encoding (UTF-8, or Windows-1252"
                        + " when it is not UTF-8), or mixes the two; save it as UTF-8 (in Excel: CSV UTF-8)");
        Path workbook = Files.write(dir.resolve("list.xlsx"), new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0});
        assertThatThrownBy(() -> ReferenceDataLoader.loadList(workbook)).isInstanceOf(DataException.class)
                .hasMessage(workbook + ": the list is an Excel workbook; save it as CSV (in Excel: Save As, CSV UTF-8)"
                        + " and give that file");
    }

    @Test
    void aJsonFileThatIsNotTheScreeningListIsRefusedRatherThanReadAsAnEmptyList(@TempDir Path dir) throws IOException {
        for (String json : List.of("{\"results\": 1}", "{\"name\": \"Example Institute\"}", "{}")) {
            Path file = Files.writeString(dir.resolve("other.json"), json);
            assertThatThrownBy(() -> ReferenceDataLoader.loadList(file)).as(json).isInstanceOf(DataException.class)
                    .hasMessage(file + ":1:1: not the Consolidated Screening List's JSON, which is an object with an"
                            + " array 'results' (or that array alone)");
        }
        Path empty = Files.writeString(dir.resolve("empty.json"), "{\"results\": []}");
        assertThat(ReferenceDataLoader.loadList(empty).entries()).as("a list with no entries is still a list").isEmpty();
    }
}
