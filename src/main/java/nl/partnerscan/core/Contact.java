package nl.partnerscan.core;

import java.util.Objects;
import java.util.Optional;

/** A desk a user can turn to, with only the details its source document gives. */
public record Contact(
        String id,
        Localized name,
        Optional<String> email,
        Optional<String> website,
        Optional<Localized> instruction,
        Localized purpose,
        String source) {
    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(source, "source");
    }
}
