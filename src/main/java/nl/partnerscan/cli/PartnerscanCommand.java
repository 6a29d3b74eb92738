package nl.partnerscan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: only holds the subcommands and the options they all share. */
@Command(name = "partnerscan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Screens a partnership with a Chinese party against the NCTV brochure 'Decentrale contacten met China'"
                    + " (May 2023): its table of sectors and technologies that China seeks, its six questions, and"
                    + " its contact, the ICP of RVO.",
            "",
            "The brochure's rule: if the focus of your cooperation is not in the table, it is probably not"
                    + " sensitive; if it is, contact the ICP (informatie-en-contactpunt@rvo.nl)."},
        // The subcommands are registered by Main, only those a run needs (start-up time).
        subcommands = {})
final class PartnerscanCommand {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "On an error, print the stack trace too (for reporting a bug).")
    boolean stacktrace;
}
