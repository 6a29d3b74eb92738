package nl.partnerscan.core;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A desk a user can turn to, with only the details its source document gives.
 *
 * @param serves the ids of the organisations it is for, where its source names them; empty for everyone
 */
public record Contact(
        String id,
        Localized name,
        Optional<String> email,
        Optional<String> website,
        Optional<Localized> instruction,
        Localized purpose,
        Set<String> serves,
        String source) {
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(purpose, "purpose");
        serves = Set.copyOf(serves);
        Objects.requireNonNull(source, "source");
    }

    /** A contact for everyone. */
    public Contact(String id, Localized name, Optional<String> email, Optional<String> website,
                   Optional<Localized> instruction, Localized purpose, String source) {
        this(id, name, email, website, instruction, purpose, Set.of(), source);
    }
}
