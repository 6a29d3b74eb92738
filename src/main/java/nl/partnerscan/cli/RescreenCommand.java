package nl.partnerscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.partnerscan.batch.Rescreen;
import nl.partnerscan.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnerscan rescreen PREVIOUS INPUT}: the options of a {@link Rescreen}, checked, and its summary on
 * standard error. Comparing the runs is the batch package's.
 */
@Command(name = "rescreen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Screens a batch input again with today's reference data and lists the rows whose verdict, sectors"
                    + " (of the table, the EU areas and dual-use categories) or partner hits changed since an earlier"
                    + " run, with the reference data's version then and now; rows new in the input, or gone from"
                    + " it, too. Nothing is printed when nothing changed.",
            "PREVIOUS is the output of partnerscan batch (CSV, or --format jsonl or json); rows are matched by id.",
            "A summary goes to standard error.",
            "Example: partnerscan rescreen results-2026-10.csv partnerships.csv > changes.txt"})
final class RescreenCommand implements Callable<Integer> {
    /** How the changes are written, as the option spells it. */
    enum Format {
        text(Rescreen.Format.TEXT),
        jsonl(Rescreen.Format.JSON_LINES);

        final Rescreen.Format format;

        Format(Rescreen.Format format) {
            this.format = format;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PREVIOUS", description = "The results of the earlier batch run.")
    Path previous;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The CSV file to screen again, or - for standard input.")
    String input;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text",
            description = "text (a line a changed row) or jsonl (one JSON object a changed row). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    CsvInputOptions csv;

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    CommonOptions common;

    private final InputStream stdin;

    RescreenCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        if (previous.toString().equals(input)) {
            throw new ParameterException(spec.commandLine(), "PREVIOUS and INPUT are the same file; give the results"
                    + " of the earlier batch run first, then the input to screen again");
        }
        Messages messages = Messages.of(common.language());
        Rescreen rescreen = new Rescreen(new Rescreen.Options(previous, input, format.format,
                csv.delimiter(), csv.encoding(),
                Runtime.getRuntime().availableProcessors(), taxonomy.ids(), csv.columns()), stdin, spec.commandLine().getOut(),
                messages);
        Rescreen.Summary summary = rescreen.run(common.screener());
        PrintWriter err = spec.commandLine().getErr();
        err.println(messages.format("rescreen.summary", summary.rows(), summary.changed(), summary.added(),
                summary.removed(), summary.previousVersion().orElse(messages.get("rescreen.unknown")),
                summary.currentVersion()));
        err.flush();
        return ExitCode.OK;
    }
}
