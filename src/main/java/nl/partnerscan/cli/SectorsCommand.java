package nl.partnerscan.cli;

import java.util.concurrent.Callable;
import nl.partnerscan.io.json.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnerscan sectors}: the brochure's table as partnerscan holds it. */
@Command(name = "sectors", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lists the sectors and sub-technologies of the NCTV table, with their top-sector and"
                + " key-technology flags and, with --terms, the words that match them.")
final class SectorsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--terms", description = "Also list the terms that match each entry, and where each comes from.")
    boolean terms;

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        return common.printListing(spec, format, JsonOutput::writeSectors, (renderer, data) -> renderer.sectors(data, terms));
    }
}
