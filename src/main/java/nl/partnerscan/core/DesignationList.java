package nl.partnerscan.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

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

    /**
     * How many whole months the list is old on {@code today}, by its date (a date that starts with
     * yyyy-MM-dd or yyyy-MM); empty when the list states no date.
     */
    public OptionalInt monthsOld(LocalDate today) {
        // yyyy-MM, and -dd if it follows; read by hand, not by a regular expression compiled when the class
        // loads, which every start paid for (a profile of 30 runs).
        if (!digits(date, 0, 4) || !at(date, 4, '-') || !digits(date, 5, 7)) {
            return OptionalInt.empty();
        }
        int day = at(date, 7, '-') && digits(date, 8, 10) ? Integer.parseInt(date.substring(8, 10)) : 1;
        LocalDate dated = LocalDate.of(Integer.parseInt(date.substring(0, 4)), Integer.parseInt(date.substring(5, 7)),
                day);
        return dated.isAfter(today) ? OptionalInt.of(0) : OptionalInt.of((int) ChronoUnit.MONTHS.between(dated, today));
    }

    /** Whether {@code text} has ASCII digits from {@code from} to {@code to}. */
    private static boolean digits(String text, int from, int to) {
        if (text.length() < to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean at(String text, int index, char c) {
        return text.length() > index && text.charAt(index) == c;
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
