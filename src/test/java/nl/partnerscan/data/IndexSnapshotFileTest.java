package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.partnerscan.TestData;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreenerIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The term indexes the build stores serve the bundled data, and only that data. */
class IndexSnapshotFileTest {
    @TempDir
    Path dir;

    @Test
    void theStoredIndexesAreReadForTheBundledData() {
        ReferenceData bundled = ReferenceDataLoader.loadBundled();
        byte[] stored = ReferenceDataLoader.bundledIndexSnapshot(bundled);
        assertThat(stored).as("the build stores them").isNotEmpty();
        ScreenerIndexes indexes = new ScreenerIndexes(bundled, stored);
        indexes.buildTable();
        indexes.buildOthers();
        assertThat(indexes.allRead()).isTrue();
    }

    @Test
    void dataWithAnotherDigestGetsNoStoredIndexes() throws IOException {
        TestData.copyDataTo(dir);
        Path contacts = dir.resolve("contacts.yaml");
        Files.writeString(contacts, Files.readString(contacts) + "\n# a comment changes the digest, not the terms\n");
        ReferenceData changed = ReferenceDataLoader.loadDirectory(dir);
        assertThat(ReferenceDataLoader.bundledIndexSnapshot(changed)).isEmpty();
    }

    @Test
    void storedIndexesOfOtherTermsAreBuiltAnew() throws IOException {
        TestData.copyDataTo(dir);
        Path sectors = dir.resolve("sectors.yaml");
        Files.writeString(sectors, Files.readString(sectors).replace("\"ionenval\", \"ion-trap\"",
                "\"ionenval\", \"fluxcondensator\", \"ion-trap\""));
        ScreenerIndexes indexes = new ScreenerIndexes(ReferenceDataLoader.loadDirectory(dir),
                ReferenceDataLoader.bundledIndexSnapshot(ReferenceDataLoader.loadBundled()));
        indexes.buildTable();
        indexes.buildOthers();
        assertThat(indexes.allRead()).as("the table's terms and the data's digest differ").isFalse();
        assertThat(new Screener(indexes).matchTopic("fluxcondensatoren")).extracting(m -> m.sector().id())
                .containsExactly("quantum");
    }
}
