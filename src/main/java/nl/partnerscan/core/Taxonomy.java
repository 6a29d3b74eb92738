package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import nl.partnerscan.core.match.Term;

/**
 * A reference list of technology areas beyond the brochure's table: the EU's critical technology areas
 * (Recommendation (EU) 2023/2113) or the categories of the EU dual-use list (Annex I to Regulation (EU)
 * 2021/821).
 *
 * @param label         how a hit of this taxonomy is shown ("EU critical technology area")
 * @param meaning       what a hit means and does not mean
 * @param areas         the areas (or categories) of the source, in its order
 * @param uncategorised words that name the taxonomy's subject itself without naming one of its areas
 *                      ("dual-use", "defensie"); not part of the source's list, so it has no number
 */
public record Taxonomy(String id, Localized name, Localized label, String source, Localized meaning, List<Area> areas,
                       Optional<Area> uncategorised) {
    /** The id of the EU's critical technology areas (Recommendation (EU) 2023/2113). */
    public static final String EU_CRITICAL = "eu-critical";
    /** The id of the EU dual-use categories, whose hits bring the export-control line. */
    public static final String DUAL_USE = "dual-use";

    /**
     * An area (or category) of a taxonomy.
     *
     * @param number   its number in the source; empty for the uncategorised entry, which the source does not list
     * @param priority whether the source names it as most sensitive (the EU's areas 1 to 4)
     * @param verified whether its wording has been checked against the source text
     */
    public record Area(String id, OptionalInt number, Localized name, boolean priority, boolean verified, List<Term> terms,
                       List<Item> items) implements Named {
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(name, "name");
            terms = List.copyOf(terms);
            items = List.copyOf(items);
        }

        /** Its number and a dot ("3. "), or nothing for an entry the source does not number. */
        public String numbered() {
            return number.isPresent() ? number.getAsInt() + ". " : "";
        }
    }

    /** An item of an area. */
    public record Item(String id, Localized name, boolean verified, List<Term> terms) {
        public Item {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            terms = List.copyOf(terms);
        }
    }

    public Taxonomy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(meaning, "meaning");
        areas = List.copyOf(areas);
        Objects.requireNonNull(uncategorised, "uncategorised");
    }

    /** The areas, then the uncategorised entry if there is one: everything a term can point to. */
    public List<Area> allAreas() {
        return Stream.concat(areas.stream(), uncategorised.stream()).toList();
    }
}
