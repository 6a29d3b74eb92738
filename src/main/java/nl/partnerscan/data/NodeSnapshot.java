package nl.partnerscan.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The node trees of the bundled data files, parsed at build time and stored in a compact binary form
 * beside them, so that a run does not scan the YAML again: for a single {@code screen}, SnakeYAML's
 * scanner running cold is the largest part of the start-up time. A tree read back is the tree
 * {@link SafeYaml#parse} made (kinds, tags, values, styles, and the line and column of every node, which
 * the binder's errors name), so the binder checks and binds it exactly as it would the parsed file.
 *
 * <p>A tree is used only for a file whose length and CRC-32 are those it was made from; any other file
 * (edited after the build, or a user's {@code --data}) is parsed as YAML. {@link #main} writes the snapshot
 * at build time.
 *
 * <p>Format: a magic number, then per file its name, length, CRC-32, a table of the strings its tree uses,
 * and the tree in pre-order: per node its kind, tag, style, line and column, then a scalar's value or a
 * collection's size and children. Numbers are unsigned variable-length integers.
 *
 * <p>Just over 300 lines: the writer and the reader of the format stay in one file, side by side, so that a
 * change to one is seen beside the other.
 */
final class NodeSnapshot {
    /** The snapshot's name, beside the bundled data files. */
    static final String RESOURCE = "nodes.snapshot";

    private static final int MAGIC = 0x50534e32; // "PSN2"
    private static final int SCALAR = 0;
    private static final int SEQUENCE = 1;
    private static final int MAPPING = 2;
    private static final DumperOptions.ScalarStyle[] SCALAR_STYLES = DumperOptions.ScalarStyle.values();
    private static final DumperOptions.FlowStyle[] FLOW_STYLES = DumperOptions.FlowStyle.values();
    /** Marks keep no snippet of the text: errors name the line and column only. */
    private static final int[] NO_SNIPPET = new int[0];

    /** One file's entry: what it was made from, and where its encoded tree is. */
    private record Entry(int length, long crc, int offset, int end) {
    }

    private final byte[] bytes;
    private final Map<String, Entry> entries;

    private NodeSnapshot(byte[] bytes, Map<String, Entry> entries) {
        this.bytes = bytes;
        this.entries = entries;
    }

    /**
     * Reads a snapshot; empty if {@code in} is null or holds no snapshot of this format (one from another
     * version of partnerscan), in which case every file is parsed as YAML.
     */
    static Optional<NodeSnapshot> read(InputStream in) throws IOException {
        if (in == null) {
            return Optional.empty();
        }
        byte[] bytes = in.readAllBytes();
        Reader reader = new Reader(bytes, 0);
        if (bytes.length < 4 || reader.int32() != MAGIC) {
            return Optional.empty();
        }
        Map<String, Entry> entries = new HashMap<>();
        int files = reader.number();
        for (int i = 0; i < files; i++) {
            String name = reader.string();
            int length = reader.number();
            long crc = reader.int32() & 0xffffffffL;
            int size = reader.number();
            entries.put(name, new Entry(length, crc, reader.position, reader.position + size));
            reader.position += size;
        }
        return Optional.of(new NodeSnapshot(bytes, entries));
    }

    /**
     * The tree of the file {@code name} if this snapshot was made from exactly {@code content}; empty
     * otherwise. {@code label} names the file in the marks, as the parser would.
     */
    Optional<Node> tree(String name, String label, byte[] content) {
        Entry entry = entries.get(name);
        if (entry == null || entry.length() != content.length || entry.crc() != crc(content)) {
            return Optional.empty();
        }
        Reader reader = new Reader(bytes, entry.offset());
        String[] strings = new String[reader.number()];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = reader.string();
        }
        Map<String, Tag> tags = new HashMap<>();
        return Optional.of(reader.node(label, strings, tags));
    }

    /** The CRC-32 of a file's bytes: cheap (the JVM computes it natively) and enough to notice an edit. */
    static long crc(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }

    /** Reads the encoded form; each call to {@link #tree} has its own, so threads may decode files at once. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes, int position) {
            this.bytes = bytes;
            this.position = position;
        }

        int int32() {
            int value = ((bytes[position] & 0xff) << 24) | ((bytes[position + 1] & 0xff) << 16)
                    | ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
            position += 4;
            return value;
        }

        int number() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[position++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        String string() {
            int length = number();
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }

        Node node(String label, String[] strings, Map<String, Tag> tags) {
            int kind = bytes[position++];
            Tag tag = tags.computeIfAbsent(strings[number()], Tag::new);
            int style = number();
            Mark mark = new Mark(label, 0, number(), number(), NO_SNIPPET, 0);
            switch (kind) {
                case SCALAR:
                    return new ScalarNode(tag, strings[number()], mark, mark, SCALAR_STYLES[style]);
                case SEQUENCE: {
                    int size = number();
                    List<Node> items = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        items.add(node(label, strings, tags));
                    }
                    return new SequenceNode(tag, true, items, mark, mark, FLOW_STYLES[style]);
                }
                case MAPPING: {
                    int size = number();
                    List<NodeTuple> tuples = new ArrayList<>(size);
                    for (int i = 0; i < size; i++) {
                        Node key = node(label, strings, tags);
                        tuples.add(new NodeTuple(key, node(label, strings, tags)));
                    }
                    return new MappingNode(tag, true, tuples, mark, mark, FLOW_STYLES[style]);
                }
                default:
                    throw new IllegalStateException("not a node kind in the snapshot: " + kind);
            }
        }
    }

    /** Encodes trees; strings are numbered in a table per file, so that a repeated key is stored once. */
    private static final class Writer {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        void int32(int value) {
            out.write(value >>> 24);
            out.write(value >>> 16);
            out.write(value >>> 8);
            out.write(value);
        }

        void number(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("negative number in the snapshot: " + value);
            }
            while ((value & ~0x7f) != 0) {
                out.write((value & 0x7f) | 0x80);
                value >>>= 7;
            }
            out.write(value);
        }

        void string(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            number(utf8.length);
            out.write(utf8, 0, utf8.length);
        }

        void bytes(byte[] value) {
            out.write(value, 0, value.length);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        /** One file's string table and tree. */
        static byte[] tree(Node root) {
            Map<String, Integer> table = new LinkedHashMap<>();
            Writer body = new Writer();
            body.node(root, table);
            Writer file = new Writer();
            file.number(table.size());
            table.keySet().forEach(file::string);
            file.bytes(body.toByteArray());
            return file.toByteArray();
        }

        private void node(Node node, Map<String, Integer> table) {
            Mark mark = node.getStartMark();
            if (node instanceof ScalarNode scalar) {
                out.write(SCALAR);
                number(index(table, node.getTag().getValue()));
                number(scalar.getScalarStyle().ordinal());
                number(mark.getLine());
                number(mark.getColumn());
                number(index(table, scalar.getValue()));
            } else if (node instanceof SequenceNode sequence) {
                out.write(SEQUENCE);
                number(index(table, node.getTag().getValue()));
                number(sequence.getFlowStyle().ordinal());
                number(mark.getLine());
                number(mark.getColumn());
                number(sequence.getValue().size());
                sequence.getValue().forEach(item -> node(item, table));
            } else if (node instanceof MappingNode mapping) {
                out.write(MAPPING);
                number(index(table, node.getTag().getValue()));
                number(mapping.getFlowStyle().ordinal());
                number(mark.getLine());
                number(mark.getColumn());
                number(mapping.getValue().size());
                for (NodeTuple tuple : mapping.getValue()) {
                    node(tuple.getKeyNode(), table);
                    node(tuple.getValueNode(), table);
                }
            } else {
                throw new IllegalArgumentException("a data file holds no " + node.getNodeId() + " node");
            }
        }

        private static int index(Map<String, Integer> table, String value) {
            return table.computeIfAbsent(value, v -> table.size());
        }
    }

    /** The snapshot of the given files (name and bytes, each parsed with {@link SafeYaml}). */
    static byte[] write(Map<String, byte[]> files) {
        Writer out = new Writer();
        out.int32(MAGIC);
        out.number(files.size());
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            byte[] tree = Writer.tree(SafeYaml.parse(file.getKey(), file.getValue()));
            out.string(file.getKey());
            out.number(file.getValue().length);
            out.int32((int) crc(file.getValue()));
            out.number(tree.length);
            out.bytes(tree);
        }
        return out.toByteArray();
    }

    /**
     * Build step: writes the snapshot of the data files under {@code args[0]} (the bundled data directory
     * in the class output, e.g. {@code target/classes/nl/partnerscan/data}): every file of
     * {@link ReferenceDataLoader#FILES} and every YAML list under {@code lists/}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NodeSnapshot DATA-DIRECTORY");
        }
        Path directory = Path.of(args[0]);
        Files.write(directory.resolve(RESOURCE), write(yamlFiles(directory)));
    }

    /** The YAML files of a data directory, by name, in reading order: {@link ReferenceDataLoader#FILES}, then the lists. */
    static Map<String, byte[]> yamlFiles(Path directory) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(ReferenceDataLoader.FILES);
        ReferenceDataLoader.directoryLists(directory).stream().filter(name -> name.endsWith(".yaml")).forEach(names::add);
        for (String name : names) {
            files.put(name, Files.readAllBytes(directory.resolve(name)));
        }
        return files;
    }
}
