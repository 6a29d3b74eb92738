package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;

/**
 * A reference list of technology areas beyond the brochure's table: the EU's critical technology areas
 * (Recommendation (EU) 2023/2113) or the categories of the EU dual-use list (Annex I to Regulation (EU)
 * 2021/821).
 *
 * @param label   how a hit of this taxonomy is shown ("EU critical technology area")
 * @param meaning what a hit means and does not mean
 */
public record Taxonomy(String id, Localized name, Localized label, String source, Localized meaning, List<Area> areas) {
    /** The id of the EU's critical technology areas (Recommendation (EU) 2023/2113). */
    public static final String EU_CRITICAL = "eu-critical";
    /** The id of the EU dual-use categories, whose hits bring the export-control line. */
    public static final String DUAL_USE = "dual-use";

    /**
     * An area (or category) of a taxonomy.
     *
     * @param number   its number in the source
     * @param priority whether the source names it as most sensitive (the EU's areas 1 to 4)
     * @param verified whether its wording has been checked against the source text
     */
    public record Area(String id, int number, Localized name, boolean priority, boolean verified, List<Term> terms,
                       List<Item> items) {
        public Area {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            terms = List.copyOf(terms);
            items = List.copyOf(items);
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
    }
}
