package nl.partnerscan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.data.ReferenceDataLoader;

/** The shipped reference data in data/, loaded once for all tests. */
public final class TestData {
    public static final Path DATA_DIR = Path.of("data");
    private static ReferenceData shipped;
    private static Screener screener;

    private TestData() {
    }

    public static synchronized ReferenceData shipped() {
        if (shipped == null) {
            shipped = ReferenceDataLoader.loadDirectory(DATA_DIR);
        }
        return shipped;
    }

    public static synchronized Screener screener() {
        if (screener == null) {
            screener = new Screener(shipped());
        }
        return screener;
    }

    /** Copies the shipped data files and lists into {@code dir}, making it a data directory for --data. */
    public static void copyDataTo(Path dir) throws IOException {
        Path lists = dir.resolve(ReferenceDataLoader.LISTS);
        Files.createDirectories(lists);
        for (String name : ReferenceDataLoader.FILES) {
            Files.copy(DATA_DIR.resolve(name), dir.resolve(name));
        }
        try (Stream<Path> files = Files.list(DATA_DIR.resolve(ReferenceDataLoader.LISTS))) {
            for (Path list : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".csv")).toList()) {
                Files.copy(list, lists.resolve(list.getFileName().toString()));
            }
        }
    }

    /** A source document's text from src/test/resources/sources. */
    public static String sourceText(String sourceId) {
        try {
            Path text = Path.of("src/test/resources/sources", sourceId + ".txt");
            Path markdown = Path.of("src/test/resources/sources", sourceId + ".md");
            return Files.readString(Files.exists(text) ? text : markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
