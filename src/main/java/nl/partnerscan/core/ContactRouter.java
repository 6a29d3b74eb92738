package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whom to contact, by the routing of {@code contacts.yaml}: the contacts of the organisation that
 * asks come first (without one, the primary contact: the ICP); then those that what was found calls for, in
 * the order of the routes and then of the signals found. A contact that serves only some organisations
 * ({@link Contact#serves()}) is left out for the others. Each contact is listed once: one that comes first
 * for the organisation (or as the primary contact) with that reason alone, any other with every finding that
 * brought it. Pure and thread-safe.
 */
final class ContactRouter {
    private final ReferenceData data;
    private final Map<String, Contact> contacts = new LinkedHashMap<>();

    ContactRouter(ReferenceData data) {
        this.data = data;
        data.contacts().forEach(contact -> contacts.put(contact.id(), contact));
    }

    List<RoutedContact> route(Optional<Organisation> organisation, Findings findings) {
        Map<String, List<RoutedContact.Because>> routed = new LinkedHashMap<>();
        if (organisation.isPresent()) {
            RoutedContact.Because asking = new RoutedContact.Because(organisation.get().id(), organisation.get().name());
            organisation.get().contacts().forEach(id -> routed.put(id, new ArrayList<>(List.of(asking))));
        } else {
            routed.put(data.primaryContact().id(), new ArrayList<>());
        }
        Set<String> first = Set.copyOf(routed.keySet());
        for (Routing.FindingRoute route : data.routing().findings()) {
            if (route.appliesTo(findings)) {
                RoutedContact.Because found = new RoutedContact.Because(route.id(), route.name());
                route.contacts().stream().filter(id -> !first.contains(id))
                        .forEach(id -> add(routed, id, found, organisation));
            }
        }
        for (SignalMatch match : findings.signals()) {
            Signal signal = match.signal();
            RoutedContact.Because found = new RoutedContact.Because(signal.id(), signal.name());
            signal.contacts().stream().filter(id -> !first.contains(id))
                    .forEach(id -> add(routed, id, found, organisation));
        }
        List<RoutedContact> result = new ArrayList<>();
        routed.forEach((id, because) -> result.add(new RoutedContact(contacts.get(id), because)));
        return result;
    }

    private void add(Map<String, List<RoutedContact.Because>> routed, String id, RoutedContact.Because because,
                     Optional<Organisation> asking) {
        Contact contact = contacts.get(id);
        if (asking.isPresent() && !contact.serves().isEmpty() && !contact.serves().contains(asking.get().id())) {
            return;
        }
        List<RoutedContact.Because> reasons = routed.computeIfAbsent(id, k -> new ArrayList<>());
        if (reasons.stream().noneMatch(r -> r.id().equals(because.id()))) {
            reasons.add(because);
        }
    }
}
