package nl.partnerscan.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import nl.partnerscan.core.ReferenceData;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The node trees stored at build time: read back, they are the trees the parser makes, and they are
 * used only for the very bytes they were made from.
 */
class NodeSnapshotTest {
    private static final Path DATA = Path.of("data");

    private static Map<String, byte[]> dataFiles() throws IOException {
        Map<String, byte[]> files = NodeSnapshot.yamlFiles(DATA);
        assertThat(files).containsKeys("sectors.yaml", "lists/ca-nro.yaml");
        return new LinkedHashMap<>(files);
    }

    private static NodeSnapshot snapshotOf(Map<String, byte[]> files) throws IOException {
        return NodeSnapshot.read(new ByteArrayInputStream(NodeSnapshot.write(files))).orElseThrow();
    }

    /** Kind, tag, value, style, line and column of every node, in order. */
    private static String describe(Node node) {
        StringBuilder out = new StringBuilder();
        describe(node, out);
        return out.toString();
    }

    private static void describe(Node node, StringBuilder out) {
        out.append(node.getNodeId()).append(' ').append(node.getTag().getValue()).append(" @")
                .append(node.getStartMark().getLine()).append(':').append(node.getStartMark().getColumn());
        if (node instanceof ScalarNode scalar) {
            out.append(' ').append(scalar.getScalarStyle()).append(" [").append(scalar.getValue()).append("]\n");
        } else if (node instanceof SequenceNode sequence) {
            out.append(' ').append(sequence.getFlowStyle()).append('\n');
            sequence.getValue().forEach(item -> describe(item, out));
        } else {
            out.append(' ').append(((MappingNode) node).getFlowStyle()).append('\n');
            ((MappingNode) node).getValue().forEach(tuple -> {
                describe(tuple.getKeyNode(), out);
                describe(tuple.getValueNode(), out);
            });
        }
    }

    @Test
    void everyTreeReadBackIsTheTreeTheParserMakes() throws IOException {
        Map<String, byte[]> files = dataFiles();
        NodeSnapshot snapshot = snapshotOf(files);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Node parsed = SafeYaml.parse(file.getKey(), file.getValue());
            Optional<Node> stored = snapshot.tree(file.getKey(), file.getKey(), file.getValue());
            assertThat(stored).as(file.getKey()).isPresent();
            assertThat(describe(stored.get())).as(file.getKey()).isEqualTo(describe(parsed));
        }
    }

    @Test
    void theBundledDataFromTheBuildsSnapshotIsTheDataOfTheDataDirectory() throws IOException {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream("/nl/partnerscan/data/" + NodeSnapshot.RESOURCE)) {
            assertThat(in).as("the build writes the snapshot beside the bundled data (mvn process-classes)").isNotNull();
        }
        ReferenceData bundled = ReferenceDataLoader.loadBundled();
        ReferenceData directory = ReferenceDataLoader.loadDirectory(DATA);
        assertThat(bundled.dataDigest()).isEqualTo(directory.dataDigest());
        assertThat(bundled).isEqualTo(directory);
    }

    @Test
    void aFileChangedAfterTheSnapshotIsNotTakenFromIt() throws IOException {
        Map<String, byte[]> files = dataFiles();
        NodeSnapshot snapshot = snapshotOf(files);
        byte[] sources = files.get("sources.yaml");
        byte[] edited = new String(sources, StandardCharsets.UTF_8).replace("data_version:", "data_version:  ")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(edited).isNotEqualTo(sources);
        assertThat(snapshot.tree("sources.yaml", "sources.yaml", edited)).isEmpty();
        byte[] sameLength = sources.clone();
        sameLength[sameLength.length - 2] ^= 1;
        assertThat(snapshot.tree("sources.yaml", "sources.yaml", sameLength)).as("same length, other bytes").isEmpty();
        assertThat(snapshot.tree("unknown.yaml", "unknown.yaml", sources)).isEmpty();
    }

    @Test
    void aSnapshotOfAnotherFormatIsIgnored() throws IOException {
        assertThat(NodeSnapshot.read(null)).isEmpty();
        assertThat(NodeSnapshot.read(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(NodeSnapshot.read(new ByteArrayInputStream("PSN1 an older format".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
    }

    @Test
    void errorsInATreeFromTheSnapshotNameTheLineAndColumnAsTheParserWould() throws IOException {
        Map<String, byte[]> files = dataFiles();
        files.put("sources.yaml", "sources:\n  - id: nctv-2023\n    title: 12\n    unknown_field: x\n"
                .getBytes(StandardCharsets.UTF_8));
        NodeSnapshot snapshot = snapshotOf(files);
        ReferenceDataBinder fromSnapshot = ReferenceDataBinder.prepare(name -> new DataFiles.FileContent(name,
                files.get(name)), List.of(), Optional.of(snapshot), Optional.empty());
        ReferenceDataBinder parsed = ReferenceDataBinder.prepare(name -> new DataFiles.FileContent(name,
                files.get(name)), List.of(), Optional.empty(), Optional.empty());
        String fromSnapshotError = errorOf(fromSnapshot);
        assertThat(fromSnapshotError).contains("sources.yaml:").isEqualTo(errorOf(parsed));
    }

    private static String errorOf(ReferenceDataBinder binder) {
        try {
            binder.bind();
        } catch (DataException e) {
            return e.getMessage();
        }
        throw new AssertionError("the binding should have failed");
    }
}
