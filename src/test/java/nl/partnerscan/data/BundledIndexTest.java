package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;

/** The build's index of the bundled files says what the data directory holds, so that a run may trust it. */
class BundledIndexTest {
    private static BundledIndex bundled() throws IOException {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/nl/partnerscan/data/" + BundledIndex.RESOURCE)) {
            assertThat(in).as("the build writes the index beside the bundled data (mvn process-classes)").isNotNull();
            return BundledIndex.read(in).orElseThrow();
        }
    }

    @Test
    void theBuildsIndexNamesEveryListFileOfTheDataDirectoryInReadingOrder() throws IOException {
        assertThat(bundled().listFiles()).isNotEmpty()
                .isEqualTo(ReferenceDataLoader.directoryLists(TestData.DATA_DIR));
    }
}
