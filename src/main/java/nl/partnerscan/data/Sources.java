package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.partnerscan.core.Source;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code sources.yaml}: the data's version and the documents every entry of the other files names as its
 * {@code source}; the other binders check each {@code source} against it.
 */
final class Sources {
    private final String dataVersion;
    private final List<Source> sources;
    private final Set<String> ids = new TreeSet<>();

    private Sources(YamlMap file) {
        this.dataVersion = file.string("data_version");
        List<Source> read = new ArrayList<>();
        for (Node node : file.list("sources")) {
            YamlMap map = file.child(node, "a source");
            String id = map.string("id");
            if (!ids.add(id)) {
                throw map.errorAt("id", "duplicate source id '" + id + "'");
            }
            read.add(new Source(id, map.string("title"), map.string("publisher"), map.string("date"),
                    map.string("kind")));
        }
        this.sources = List.copyOf(read);
    }

    static Sources bind(YamlMap file) {
        return new Sources(file);
    }

    String dataVersion() {
        return dataVersion;
    }

    List<Source> all() {
        return sources;
    }

    boolean isKnown(String id) {
        return ids.contains(id);
    }

    /** The map's {@code source}, which must be one of the sources. */
    String known(YamlMap map) {
        String source = map.string("source");
        if (!ids.contains(source)) {
            throw map.errorAt("source", "unknown source '" + source + "'; sources.yaml lists: " + String.join(", ", ids));
        }
        return source;
    }
}
