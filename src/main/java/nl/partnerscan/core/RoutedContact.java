package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;

/**
 * A contact for this screening, with why it is there: the organisation that asks, or what was found.
 *
 * @param because the organisation or findings that brought it, in order; empty for the primary contact
 *                when nobody said who is asking
 */
public record RoutedContact(Contact contact, List<Because> because) {
    public RoutedContact {
        Objects.requireNonNull(contact, "contact");
        because = List.copyOf(because);
    }

    /** One reason a contact is listed: an organisation's id, a route's id or a signal's id, and its name. */
    public record Because(String id, Localized name) {
        public Because {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
