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
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Screens every row of a CSV file (or - for standard input) and writes one result row per input row,"
                    + " in the same order: the input's columns, then verdict, score, sectors, technologies,"
                    + " matches, reasons and error. A row that cannot be screened gets an error naming its line"
                    + " and column; the run goes on.",
            "Columns, by name, in any case: id, topic or onderwerp, description or omschrijving, partner,"
                    + " organisation or organisatie (who is asking), and answers as q1..q6 or a check id; a header with one of those words in it (Onderwerp (kort),"
                    + " Chinese partner) counts too, or name a column with --topic-column and the like. Topic or"
                    + " description is required; other columns are passed through.",
            "Which columns are screened as what goes to standard error first, a summary at the end.",
            "Example: partnerscan batch partnerships.csv --output results.csv --fail-on high"})
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

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file, or - to read standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. It is written in full to a temporary file"
                    + " first and then moved into place, so it is never half-written; a device or FIFO is written"
                    + " into directly.")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl|json", defaultValue = "csv",
            description = "csv (with the input's separator), jsonl (one JSON object a line) or json (one array)."
                    + " Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    CsvInputOptions csv;

    @Option(names = "--fail-on", paramLabel = "elevated|high",
            description = "Exit with " + ExitCode.FAIL_ON + " when any row is at least this verdict, also when other"
                    + " rows have errors.")
    FailOn failOn;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write one overview page: counts per verdict, a bar chart of partnerships per sector,"
                    + " and a sortable table of the rows that are not low.")
    Path report;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for screening. Default: the number of processors.")
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
            targets.input(Path.of(input), "the input file");
        }
        targets.check();
        BatchRun run = new BatchRun(new BatchRun.Options(input, Optional.ofNullable(output),
                Optional.ofNullable(report), format.format, csv.delimiter(), csv.encoding(), workers(),
                taxonomy.ids(), common.language(), csv.columns(), common.terminal().stdoutIsTerminal()), stdin,
                spec.commandLine().getOut());
        Screener screener = common.screener();
        if (report != null && !report.toString().endsWith(".html")) {
            throw new ParameterException(spec.commandLine(), "--report " + report + ": the file must end in .html");
        }
        PrintWriter err = spec.commandLine().getErr();
        Messages messages = Messages.of(common.language());
        BatchSummary summary = run.run(screener, new Progress(err, common.terminal().stderrIsTerminal(), messages));
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
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        return workers;
    }

    private static void print(BatchSummary summary, PrintWriter err, Messages messages) {
        err.println(messages.format("batch.summary", summary.rows(), summary.count(Verdict.LOW),
                summary.count(Verdict.ELEVATED), summary.count(Verdict.HIGH), summary.errors(),
                String.format(Locale.ROOT, "%.1f", summary.elapsed().toNanos() / 1e9), summary.input()));
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
