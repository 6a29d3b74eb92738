package nl.partnerscan.core;

import java.util.Objects;

/** A caveat that travels with the table (not exhaustive, a snapshot, what it is based on). */
public record Caveat(String id, Localized text, String source) {
    public Caveat {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
