package nl.partnerscan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.partnerscan.batch.BatchRun;
import nl.partnerscan.batch.BatchSummary;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.io.Printable;
import nl.partnerscan.report.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code partnerscan batch FILE}: the options of a {@link BatchRun}, checked, and its summary on standard
 * error. The run itself (reading, screening on all cores, writing as a stream) is the batch package's.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false)
final class BatchCommand implements Callable<Integer> {
    /** How batch results are written, as the option spells it. */
    enum Format {
        csv(BatchRun.Format.CSV),
        jsonl(BatchRun.Format.JSON_LINES),
        json(BatchRun.Format.JSON_ARRAY);

        final BatchRun.Format format;

        Format(BatchRun.Format format) {
            this.format = format;
        }
    }

    /** The verdict at or above which --fail-on makes the exit code {@value ExitCode#FAIL_ON}. */
    enum FailOn {
        elevated(Verdict.ELEVATED),
        high(Verdict.HIGH);

        final Verdict verdict;

        FailOn(Verdict verdict) {
            this.verdict = verdict;
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl|json", defaultValue = "csv")
    Format format;

    @Mixin
    CsvInputOptions csv;

    @Option(names = "--fail-on", paramLabel = "elevated|high")
    FailOn failOn;

    @Option(names = "--report", paramLabel = "FILE.html")
    Path report;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    CommonOptions common;

    private final InputStream stdin;

    BatchCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        OutputTargets targets = OutputTargets.of(common).output(output, "--output").output(report, "--report");
        if (!input.equals(BatchRun.STANDARD_INPUT)) {
            targets.input(Path.of(input), common.texts().get("target.input"));
        }
        targets.check();
        BatchRun run = new BatchRun(new BatchRun.Options(input, Optional.ofNullable(output),
                Optional.ofNullable(report), format.format, csv.delimiter(), csv.encoding(), workers(),
                taxonomy.ids(), common.language(), csv.columns(), common.terminal().stdoutIsTerminal()), stdin,
                spec.commandLine().getOut());
        Screener screener = common.screener();
        if (report != null && !report.toString().endsWith(".html")) {
            throw new ParameterException(spec.commandLine(), common.texts().format("error.report_kind", report));
        }
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = Messages.of(common.language());
        BatchSummary summary = run.run(screener, new Progress(err, common.terminal().stderrIsTerminal(), common.texts()));
        if (report != null) {
            err.println(messages.format("record.written", Printable.of(report.toString())));
        }
        print(summary, err, messages);
        // What --fail-on asks about is the answer a script waits for: rows with an error do not hide it.
        if (failOn != null && summary.atLeast(failOn.verdict) > 0) {
            return ExitCode.FAIL_ON;
        }
        if (summary.errors() > 0) {
            return ExitCode.ROW_ERRORS;
        }
        return ExitCode.OK;
    }

    private int workers() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), common.texts().get("error.threads"));
        }
        return workers;
    }

    private static void print(BatchSummary summary, PrintWriter err, Messages messages) {
        err.println(messages.format("batch.summary", summary.rows(), summary.count(Verdict.LOW),
                summary.count(Verdict.ELEVATED), summary.count(Verdict.HIGH), summary.errors(),
                String.format(Locale.forLanguageTag(messages.language().code()), "%.1f",
                        summary.elapsed().toNanos() / 1e9), summary.input()));
        if (summary.emptyRows() > 0) {
            err.println(messages.format("batch.empty_rows", summary.emptyRows()));
        }
        if (summary.windows1252Guessed()) {
            err.println(messages.get("batch.windows1252"));
        }
        summary.firstError().ifPresent(error ->
                err.println(messages.format("batch.first_error", Printable.of(error))));
        err.flush();
    }
}
