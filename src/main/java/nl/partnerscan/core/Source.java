package nl.partnerscan.core;

import java.util.Objects;

/** A document that reference entries cite, or {@code partnerscan} itself for what it added. */
public record Source(String id, String title, String publisher, String date, String kind) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
