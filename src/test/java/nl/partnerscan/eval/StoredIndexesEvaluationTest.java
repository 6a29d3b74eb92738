package nl.partnerscan.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.partnerscan.TestData;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreenerIndexes;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.data.ReferenceDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A screener on what the build stored (the data as bound, and the indexes) gives every row of the
 * development sets (topics, descriptions, partner names) the same result as a screener on the data bound
 * from the files, with indexes built from it.
 */
class StoredIndexesEvaluationTest {
    private static Screener read;
    private static Screener built;

    @BeforeAll
    static void screeners() {
        ReferenceData data = ReferenceDataLoader.loadBundled();
        ScreenerIndexes indexes = new ScreenerIndexes(data, ReferenceDataLoader.bundledIndexSnapshot(data));
        indexes.buildTable();
        indexes.buildOthers();
        assertThat(indexes.allRead()).as("the stored indexes are this data's").isTrue();
        read = new Screener(indexes);
        built = TestData.screener();
    }

    private static List<Path> devSets(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    @Test
    void theTopicDevelopmentSetsScreenAlike() throws IOException {
        List<TopicEvaluation.Row> rows = new ArrayList<>();
        for (Path file : devSets("topics-dev")) {
            rows.addAll(TopicEvaluation.read(file));
        }
        assertThat(rows).as("test set-up").hasSizeGreaterThan(1000);
        int found = 0;
        for (TopicEvaluation.Row row : rows) {
            ScreeningRequest request = new ScreeningRequest(List.of(row.topic()), row.description(), "", Map.of());
            assertThat(read.screen(request)).as(row.id()).isEqualTo(built.screen(request));
            found += built.screen(request).matches().isEmpty() ? 0 : 1;
        }
        assertThat(found).as("rows that find a term of the table").isGreaterThan(rows.size() / 2);
    }

    @Test
    void theNameDevelopmentSetsScreenAlike() throws IOException {
        List<NameEvaluation.Row> rows = new ArrayList<>();
        for (Path file : devSets("names-dev")) {
            rows.addAll(NameEvaluation.read(file));
        }
        assertThat(rows).as("test set-up").hasSizeGreaterThan(500);
        int named = 0;
        for (NameEvaluation.Row row : rows) {
            ScreeningRequest request = row.field().equals("partner")
                    ? new ScreeningRequest(List.of(), "", row.text(), Map.of())
                    : new ScreeningRequest(List.of(NameEvaluation.NEUTRAL_TOPIC), row.text(), "", Map.of());
            assertThat(read.screen(request)).as(row.id()).isEqualTo(built.screen(request));
            named += built.screen(request).partnerHits().isEmpty() ? 0 : 1;
        }
        assertThat(named).as("rows that name a listed organisation").isGreaterThan(rows.size() / 3);
    }
}
