package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Localized;
import org.yaml.snakeyaml.nodes.Node;

/** {@code contacts.yaml}: whom to contact, the first shown with every result; only what the sources give. */
final class ContactsBinder {
    private ContactsBinder() {
    }

    static List<Contact> bind(YamlMap file, Sources sources) {
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
                    Fields.localized(contact, "for_nl", "for_en"), sources.known(contact)));
        }
        if (contacts.isEmpty()) {
            throw file.errorAt("contacts", "the list of contacts is empty; the first contact is shown with every result");
        }
        return contacts;
    }
}
