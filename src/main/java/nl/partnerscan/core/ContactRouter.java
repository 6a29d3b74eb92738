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
 * brought it. Pure and thread-safe. Loops, not lambdas: a single screen runs this once, and on a cold JVM
 * a lambda's first run costs more than its loop (README, performance).
 */
final class ContactRouter {
    private final ReferenceData data;
    private final Map<String, Contact> contacts = new LinkedHashMap<>();

    ContactRouter(ReferenceData data) {
        this.data = data;
        for (Contact contact : data.contacts()) {
            contacts.put(contact.id(), contact);
        }
    }

    List<RoutedContact> route(Optional<Organisation> organisation, Findings findings) {
        Map<String, List<RoutedContact.Because>> routed = new LinkedHashMap<>();
        if (organisation.isPresent()) {
            RoutedContact.Because asking = new RoutedContact.Because(organisation.get().id(), organisation.get().name());
            for (String id : organisation.get().contacts()) {
                routed.put(id, new ArrayList<>(List.of(asking)));
            }
        } else {
            routed.put(data.primaryContact().id(), new ArrayList<>());
        }
        Set<String> first = Set.copyOf(routed.keySet());
        for (Routing.FindingRoute route : data.routing().findings()) {
            if (route.appliesTo(findings)) {
                RoutedContact.Because found = new RoutedContact.Because(route.id(), route.name());
                addAll(routed, route.contacts(), first, found, organisation);
            }
        }
        for (SignalMatch match : findings.signals()) {
            Signal signal = match.signal();
            RoutedContact.Because found = new RoutedContact.Because(signal.id(), signal.name());
            addAll(routed, signal.contacts(), first, found, organisation);
        }
        List<RoutedContact> result = new ArrayList<>();
        for (Map.Entry<String, List<RoutedContact.Because>> contact : routed.entrySet()) {
            result.add(new RoutedContact(contacts.get(contact.getKey()), contact.getValue()));
        }
        return result;
    }

    /** The contacts {@code ids} for {@code because}, but for those the organisation asks first. */
    private void addAll(Map<String, List<RoutedContact.Because>> routed, List<String> ids, Set<String> first,
                        RoutedContact.Because because, Optional<Organisation> asking) {
        for (String id : ids) {
            if (!first.contains(id)) {
                add(routed, id, because, asking);
            }
        }
    }

    private void add(Map<String, List<RoutedContact.Because>> routed, String id, RoutedContact.Because because,
                     Optional<Organisation> asking) {
        Contact contact = contacts.get(id);
        if (asking.isPresent() && !contact.serves().isEmpty() && !contact.serves().contains(asking.get().id())) {
            return;
        }
        List<RoutedContact.Because> reasons = routed.get(id);
        if (reasons == null) {
            reasons = new ArrayList<>();
            routed.put(id, reasons);
        }
        for (RoutedContact.Because reason : reasons) {
            if (reason.id().equals(because.id())) {
                return;
            }
        }
        reasons.add(because);
    }
}
