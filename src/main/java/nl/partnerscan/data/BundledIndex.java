package nl.partnerscan.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.io.JarResources.Stamp;

/**
 * What the build knows about the bundled data files, written beside them at build time so that a run
 * need not find it out again: the list files the jar holds, which a run would otherwise learn by opening
 * the jar and walking its thousands of entries; and the data digest, which a run would otherwise compute
 * with SHA-256 over every file (on a cold JVM a large part of reading the data). The digest is used only
 * for exactly the files it was computed from: the same names, each with the length and CRC-32 the build
 * recorded; any other set of files is digested anew. Only for the bundled data; a data directory
 * ({@code --data}) is always listed and digested anew.
 *
 * <p>Format: UTF-8 text, one item per line: {@code list NAME} per list file, in reading order;
 * {@code digest sha256:HEX}; {@code file NAME LENGTH CRC32} per file the digest covers.
 */
final class BundledIndex {
    /** The index's name, beside the bundled data files. */
    static final String RESOURCE = "bundled.index";

    private final List<String> listFiles;
    private final Optional<String> digest;
    /** The length and CRC-32 of each file the digest covers. */
    private final Map<String, Stamp> files;

    /** Where a check of the bundled files gets their stamps, by name ({@code sectors.yaml}). */
    @FunctionalInterface
    interface Stamps {
        /** The stamp of the file {@code name}, or null if there is none. */
        Stamp of(String name) throws IOException;
    }

    private BundledIndex(List<String> listFiles, Optional<String> digest, Map<String, Stamp> files) {
        this.listFiles = List.copyOf(listFiles);
        this.digest = digest;
        this.files = Map.copyOf(files);
    }

    /** The list files ({@code lists/NAME}), in reading order. */
    List<String> listFiles() {
        return listFiles;
    }

    /**
     * The digest the build computed, if {@code read} (the files read, by name, in reading order) are
     * exactly the files it was computed from; empty otherwise, and the caller digests them itself.
     */
    Optional<String> digest(List<String> read, Map<String, DataFiles.FileContent> contents) {
        if (digest.isEmpty() || read.size() != files.size() || !new HashSet<>(read).equals(files.keySet())) {
            return Optional.empty();
        }
        for (String name : read) {
            if (!stamped(name, contents.get(name).bytes())) {
                return Optional.empty();
            }
        }
        return digest;
    }

    /**
     * The digest the build computed, if every file it covers has the length and CRC-32 the build recorded,
     * as {@code stamps} gives them (null for a file that is missing); empty otherwise.
     */
    Optional<String> digest(Stamps stamps) throws IOException {
        for (Map.Entry<String, Stamp> file : files.entrySet()) {
            if (!file.getValue().equals(stamps.of(file.getKey()))) {
                return Optional.empty();
            }
        }
        return digest;
    }

    private boolean stamped(String name, byte[] bytes) {
        return files.get(name).equals(Stamp.of(bytes));
    }

    /** Reads an index; empty if {@code in} is null (a jar built without the build step). */
    static Optional<BundledIndex> read(InputStream in) throws IOException {
        if (in == null) {
            return Optional.empty();
        }
        List<String> lists = new ArrayList<>();
        Optional<String> digest = Optional.empty();
        Map<String, Stamp> files = new HashMap<>();
        for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "list" -> lists.add(words[1]);
                case "digest" -> digest = Optional.of(words[1]);
                case "file" -> files.put(words[1], new Stamp(Long.parseLong(words[2]), Long.parseLong(words[3])));
                default -> throw new IOException("not a line of the index of the bundled files: " + line);
            }
        }
        return Optional.of(new BundledIndex(lists, digest, files));
    }

    /**
     * The index of the data directory {@code directory}: its list files, and the digest of all its files
     * as loading them computes it.
     */
    static String write(Path directory) throws IOException {
        return write(directory, ReferenceDataLoader.loadDirectory(directory));
    }

    /** The index of the data directory {@code directory}, whose files were loaded as {@code data}. */
    private static String write(Path directory, ReferenceData data) throws IOException {
        StringBuilder out = new StringBuilder();
        List<String> lists = ReferenceDataLoader.directoryLists(directory);
        lists.forEach(name -> out.append("list ").append(name).append('\n'));
        out.append("digest ").append(data.dataDigest()).append('\n');
        List<String> names = new ArrayList<>(ReferenceDataLoader.FILES);
        names.addAll(lists);
        for (String name : names) {
            byte[] bytes = Files.readAllBytes(directory.resolve(name));
            Stamp stamp = Stamp.of(bytes);
            out.append("file ").append(name).append(' ').append(stamp.length()).append(' ')
                    .append(stamp.crc()).append('\n');
        }
        return out.toString();
    }

    /**
     * Build step: writes the index of the bundled data directory {@code args[0]} (in the class output,
     * e.g. {@code target/classes/nl/partnerscan/data}), the data as bound ({@link BoundDataFile}) and the
     * screener's indexes of that data ({@link IndexSnapshotFile}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: BundledIndex DATA-DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        ReferenceData data = ReferenceDataLoader.loadDirectory(directory); // once, for the three files
        Files.writeString(directory.resolve(RESOURCE), write(directory, data), StandardCharsets.UTF_8);
        Files.write(directory.resolve(IndexSnapshotFile.RESOURCE), IndexSnapshotFile.write(data));
        Files.write(directory.resolve(BoundDataFile.RESOURCE), BoundDataFile.write(data));
    }
}
