package nl.partnerscan.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.io.JarResources;

/**
 * Reads partnerscan's reference data: the YAML files of a data directory ({@link #FILES} and its lists), or the copy bundled in
 * the jar. Any problem is a {@link DataException} that names the file, line and column.
 */
public final class ReferenceDataLoader {
    /** The files a data directory holds, in the order they are read. */
    public static final List<String> FILES =
            List.of("sources.yaml", "sectors.yaml", "eu-critical-technologies.yaml", "dual-use.yaml", "questions.yaml",
                    "contacts.yaml", "scoring.yaml", "chinese-characters.yaml", "names.yaml", "normalisation.yaml", "qualified-heads.yaml",
                    "signals.yaml");

    /** The directory under the data directory whose *.yaml and *.csv files are lists to check partners against. */
    public static final String LISTS = "lists";

    /** Where the bundled data files are among partnerscan's resources. */
    static final String BUNDLED = "nl/partnerscan/data/";

    private ReferenceDataLoader() {
    }

    /**
     * The reference data shipped with partnerscan: as the build stored it bound, if it was stored from exactly
     * the bundled files ({@link BoundDataFile}); else bound from them.
     */
    public static ReferenceData loadBundled() {
        try (JarResources bundled = JarResources.open()) {
            Function<String, DataFiles.FileContent> files = name -> {
                String label = name + " (bundled)";
                try (InputStream in = bundled.open(BUNDLED + name)) {
                    if (in == null) {
                        throw new DataException(label, 0, 0, "missing from the partnerscan jar; rebuild it with mvn package");
                    }
                    return new DataFiles.FileContent(label, readBounded(label, in));
                } catch (IOException e) {
                    throw new DataException(label, 0, 0, "cannot be read: " + e.getMessage());
                }
            };
            BundledIndex index = bundledIndex(bundled);
            return storedData(bundled, index)
                    .orElseGet(() -> ReferenceDataBinder.prepare(files, index.listFiles(), Optional.of(index)).bind());
        }
    }

    /** The bundled data as the build bound and stored it ({@link BoundDataFile}), if it is of these files. */
    static Optional<ReferenceData> storedData(JarResources bundled, BundledIndex index) {
        try (InputStream in = bundled.open(BUNDLED + BoundDataFile.RESOURCE)) {
            return BoundDataFile.read(in, index, name -> bundled.stamp(BUNDLED + name));
        } catch (IOException e) {
            return Optional.empty(); // bound from the files instead, as by a jar without it
        }
    }

    /**
     * The screener's indexes that the build stored for the bundled data, as bytes for
     * {@link nl.partnerscan.core.ScreenerIndexes#ScreenerIndexes(ReferenceData, byte[])}; no bytes if
     * {@code data} is not the bundled data (its digest differs) or the jar holds none. Reading them takes a
     * fraction of the time building them takes.
     */
    public static byte[] bundledIndexSnapshot(ReferenceData data) {
        try (JarResources bundled = JarResources.open();
             InputStream in = bundled.open(BUNDLED + IndexSnapshotFile.RESOURCE)) {
            return IndexSnapshotFile.read(in, data);
        } catch (IOException e) {
            return new byte[0]; // the indexes are built instead, as by a jar without them
        }
    }

    /**
     * What the build recorded about the bundled files ({@link BundledIndex}): their list files, which a run
     * would otherwise find by listing the jar's entries, and their digest.
     */
    static BundledIndex bundledIndex(JarResources bundled) {
        try (InputStream in = bundled.open(BUNDLED + BundledIndex.RESOURCE)) {
            return BundledIndex.read(in).orElseThrow(() -> new DataException("lists (bundled)", 0, 0,
                    "the index of the bundled files is missing from the partnerscan jar; rebuild it with mvn package"));
        } catch (IOException e) {
            throw new DataException("lists (bundled)", 0, 0, "cannot be listed: " + e.getMessage());
        }
    }

    private static boolean isListFile(String name) {
        return name.endsWith(".yaml") || name.endsWith(".csv");
    }

    /** The reference data in {@code directory}, which must hold every file of {@link #FILES}. */
    public static ReferenceData loadDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new DataException(directory.toString(), 0, 0, "is not a directory; --data takes a directory that holds "
                    + String.join(", ", FILES));
        }
        return ReferenceDataBinder.prepare(name -> {
            Path file = directory.resolve(name);
            String label = file.toString();
            try (InputStream in = Files.newInputStream(file)) {
                return new DataFiles.FileContent(label, readBounded(label, in));
            } catch (NoSuchFileException e) {
                throw new DataException(label, 0, 0, "no such file; a data directory holds " + String.join(", ", FILES)
                        + " (copy the data/ directory of partnerscan and edit it)");
            } catch (IOException e) {
                throw new DataException(label, 0, 0, "cannot be read: " + e.getMessage());
            }
        }, directoryLists(directory), Optional.empty()).bind();
    }

    /** The list files under {@code directory}/lists, as names relative to {@code directory}, sorted. */
    static List<String> directoryLists(Path directory) {
        Path lists = directory.resolve(LISTS);
        if (!Files.isDirectory(lists)) {
            return List.of();
        }
        try (var files = Files.list(lists)) {
            return files.map(p -> LISTS + "/" + p.getFileName()).filter(ReferenceDataLoader::isListFile).sorted().toList();
        } catch (IOException e) {
            throw new DataException(lists.toString(), 0, 0, "cannot be listed: " + e.getMessage());
        }
    }

    /**
     * A list file given on the command line ({@code --list FILE}): YAML in the format of the bundled lists,
     * CSV with a header holding {@code name} and, if wanted, {@code aliases}, {@code country}, {@code kind},
     * {@code source}; the FollowTheMoney entity lines of OpenSanctions; or the US Consolidated Screening
     * List as CSV or JSON. Read as a stream: its size is bounded by the memory given to Java alone.
     */
    public static DesignationList loadList(Path file) {
        return ListFiles.load(file);
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
