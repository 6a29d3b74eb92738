package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A list file in YAML: {@code list:} with its source, {@code entries:} with the organisations, each with
 * its {@code aliases} and, if wanted, its {@code names} in other scripts. Or a supplement to a list
 * ({@code supplements: LIST-ID}): more names in other scripts for entries of that list, by the entry's
 * name.
 */
final class ListBinder {
    /** More names for the entries of one list, by entry name, in the order of the file. */
    record Supplement(String listId, String label, Map<String, List<ListedOrganisation.ScriptName>> names) {
    }

    private ListBinder() {
    }

    static boolean isSupplement(YamlMap file) {
        return file.has("supplements");
    }

    static DesignationList bind(YamlMap file) {
        YamlMap list = file.map("list", "list");
        String id = Fields.id(list);
        String kindText = list.string("kind");
        DesignationList.Kind kind = switch (kindText) {
            case "designation" -> DesignationList.Kind.DESIGNATION;
            case "assessment" -> DesignationList.Kind.ASSESSMENT;
            case "own" -> DesignationList.Kind.OWN;
            default -> throw list.errorAt("kind", "field 'kind' must be designation (a government's list), assessment"
                    + " or own, found '" + kindText + "'");
        };
        List<ListedOrganisation> entries = new ArrayList<>();
        for (Node node : file.list("entries")) {
            YamlMap entry = file.child(node, "an entry of list '" + id + "'");
            entry.accept("source");
            List<String> aliases = new ArrayList<>();
            entry.strings("aliases").forEach(alias -> aliases.add(alias.value().strip()));
            List<ListedOrganisation.ScriptName> names = entry.has("names") ? names(entry) : List.of();
            entries.add(new ListedOrganisation(entry.string("name").strip(), entry.string("country").strip(),
                    entry.optionalString("kind"), aliases, names));
        }
        return new DesignationList(id, list.string("name"), kind, list.string("publisher"), list.string("source"),
                list.optionalString("date").orElse("not stated"), list.optionalString("retrieved").orElse("not stated"),
                list.optionalString("licence").orElse("not stated"), list.optionalString("attribution").orElse(""),
                new Localized(list.optionalString("meaning_nl").orElse(""), list.optionalString("meaning_en").orElse("")),
                entries);
    }

    /** A supplement file: {@code supplements: LIST-ID}, its {@code source}, and {@code entries} with names. */
    static Supplement bindSupplement(YamlMap file, Sources sources) {
        sources.known(file);
        Map<String, List<ListedOrganisation.ScriptName>> names = new LinkedHashMap<>();
        for (Node node : file.list("entries")) {
            YamlMap entry = file.child(node, "an entry of the supplement");
            String name = entry.string("name").strip();
            if (names.put(name, names(entry)) != null) {
                throw entry.errorAt("name", "'" + name + "' has names further up already; keep one entry per name");
            }
        }
        return new Supplement(file.string("supplements"), file.file(), names);
    }

    private static List<ListedOrganisation.ScriptName> names(YamlMap entry) {
        List<ListedOrganisation.ScriptName> names = new ArrayList<>();
        for (Node node : entry.list("names")) {
            YamlMap name = entry.child(node, "a name");
            String script = name.string("script");
            if (!ListedOrganisation.ScriptName.SCRIPTS.contains(script)) {
                throw name.errorAt("script", "script '" + script + "' is none of "
                        + String.join(", ", ListedOrganisation.ScriptName.SCRIPTS));
            }
            names.add(new ListedOrganisation.ScriptName(script, name.string("text").strip(),
                    name.optionalString("confirmed_by"), name.optionalString("shared_with")));
        }
        return names;
    }
}
