package nl.partnerscan.cli;

import java.util.concurrent.Callable;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.data.DataException;
import nl.partnerscan.report.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnerscan sectors}: the brochure's table as partnerscan holds it. */
@Command(name = "sectors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the sectors and sub-technologies of the NCTV table, with their top-sector and"
                + " key-technology flags and, with --terms, the words that match them; with --taxonomy eu or"
                + " dual-use, the EU's critical technology areas or the dual-use categories.")
final class SectorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--terms", description = "Also list the terms that match each entry, and where each comes from.")
    boolean terms;

    @Option(names = "--taxonomy", paramLabel = "nctv|eu|dual-use", converter = TaxonomyOption.NameConverter.class,
            description = "Which list: nctv (the brochure's table, default), eu (the EU's critical technology areas)"
                    + " or dual-use (the categories of the EU dual-use list).")
    TaxonomyOption.Name taxonomy = TaxonomyOption.Name.nctv;

    // After the command's own options, so that those come first in the help.
    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        if (taxonomy != TaxonomyOption.Name.nctv) {
            return listing.print(spec.commandLine().getOut(),
                    (out, data) -> JsonOutput.writeTaxonomy(out, data, taxonomyOf(data)),
                    (renderer, data) -> renderer.taxonomy(taxonomyOf(data), terms));
        }
        return listing.print(spec.commandLine().getOut(), JsonOutput::writeSectors,
                (renderer, data) -> renderer.sectors(data, terms));
    }

    private Taxonomy taxonomyOf(ReferenceData data) {
        return data.taxonomies().stream().filter(t -> t.id().equals(taxonomy.id)).findFirst()
                .orElseThrow(() -> new DataException("data", 0, 0, "no taxonomy '" + taxonomy.id
                        + "' in the reference data"));
    }
}
