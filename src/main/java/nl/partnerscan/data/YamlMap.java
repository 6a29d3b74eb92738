package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field, where every failure names the file, line and column and says
 * what was expected. Refuses duplicate keys when built. Every map of a file remembers which fields the
 * binder asked for; {@link #refuseUnread()} on the file's root then refuses any field nobody asked for
 * (a misspelt key would otherwise be ignored in silence), naming the fields that are known there.
 */
final class YamlMap {
    private final String file;
    private final String what;
    private final MappingNode node;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    /** The fields asked for, per map of the file (by node identity), shared by every map of one file. */
    private final Map<MappingNode, Asked> asked;

    /** The fields asked for in one map, and how that map is named in errors. */
    private static final class Asked {
        private final Set<String> keys = new HashSet<>();
        private String what;

        Asked(String what) {
            this.what = what;
        }
    }

    private YamlMap(String file, String what, MappingNode node, Map<MappingNode, Asked> asked) {
        this.file = file;
        this.what = what;
        this.node = node;
        this.asked = asked;
        asked.computeIfAbsent(node, k -> new Asked(what)).what = what;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalarKey)) {
                throw SafeYaml.at(file, key.getStartMark(), "a key in " + what + " must be plain text");
            }
            NodeTuple earlier = entries.putIfAbsent(scalarKey.getValue(), tuple);
            if (earlier != null) {
                throw SafeYaml.at(file, key.getStartMark(), "duplicate key '" + scalarKey.getValue() + "' in " + what
                        + " (first at line " + (earlier.getKeyNode().getStartMark().getLine() + 1)
                        + "); each key may appear once");
            }
        }
    }

    /** The root mapping {@code node} of a file, described as {@code what} in errors ("the file"). */
    static YamlMap root(String file, Node node, String what) {
        return of(file, node, what, new IdentityHashMap<>());
    }

    /** A mapping inside this file (an item of a list), described as {@code what} in errors ("sector 'quantum'"). */
    YamlMap child(Node child, String childWhat) {
        return of(file, child, childWhat, asked);
    }

    private static YamlMap of(String file, Node node, String what, Map<MappingNode, Asked> asked) {
        if (!(node instanceof MappingNode mapping)) {
            throw SafeYaml.at(file, node.getStartMark(), what + " must be a map of fields (key: value), found "
                    + describe(node));
        }
        return new YamlMap(file, what, mapping, asked);
    }

    String file() {
        return file;
    }

    /** How this map is named in errors ("sector 'quantum'"). */
    String what() {
        return what;
    }

    /** This map described as {@code what} in errors. */
    YamlMap as(String newWhat) {
        return new YamlMap(file, newWhat, node, asked);
    }

    /**
     * Accepts these fields without reading them: texts for the human reader of the file, such as
     * {@code based_on}, the source sentence a rule or check rests on.
     */
    void accept(String... keys) {
        asked.get(node).keys.addAll(Arrays.asList(keys));
    }

    /**
     * Refuses, at its line, the first field of any map of this file that the binder never asked for, and
     * names the fields it did ask for there. Call on the root once the file is bound.
     */
    void refuseUnread() {
        NodeTuple first = null;
        Asked firstIn = null;
        for (Map.Entry<MappingNode, Asked> map : asked.entrySet()) {
            for (NodeTuple tuple : map.getKey().getValue()) {
                String key = ((ScalarNode) tuple.getKeyNode()).getValue();
                if (!map.getValue().keys.contains(key) && (first == null
                        || tuple.getKeyNode().getStartMark().getIndex() < first.getKeyNode().getStartMark().getIndex())) {
                    first = tuple;
                    firstIn = map.getValue();
                }
            }
        }
        if (first != null) {
            throw SafeYaml.at(file, first.getKeyNode().getStartMark(), "unknown field '"
                    + ((ScalarNode) first.getKeyNode()).getValue() + "' in " + firstIn.what + "; expected one of: "
                    + String.join(", ", new TreeSet<>(firstIn.keys)));
        }
    }

    boolean has(String key) {
        ask(key);
        return entries.containsKey(key);
    }

    private void ask(String key) {
        asked.get(node).keys.add(key);
    }

    /** A required, non-blank text field. */
    String string(String key) {
        return optionalString(key).orElseThrow(() -> missing(key));
    }

    /** A text field that may be absent; present but blank is an error. */
    Optional<String> optionalString(String key) {
        Node value = value(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = scalar(key, value);
        if (text.isBlank()) {
            throw errorAt(key, "field '" + key + "' in " + what + " is empty; give a value or leave the field out");
        }
        return Optional.of(text);
    }

    /** A required whole number. */
    int integer(String key) {
        Node value = value(key);
        if (value == null) {
            throw missing(key);
        }
        String text = scalar(key, value);
        if (!value.getTag().equals(Tag.INT)) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a whole number, found '" + text + "'");
        }
        try {
            return Integer.parseInt(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a whole number that fits an int, found '"
                    + text + "'");
        }
    }

    /** A true/false field; absent is {@code absent}. */
    boolean bool(String key, boolean absent) {
        Optional<String> text = optionalString(key);
        if (text.isEmpty()) {
            return absent;
        }
        return switch (text.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw errorAt(key, "field '" + key + "' in " + what + " must be true or false, found '" + text.get() + "'");
        };
    }

    /** A required number with a fraction ({@code 0.9}). */
    double decimal(String key) {
        String text = string(key);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a number such as 0.9, found '" + text + "'");
        }
    }

    /** The keys of this map, in file order; every one counts as read (a map of free keys). */
    Set<String> keys() {
        asked.get(node).keys.addAll(entries.keySet());
        return Collections.unmodifiableSet(entries.keySet());
    }

    /** A required nested map. */
    YamlMap map(String key, String nestedWhat) {
        Node value = value(key);
        if (value == null) {
            throw missing(key);
        }
        return child(value, nestedWhat);
    }

    /** A required list of maps. */
    List<Node> list(String key) {
        Node value = value(key);
        if (value == null) {
            throw missing(key);
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a list, found " + describe(value));
        }
        return sequence.getValue();
    }

    /** A list of text items; absent is an empty list. Each item keeps its place for later errors. */
    List<Located> strings(String key) {
        Node value = value(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof SequenceNode sequence)) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a list of texts, found " + describe(value));
        }
        List<Located> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                throw SafeYaml.at(file, item.getStartMark(), "every item of '" + key + "' in " + what
                        + " must be a text, found " + describe(item));
            }
            if (scalar.getValue().isBlank()) {
                throw SafeYaml.at(file, item.getStartMark(), "an item of '" + key + "' in " + what + " is empty");
            }
            items.add(new Located(scalar.getValue(), item.getStartMark()));
        }
        return items;
    }

    /** A text with its place in the file. */
    record Located(String value, Mark mark) {
    }

    /** An error at the value of {@code key} (or at this map when the key is absent). */
    DataException errorAt(String key, String problem) {
        NodeTuple tuple = entries.get(key);
        Mark mark = tuple == null ? node.getStartMark() : tuple.getValueNode().getStartMark();
        return SafeYaml.at(file, mark, problem);
    }

    DataException errorAt(Located item, String problem) {
        return SafeYaml.at(file, item.mark(), problem);
    }

    private DataException missing(String key) {
        return SafeYaml.at(file, node.getStartMark(), what + " has no value for field '" + key + "'; add it");
    }

    private Node value(String key) {
        ask(key);
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return null;
        }
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            return null;
        }
        return value;
    }

    private String scalar(String key, Node value) {
        if (!(value instanceof ScalarNode scalar)) {
            throw errorAt(key, "field '" + key + "' in " + what + " must be a single value, found " + describe(value));
        }
        return scalar.getValue();
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.getTag().equals(Tag.NULL) ? "nothing" : "'" + scalar.getValue() + "'";
    }
}
