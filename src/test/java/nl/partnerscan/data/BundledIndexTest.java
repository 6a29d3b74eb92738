package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.partnerscan.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's index of the bundled files says what the data directory holds, so that a run may trust it;
 * and its digest is never given for files other than those it was computed from.
 */
class BundledIndexTest {
    @TempDir
    Path dir;

    private static BundledIndex bundled() throws IOException {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/nl/partnerscan/data/" + BundledIndex.RESOURCE)) {
            assertThat(in).as("the build writes the index beside the bundled data (mvn process-classes)").isNotNull();
            return BundledIndex.read(in).orElseThrow();
        }
    }

    private static BundledIndex indexOf(Path directory) throws IOException {
        return BundledIndex.read(new ByteArrayInputStream(BundledIndex.write(directory).getBytes(StandardCharsets.UTF_8)))
                .orElseThrow();
    }

    /** The data in {@code directory}, bound as the bundled data is: with {@code index}'s digest where it fits. */
    private static String digestWith(BundledIndex index, Path directory) {
        List<String> lists = ReferenceDataLoader.directoryLists(directory);
        return ReferenceDataBinder.prepare(name -> {
            try {
                return new DataFiles.FileContent(name, Files.readAllBytes(directory.resolve(name)));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }, lists, Optional.of(index)).bind().dataDigest();
    }

    @Test
    void theBuildsIndexNamesEveryListFileOfTheDataDirectoryInReadingOrder() throws IOException {
        assertThat(bundled().listFiles()).isNotEmpty()
                .isEqualTo(ReferenceDataLoader.directoryLists(TestData.DATA_DIR));
    }

    @Test
    void theBuildsDigestIsTheDigestOfTheDataDirectory() throws IOException {
        String computed = ReferenceDataLoader.loadDirectory(TestData.DATA_DIR).dataDigest();
        assertThat(digestWith(bundled(), TestData.DATA_DIR)).isEqualTo(computed);
        assertThat(ReferenceDataLoader.loadBundled().dataDigest()).isEqualTo(computed);
    }

    /** A change to a data directory. */
    private interface Change {
        void apply(Path directory) throws IOException;
    }

    /** Indexes a copy of the data, changes the copy, and expects its digest computed anew, not the index's. */
    private void assertDigestedAnewAfter(Change change) throws IOException {
        TestData.copyDataTo(dir);
        BundledIndex index = indexOf(dir);
        String before = digestWith(index, dir);
        change.apply(dir);
        assertThat(digestWith(index, dir)).isNotEqualTo(before).isEqualTo(ReferenceDataLoader.loadDirectory(dir).dataDigest());
    }

    @Test
    void aFileChangedSinceTheIndexWasWrittenIsDigestedAnew() throws IOException {
        assertDigestedAnewAfter(directory -> {
            Path sectors = directory.resolve("sectors.yaml");
            Files.writeString(sectors, Files.readString(sectors).replace("Kwantumtechnologie", "Kwantumtechniek"));
        });
    }

    @Test
    void aFileChangedInPlaceWithItsLengthKeptIsDigestedAnew() throws IOException {
        assertDigestedAnewAfter(directory -> {
            Path sources = directory.resolve("sources.yaml");
            byte[] bytes = Files.readAllBytes(sources);
            assertThat(bytes[2]).as("test set-up: sources.yaml begins with a comment").isEqualTo((byte) 'T');
            bytes[2] = 'D'; // "# Dhe documents ...": the same length, other bytes
            Files.write(sources, bytes);
        });
    }

    @Test
    void aListFileAddedSinceTheIndexWasWrittenIsDigestedAnew() throws IOException {
        assertDigestedAnewAfter(directory -> {
            Path copy = directory.resolve("lists/seven-sons-copy.yaml");
            Files.writeString(copy, Files.readString(directory.resolve("lists/seven-sons.yaml"))
                    .replace("id: \"seven-sons\"", "id: \"seven-sons-copy\""));
        });
    }
}
