package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.partnerscan.core.Taxonomy;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A taxonomy file ({@code eu-critical-technologies.yaml}, {@code dual-use.yaml}): {@code taxonomy:} with its
 * names and source, {@code areas:} with their items and terms, and an optional {@code uncategorised} entry
 * for words that belong to the taxonomy without a numbered area.
 */
final class TaxonomyBinder {
    private static final String ENTRY = "sector, technology, area or item";

    private TaxonomyBinder() {
    }

    /** @param entryIds the ids of sectors, technologies and areas so far; this file's are added */
    static Taxonomy bind(YamlMap file, Sources sources, Set<String> entryIds) {
        YamlMap head = file.map("taxonomy", "taxonomy");
        String taxonomyId = head.string("id");
        List<Taxonomy.Area> areas = new ArrayList<>();
        for (Node node : file.list("areas")) {
            YamlMap map = file.child(node, "an area of taxonomy '" + taxonomyId + "'");
            String id = Fields.uniqueId(map, entryIds, ENTRY);
            YamlMap area = map.as("area '" + id + "'");
            List<Taxonomy.Item> items = new ArrayList<>();
            for (Node itemNode : area.list("items")) {
                YamlMap itemMap = area.child(itemNode, "an item of area '" + id + "'");
                String itemId = Fields.uniqueId(itemMap, entryIds, ENTRY);
                YamlMap item = itemMap.as("item '" + itemId + "'");
                items.add(new Taxonomy.Item(itemId, Fields.localized(item, "name_nl", "name_en"),
                        item.bool("verified", false), Fields.terms(item)));
            }
            areas.add(new Taxonomy.Area(id, OptionalInt.of(area.integer("number")),
                    Fields.localized(area, "name_nl", "name_en"), area.bool("priority", false),
                    area.bool("verified", false), Fields.terms(area), items));
        }
        Optional<Taxonomy.Area> uncategorised = Optional.empty();
        if (file.has("uncategorised")) {
            YamlMap map = file.map("uncategorised", "the uncategorised entry of taxonomy '" + taxonomyId + "'");
            String id = Fields.uniqueId(map, entryIds, ENTRY);
            sources.known(map);
            map.accept("based_on");
            uncategorised = Optional.of(new Taxonomy.Area(id, OptionalInt.empty(),
                    Fields.localized(map, "name_nl", "name_en"), false, false, Fields.terms(map), List.of()));
        }
        return new Taxonomy(taxonomyId, Fields.localized(head, "name_nl", "name_en"),
                Fields.localized(head, "label_nl", "label_en"), sources.known(head),
                Fields.localized(head, "meaning_nl", "meaning_en"), areas, uncategorised);
    }
}
