package nl.partnerscan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top command: only holds the subcommands and the options they all share. Its help, like every
 * command's, is in the bundle {@value CommonOptions#TEXTS}.
 */
@Command(name = "partnerscan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        // The subcommands are registered by Main, only those a run needs (start-up time).
        subcommands = {})
final class PartnerscanCommand {
    @Option(names = "--stacktrace", scope = ScopeType.INHERIT)
    boolean stacktrace;

    /**
     * Here too, so that {@code partnerscan --lang en --help} works: the run's language is read from the
     * arguments before parsing ({@link LanguageSetting}) and is every subcommand's default.
     */
    @Option(names = "--lang", paramLabel = "nl|en")
    CommonOptions.Lang lang;
}
