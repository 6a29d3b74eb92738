package nl.partnerscan.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.partnerscan.TestData;
import nl.partnerscan.data.DataException;
import nl.partnerscan.data.ReferenceDataLoader;

/**
 * Any bytes as any data file: the loader either loads or refuses with a {@link DataException}; nothing
 * else escapes (no YAML, parse or runtime exception, no object built from a tag).
 */
class YamlLoaderFuzzTest {
    private static final Path DIR = copyOfShippedData();

    private static Path copyOfShippedData() {
        try {
            Path dir = Files.createTempDirectory("partnerscan-fuzz-data");
            for (String name : ReferenceDataLoader.FILES) {
                Files.copy(TestData.DATA_DIR.resolve(name), dir.resolve(name));
            }
            Files.createDirectories(dir.resolve("lists"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void loader(FuzzedDataProvider data) throws IOException {
        List<String> files = List.of("sources.yaml", "sectors.yaml", "questions.yaml", "contacts.yaml", "scoring.yaml",
                "names.yaml", "lists/fuzzed.yaml");
        String name = files.get(data.consumeInt(0, files.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        Path file = DIR.resolve(name);
        byte[] original = name.startsWith("lists/") ? null : Files.readAllBytes(file);
        Files.write(file, bytes);
        try {
            ReferenceDataLoader.loadDirectory(DIR);
        } catch (DataException refused) {
            // The one way to refuse: with file, line and column.
        } finally {
            if (original == null) {
                Files.delete(file);
            } else {
                Files.write(file, original);
            }
        }
    }
}
