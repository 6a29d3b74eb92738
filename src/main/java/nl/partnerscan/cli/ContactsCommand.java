package nl.partnerscan.cli;

import java.util.concurrent.Callable;
import nl.partnerscan.report.JsonOutput;
import nl.partnerscan.report.ReferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code partnerscan contacts}: where to go with questions, as the source documents name them. */
@Command(name = "contacts", mixinStandardHelpOptions = true, sortOptions = false)
final class ContactsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        return listing.print(spec.commandLine().getOut(), JsonOutput::writeContacts, ReferenceText::contacts);
    }
}
