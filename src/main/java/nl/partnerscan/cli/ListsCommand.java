package nl.partnerscan.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.partnerscan.report.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code partnerscan lists}: the lists partners are checked against, with their source, date and licence. */
@Command(name = "lists", mixinStandardHelpOptions = true, sortOptions = false)
final class ListsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        return listing.print(spec.commandLine().getOut(), JsonOutput::writeLists,
                (text, data) -> text.lists(data, LocalDate.now()));
    }
}
