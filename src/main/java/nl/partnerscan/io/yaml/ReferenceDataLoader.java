package nl.partnerscan.io.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import nl.partnerscan.core.ReferenceData;

/**
 * Reads partnerscan's reference data: the five YAML files of a data directory, or the copy bundled in
 * the jar. Any problem is a {@link DataException} that names the file, line and column.
 */
public final class ReferenceDataLoader {
    /** The files a data directory holds, in the order they are read. */
    public static final List<String> FILES =
            List.of("sources.yaml", "sectors.yaml", "questions.yaml", "contacts.yaml", "scoring.yaml");

    private static final String BUNDLED = "/nl/partnerscan/data/";

    private ReferenceDataLoader() {
    }

    /** The reference data shipped with partnerscan. */
    public static ReferenceData loadBundled() {
        return ReferenceDataBinder.bind(name -> {
            String label = name + " (bundled)";
            try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new DataException(label, 0, 0, "missing from the partnerscan jar; rebuild it with mvn package");
                }
                return new ReferenceDataBinder.FileContent(label, readBounded(label, in));
            } catch (IOException e) {
                throw new DataException(label, 0, 0, "cannot be read: " + e.getMessage());
            }
        });
    }

    /** The reference data in {@code directory}, which must hold every file of {@link #FILES}. */
    public static ReferenceData loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new DataException(directory.toString(), 0, 0, "is not a directory; --data takes a directory that holds "
                    + String.join(", ", FILES));
        }
        return ReferenceDataBinder.bind(name -> {
            Path file = directory.resolve(name);
            String label = file.toString();
            try (InputStream in = Files.newInputStream(file)) {
                return new ReferenceDataBinder.FileContent(label, readBounded(label, in));
            } catch (NoSuchFileException e) {
                throw new DataException(label, 0, 0, "no such file; a data directory holds " + String.join(", ", FILES)
                        + " (copy the data/ directory of partnerscan and edit it)");
            } catch (IOException e) {
                throw new DataException(label, 0, 0, "cannot be read: " + e.getMessage());
            }
        });
    }

    /** Reads at most one byte more than a data file may have, so that a huge file is refused without reading it all. */
    private static byte[] readBounded(String label, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(SafeYaml.MAX_BYTES + 1);
        if (bytes.length > SafeYaml.MAX_BYTES) {
            throw new DataException(label, 0, 0, "the file is larger than " + SafeYaml.MAX_BYTES
                    + " bytes (1 MiB), the most a data file may have");
        }
        return bytes;
    }
}
