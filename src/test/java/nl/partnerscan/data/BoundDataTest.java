package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import nl.partnerscan.TestData;
import nl.partnerscan.core.QualifiedHead;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.match.SnapshotOut;
import nl.partnerscan.io.JarResources;
import org.junit.jupiter.api.Test;

/**
 * The data the build stores as bound is the data the files bind to, and a run reads it only for exactly the
 * files it was bound from; anything else is bound from the files.
 */
class BoundDataTest {
    private static final String BUNDLED = "/nl/partnerscan/data/";

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(BUNDLED + name)) {
            assertThat(in).as(name + " is written by the build (mvn process-classes)").isNotNull();
            return in.readAllBytes();
        }
    }

    private static BundledIndex index() throws IOException {
        return BundledIndex.read(new ByteArrayInputStream(resource(BundledIndex.RESOURCE))).orElseThrow();
    }

    /** The data directory's files, as a run reads the bundled ones. */
    private static DataFiles.FileContent file(String name) {
        try {
            return new DataFiles.FileContent(name, Files.readAllBytes(TestData.DATA_DIR.resolve(name)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Optional<ReferenceData> stored(byte[] bytes, Function<String, DataFiles.FileContent> files)
            throws IOException {
        return BoundDataFile.read(new ByteArrayInputStream(bytes), index(),
                name -> JarResources.Stamp.of(files.apply(name).bytes()));
    }

    @Test
    void theStoredDataIsWhatTheFilesBindTo() throws IOException {
        Optional<ReferenceData> stored = stored(resource(BoundDataFile.RESOURCE), BoundDataTest::file);
        assertThat(stored).as("read for the files it was bound from").isPresent();
        assertThat(stored.get()).isEqualTo(TestData.shipped());
        assertThat(ReferenceDataLoader.loadBundled()).isEqualTo(TestData.shipped());
    }

    @Test
    void writingTheSameDataGivesTheSameBytesAndReadsBackEqual() {
        byte[] bytes = BoundDataWriter.write(TestData.shipped());
        assertThat(BoundDataWriter.write(TestData.shipped())).isEqualTo(bytes);
        assertThat(BoundDataReader.read(bytes)).isEqualTo(TestData.shipped());
    }

    @Test
    void aRecordThatOccursTwiceIsReadAsOneObject() {
        ReferenceData read = BoundDataReader.read(BoundDataWriter.write(TestData.shipped()));
        assertThat(read.qualifiedHeads()).isNotEmpty();
        for (QualifiedHead head : read.qualifiedHeads()) {
            assertThat(read.sectors()).as(head.id()).anySatisfy(sector -> assertThat(sector).isSameAs(head.sector()));
        }
    }

    @Test
    void aFileChangedSinceTheBuildIsBoundInstead() throws IOException {
        Function<String, DataFiles.FileContent> changed = name -> name.equals("contacts.yaml")
                ? new DataFiles.FileContent(name, (new String(file(name).bytes(), StandardCharsets.UTF_8)
                        + "\n# a comment changes the file, not the records\n").getBytes(StandardCharsets.UTF_8))
                : file(name);
        assertThat(stored(resource(BoundDataFile.RESOURCE), changed)).isEmpty();
    }

    @Test
    void brokenOrForeignBytesAreBoundInstead() throws IOException {
        byte[] bytes = resource(BoundDataFile.RESOURCE);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 1;
        assertThat(stored(flipped, BoundDataTest::file)).as("a changed byte").isEmpty();
        assertThat(stored(Arrays.copyOf(bytes, bytes.length / 2), BoundDataTest::file)).as("cut short").isEmpty();
        assertThat(stored(new byte[0], BoundDataTest::file)).as("empty").isEmpty();
        SnapshotOut otherForm = new SnapshotOut();
        otherForm.writeInt(BoundDataWriter.FORMAT + 1);
        assertThat(stored(otherForm.checkedBytes(), BoundDataTest::file)).as("another form").isEmpty();
        assertThat(BoundDataFile.read(null, index(), name -> JarResources.Stamp.of(file(name).bytes())))
                .as("not in the jar").isEmpty();
    }
}
