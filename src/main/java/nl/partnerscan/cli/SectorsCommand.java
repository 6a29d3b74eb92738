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
@Command(name = "sectors", mixinStandardHelpOptions = true, sortOptions = false)
final class SectorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--terms")
    boolean terms;

    @Option(names = "--taxonomy", paramLabel = "nctv|eu|dual-use", converter = TaxonomyOption.NameConverter.class,
            completionCandidates = TaxonomyOption.Names.class)
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
