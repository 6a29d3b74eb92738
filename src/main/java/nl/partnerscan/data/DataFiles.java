package nl.partnerscan.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The files of one data set as the binders see them, and what about reading them serves start-up rather
 * than meaning: each file is read once, and the digest covers every file in the order bound, and is the
 * build's ({@link BundledIndex}) when the files are exactly those it was computed from.
 */
final class DataFiles {
    /** The bytes of one data file and the name to show for it. */
    record FileContent(String label, byte[] bytes) {
    }

    private final Function<String, FileContent> reader;
    private final List<String> listFiles;
    /** The files read, in binding order: what the digest covers. */
    private final List<String> read = new ArrayList<>();
    private final Map<String, FileContent> contents = new HashMap<>();
    private final Optional<BundledIndex> index;

    /**
     * @param reader    reads a file by name ({@code sectors.yaml}, {@code lists/ca-nro.yaml})
     * @param listFiles the list files (YAML or CSV), in order
     * @param index     the digest computed at build time, used only for the files it was computed from
     */
    DataFiles(Function<String, FileContent> reader, List<String> listFiles, Optional<BundledIndex> index) {
        this.reader = reader;
        this.listFiles = List.copyOf(listFiles);
        this.index = index;
    }

    List<String> listFiles() {
        return listFiles;
    }

    /** A file's bytes, noted for the digest: in binding order. */
    FileContent read(String name) {
        FileContent content = contents.computeIfAbsent(name, reader);
        read.add(name);
        return content;
    }

    /** How a file read already is named in messages. */
    String label(String name) {
        return contents.get(name).label();
    }

    /** A YAML file's root, parsed with the safe parser. */
    YamlMap root(String name) {
        return parse(read(name));
    }

    /**
     * The digest of every file read so far, as {@code sha256:HEX}: of each file's name, a zero byte and its
     * bytes, in binding order.
     */
    String digest() {
        return index.flatMap(built -> built.digest(read, contents)).orElseGet(() -> {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
            for (String name : read) {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(contents.get(name).bytes());
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        });
    }

    /** A file's root, parsed with the safe parser. */
    static YamlMap parse(FileContent content) {
        return YamlMap.root(content.label(), SafeYaml.parse(content.label(), content.bytes()), "the file");
    }
}
