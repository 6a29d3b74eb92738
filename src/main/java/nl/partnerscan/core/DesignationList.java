package nl.partnerscan.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A list of organisations to check a partner against: a government's designation list, a public
 * assessment, or the user's own list, with where it comes from. A hit on a designation list is not a
 * sanctions finding, and no hit is not a clearance.
 *
 * @param meaning what being on this list means, in the list's own terms
 */
public record DesignationList(
        String id,
        String name,
        Kind kind,
        String publisher,
        String source,
        String date,
        String retrieved,
        String licence,
        String attribution,
        Localized meaning,
        List<ListedOrganisation> entries) {

    /** What kind of list this is; shown with every hit. */
    public enum Kind {
        /** A government's designation list. */
        DESIGNATION,
        /** A public assessment by researchers or an institute, not a government designation. */
        ASSESSMENT,
        /** The user's own list. */
        OWN;

        /** The lower-case id used in data files and output. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public DesignationList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(retrieved, "retrieved");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(meaning, "meaning");
        entries = List.copyOf(entries);
    }
}
