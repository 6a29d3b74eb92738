package nl.partnerscan.cli;

import java.util.concurrent.Callable;
import nl.partnerscan.report.JsonOutput;
import nl.partnerscan.report.ReferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code partnerscan questions}: the brochure's six questions with their checks and weights. */
@Command(name = "questions", mixinStandardHelpOptions = true, sortOptions = false)
final class QuestionsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ListingOptions listing;

    @Override
    public Integer call() {
        return listing.print(spec.commandLine().getOut(), JsonOutput::writeQuestions, ReferenceText::questions);
    }
}
