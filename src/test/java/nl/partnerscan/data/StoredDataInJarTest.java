package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.partnerscan.TestData;
import nl.partnerscan.io.JarResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's run reads the bundled files from partnerscan's jar, and tells from the jar's directory alone
 * whether they are the files the build stored its data for: it uses the stored data for an unchanged jar,
 * and binds the files of a jar whose data was edited after the build.
 */
class StoredDataInJarTest {
    @TempDir
    Path dir;

    /** Every file the build puts beside the classes: the data files and what it stored about them. */
    private static List<String> bundledNames() {
        List<String> names = new ArrayList<>(ReferenceDataLoader.FILES);
        names.addAll(ReferenceDataLoader.directoryLists(TestData.DATA_DIR));
        names.addAll(List.of(BundledIndex.RESOURCE, BoundDataFile.RESOURCE, IndexSnapshotFile.RESOURCE));
        return names;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/" + ReferenceDataLoader.BUNDLED + name)) {
            assertThat(in).as(name + " is among the class resources (mvn process-classes)").isNotNull();
            return in.readAllBytes();
        }
    }

    /** A jar holding the bundled files as the build wrote them, each passed through {@code edit} by name. */
    private Path jar(Map<String, UnaryOperator<byte[]>> edits) throws IOException {
        Path jar = dir.resolve("partnerscan.jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("nl/partnerscan/cli/Main.class")); // a class beside them, as in the jar
            zip.closeEntry();
            for (String name : bundledNames()) {
                zip.putNextEntry(new ZipEntry(ReferenceDataLoader.BUNDLED + name));
                zip.write(edits.getOrDefault(name, UnaryOperator.identity()).apply(resource(name)));
                zip.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aJarGivesEachBundledFileWithTheLengthAndCrcOfItsBytes() throws IOException {
        try (JarResources bundled = JarResources.inJar(jar(Map.of()))) {
            for (String name : bundledNames()) {
                try (InputStream in = bundled.open(ReferenceDataLoader.BUNDLED + name)) {
                    byte[] bytes = in.readAllBytes();
                    assertThat(bytes).as(name).isEqualTo(resource(name));
                    assertThat(bundled.stamp(ReferenceDataLoader.BUNDLED + name)).as(name)
                            .isEqualTo(JarResources.Stamp.of(bytes));
                }
            }
            assertThat(bundled.open(ReferenceDataLoader.BUNDLED + "nowhere.yaml")).isNull();
            assertThat(bundled.stamp(ReferenceDataLoader.BUNDLED + "nowhere.yaml")).isNull();
        }
    }

    @Test
    void theStoredDataOfAnUnchangedJarIsUsedAndEqualsTheBoundData() throws IOException {
        try (JarResources bundled = JarResources.inJar(jar(Map.of()))) {
            assertThat(ReferenceDataLoader.storedData(bundled, ReferenceDataLoader.bundledIndex(bundled)))
                    .contains(TestData.shipped());
        }
    }

    @Test
    void aJarWhoseDataWasEditedAfterTheBuildIsBoundFromItsFiles() throws IOException {
        // One letter of the table changed: the same length, another CRC-32.
        UnaryOperator<byte[]> edit = bytes -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            int at = text.indexOf("quantum");
            assertThat(at).isPositive();
            return (text.substring(0, at) + "Quantum" + text.substring(at + "quantum".length()))
                    .getBytes(StandardCharsets.UTF_8);
        };
        try (JarResources bundled = JarResources.inJar(jar(Map.of("sectors.yaml", edit)))) {
            assertThat(ReferenceDataLoader.storedData(bundled, ReferenceDataLoader.bundledIndex(bundled))).isEmpty();
        }
        try (JarResources bundled = JarResources.inJar(jar(Map.of("questions.yaml", bytes -> new byte[0])))) {
            assertThat(ReferenceDataLoader.storedData(bundled, ReferenceDataLoader.bundledIndex(bundled)))
                    .as("an emptied file").isEmpty();
        }
    }
}
