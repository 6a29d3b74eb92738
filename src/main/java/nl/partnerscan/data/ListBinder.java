package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.List;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.Localized;
import org.yaml.snakeyaml.nodes.Node;

/** A list file in YAML: {@code list:} with its source, {@code entries:} with the organisations. */
final class ListBinder {
    private ListBinder() {
    }

    static DesignationList bind(YamlMap file) {
        YamlMap list = file.map("list", "list");
        String id = list.string("id");
        if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw list.errorAt("id", "id '" + id + "' must be lower-case letters, digits, '-' and '.'");
        }
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
            entries.add(new ListedOrganisation(entry.string("name").strip(), entry.string("country").strip(),
                    entry.optionalString("kind"), aliases));
        }
        return new DesignationList(id, list.string("name"), kind, list.string("publisher"), list.string("source"),
                list.optionalString("date").orElse("not stated"), list.optionalString("retrieved").orElse("not stated"),
                list.optionalString("licence").orElse("not stated"), list.optionalString("attribution").orElse(""),
                new Localized(list.optionalString("meaning_nl").orElse(""), list.optionalString("meaning_en").orElse("")),
                entries);
    }
}
