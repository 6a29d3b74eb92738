package nl.partnerscan.cli;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.Taxonomy;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
            completionCandidates = Names.class)
    List<Name> names = List.of();

    /** The ids to screen against; empty for all. */
    Set<String> ids() {
        Set<String> ids = new HashSet<>();
        names.forEach(name -> ids.add(name.id));
        return ids;
    }

    /** The names as a user types them: for shell completion, and for the usage error of a name that is none. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("nctv", "eu", "dual-use").iterator();
        }
    }

    /** Accepts dual-use with a hyphen, as the help writes it. */
    static final class NameConverter implements ITypeConverter<Name> {
        @Override
        public Name convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
            try {
                return Name.valueOf(key);
            } catch (IllegalArgumentException e) {
                // The usage error names the value and the names to choose from (UsageErrors).
                throw new TypeConversionException(value);
            }
        }
    }
}
