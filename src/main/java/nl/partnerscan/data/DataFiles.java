package nl.partnerscan.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The files of one data set as the binders see them, and everything about reading them that serves
 * start-up rather than meaning: each file is read once; each YAML file is parsed once, by whichever thread
 * gets to it first (the binding thread in order, or one that {@link #help}s while it would otherwise
 * wait); a tree stored at build time stands in for parsing a file it was made from; and the digest covers
 * every file in the order bound, whoever parsed it, and is the build's ({@link BundledIndex}) when the files
 * are exactly those it was computed from.
 */
final class DataFiles {
    /** The bytes of one data file and the name to show for it. */
    record FileContent(String label, byte[] bytes) {
    }

    private final Function<String, FileContent> reader;
    private final List<String> listFiles;
    /** The files read by the binding thread, in binding order: what the digest covers. */
    private final List<String> read = new ArrayList<>();
    private final Map<String, FutureTask<YamlMap>> parsed = new LinkedHashMap<>();
    private final Map<String, FileContent> contents = new ConcurrentHashMap<>();
    private final Optional<NodeSnapshot> snapshot;
    private final Optional<BundledIndex> index;

    /**
     * @param reader    reads a file by name ({@code sectors.yaml}, {@code lists/ca-nro.yaml})
     * @param yamlFiles the YAML files to bind, in order (the list files among them)
     * @param listFiles the list files (YAML or CSV), in order
     * @param snapshot  trees made at build time, used only for the files they were made from
     * @param index     the digest computed at build time, used only for the files it was computed from
     */
    DataFiles(Function<String, FileContent> reader, List<String> yamlFiles, List<String> listFiles,
              Optional<NodeSnapshot> snapshot, Optional<BundledIndex> index) {
        this.reader = reader;
        this.listFiles = List.copyOf(listFiles);
        this.snapshot = snapshot;
        this.index = index;
        for (String name : yamlFiles) {
            parsed.put(name, new FutureTask<>(() -> tree(name, contents.computeIfAbsent(name, reader))));
        }
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

    /** A YAML file's root, parsing it now unless another thread already did or is doing so. */
    YamlMap root(String name) {
        FutureTask<YamlMap> task = parsed.get(name);
        read(name);
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Parses the files nobody has started yet, last first, so as to meet the binding thread halfway. */
    void help() {
        List<FutureTask<YamlMap>> tasks = new ArrayList<>(parsed.values());
        Collections.reverse(tasks);
        tasks.forEach(FutureTask::run);
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

    private YamlMap tree(String name, FileContent content) {
        Optional<Node> stored = snapshot.flatMap(s -> s.tree(name, content.label(), content.bytes()));
        return stored.isPresent() ? YamlMap.root(content.label(), stored.get(), "the file") : parse(content);
    }

    /** A file's root, parsed with the safe parser. */
    static YamlMap parse(FileContent content) {
        return YamlMap.root(content.label(), SafeYaml.parse(content.label(), content.bytes()), "the file");
    }
}
