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
@Command(name = "rescreen", mixinStandardHelpOptions = true, sortOptions = false)
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

    @Parameters(index = "0", paramLabel = "PREVIOUS", descriptionKey = "previous")
    Path previous;

    @Parameters(index = "1", paramLabel = "INPUT", descriptionKey = "input")
    String input;

    @Option(names = "--format", paramLabel = "text|jsonl", defaultValue = "text")
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
            throw new ParameterException(spec.commandLine(), common.texts().get("error.rescreen_same"));
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
