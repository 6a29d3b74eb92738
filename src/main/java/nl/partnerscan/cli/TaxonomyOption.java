package nl.partnerscan.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.Taxonomy;
import picocli.CommandLine.Option;

/** {@code --taxonomy}: screen against only some of the taxonomies (the brochure's table, the EU's areas, dual-use). */
final class TaxonomyOption {
    /** A taxonomy as named on the command line. */
    enum Name {
        nctv(ScreeningRequest.NCTV),
        eu(Taxonomy.EU_CRITICAL),
        dual_use(Taxonomy.DUAL_USE);

        final String id;

        Name(String id) {
            this.id = id;
        }
    }

    @Option(names = "--taxonomy", paramLabel = "nctv|eu|dual-use", split = ",", converter = NameConverter.class,
            description = "Screen against only these (repeatable, or comma-separated): nctv (the brochure's table),"
                    + " eu (the EU's critical technology areas), dual-use (the EU dual-use list). Default: all.")
    List<Name> names = List.of();

    /** The ids to screen against; empty for all. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        names.forEach(name -> ids.add(name.id));
        return ids;
    }

    /** Accepts dual-use with a hyphen, as the help writes it. */
    static final class NameConverter implements picocli.CommandLine.ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            try {
                return Name.valueOf(key);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a taxonomy; use nctv, eu or dual-use");
            }
        }
    }
}
