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
import org.junit.jupiter.api.Test;

/**
 * A screener whose term indexes are read from those the build stored gives every row of the development
 * sets the same result as a screener that built them from the data.
 */
class StoredIndexesEvaluationTest {
    @Test
    void theDevelopmentSetsScreenAlikeWithTheStoredIndexes() throws IOException {
        ReferenceData data = TestData.shipped();
        ScreenerIndexes indexes = new ScreenerIndexes(data, ReferenceDataLoader.bundledIndexSnapshot(data));
        indexes.buildTermIndexes();
        indexes.buildPartnerIndexes();
        assertThat(indexes.termIndexesRead()).as("the stored indexes are this data's").isTrue();
        Screener read = new Screener(indexes);
        Screener built = TestData.screener();

        List<TopicEvaluation.Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("topics-dev")).sorted().toList()) {
                rows.addAll(TopicEvaluation.read(file));
            }
        }
        assertThat(rows).as("test set-up").hasSizeGreaterThan(1000);
        int flagged = 0;
        for (TopicEvaluation.Row row : rows) {
            ScreeningRequest request = new ScreeningRequest(List.of(row.topic()), row.description(), "", Map.of());
            assertThat(read.screen(request)).as(row.id()).isEqualTo(built.screen(request));
            flagged += built.screen(request).matches().isEmpty() ? 0 : 1;
        }
        assertThat(flagged).as("rows that find a term of the table").isGreaterThan(rows.size() / 2);
    }
}
