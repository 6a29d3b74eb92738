package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.Routing;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Taxonomy;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code contacts.yaml}: whom to contact, the first shown with every result; only what the sources give. And
 * the routing: the kinds of organisation that can ask, each with the contacts that come first for it, and
 * the findings that bring contacts. Every id it names is checked at its line.
 */
final class ContactsBinder {
    /** The contacts in their order, and which come first for whom and for what. */
    record Bound(List<Contact> contacts, Routing routing) {
    }

    private ContactsBinder() {
    }

    static Bound bind(YamlMap file, Sources sources, List<Taxonomy> taxonomies, ScoringRules scoring) {
        Set<String> organisationIds = new HashSet<>();
        List<YamlMap> organisationMaps = new ArrayList<>();
        if (file.has("organisations")) {
            for (Node node : file.list("organisations")) {
                YamlMap map = file.child(node, "an organisation");
                Fields.uniqueId(map, organisationIds, "organisation");
                organisationMaps.add(map);
            }
        }
        Set<String> ids = new HashSet<>();
        List<Contact> contacts = new ArrayList<>();
        for (Node node : file.list("contacts")) {
            YamlMap map = file.child(node, "a contact");
            String id = Fields.uniqueId(map, ids, "contact");
            YamlMap contact = map.as("contact '" + id + "'");
            Optional<Localized> instruction = contact.has("instruction_nl") || contact.has("instruction_en")
                    ? Optional.of(Fields.localized(contact, "instruction_nl", "instruction_en"))
                    : Optional.empty();
            contacts.add(new Contact(id, Fields.localized(contact, "name_nl", "name_en"),
                    contact.optionalString("email"), contact.optionalString("website"), instruction,
                    Fields.localized(contact, "for_nl", "for_en"),
                    Set.copyOf(known(contact, "serves", organisationIds, "organisation")), sources.known(contact)));
        }
        if (contacts.isEmpty()) {
            throw file.errorAt("contacts", "the list of contacts is empty; the first contact is shown with every result");
        }
        List<Organisation> organisations = new ArrayList<>();
        for (YamlMap map : organisationMaps) {
            YamlMap organisation = map.as("organisation '" + map.string("id") + "'");
            List<String> desks = known(organisation, "contacts", ids, "contact");
            for (Contact contact : contacts) {
                if (desks.contains(contact.id()) && !contact.serves().isEmpty()
                        && !contact.serves().contains(map.string("id"))) {
                    throw organisation.errorAt("contacts", "contact '" + contact.id() + "' serves only "
                            + String.join(", ", contact.serves().stream().sorted().toList()));
                }
            }
            organisations.add(new Organisation(map.string("id"), Fields.localized(organisation, "name_nl", "name_en"),
                    desks, organisation.string("based_on"), sources.known(organisation)));
        }
        return new Bound(contacts, new Routing(organisations, findings(file, sources, ids, taxonomies, scoring)));
    }

    private static List<Routing.FindingRoute> findings(YamlMap file, Sources sources, Set<String> contactIds,
                                                       List<Taxonomy> taxonomies, ScoringRules scoring) {
        if (!file.has("findings")) {
            return List.of();
        }
        Set<String> taxonomyIds = new HashSet<>();
        taxonomies.forEach(t -> taxonomyIds.add(t.id()));
        Set<String> indicatorIds = new HashSet<>();
        scoring.partnerIndicators().forEach(i -> indicatorIds.add(i.id()));
        Set<String> ids = new HashSet<>();
        List<Routing.FindingRoute> routes = new ArrayList<>();
        for (Node node : file.list("findings")) {
            YamlMap map = file.child(node, "a finding");
            String id = Fields.uniqueId(map, ids, "finding");
            YamlMap route = map.as("finding '" + id + "'");
            Optional<String> taxonomy = route.optionalString("taxonomy");
            Optional<String> indicator = route.optionalString("partner_indicator");
            if (taxonomy.isPresent() == indicator.isPresent()) {
                throw route.errorAt("id", "a finding names either a taxonomy or a partner_indicator");
            }
            if (taxonomy.isPresent() && !taxonomyIds.contains(taxonomy.get())) {
                throw route.errorAt("taxonomy", "unknown taxonomy '" + taxonomy.get() + "'");
            }
            if (indicator.isPresent() && !indicatorIds.contains(indicator.get())) {
                throw route.errorAt("partner_indicator", "unknown partner indicator '" + indicator.get()
                        + "'; scoring.yaml lists: " + String.join(", ", indicatorIds.stream().sorted().toList()));
            }
            routes.add(new Routing.FindingRoute(id, Fields.localized(route, "name_nl", "name_en"), taxonomy, indicator,
                    known(route, "contacts", contactIds, "contact"), route.string("based_on"), sources.known(route)));
        }
        return routes;
    }

    private static List<String> known(YamlMap map, String key, Set<String> known, String what) {
        List<String> ids = new ArrayList<>();
        if (!map.has(key)) {
            return ids;
        }
        for (YamlMap.Located item : map.strings(key)) {
            if (!known.contains(item.value())) {
                throw map.errorAt(item, "unknown " + what + " '" + item.value() + "' in " + key);
            }
            ids.add(item.value());
        }
        return ids;
    }
}
