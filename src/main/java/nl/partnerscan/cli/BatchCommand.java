package nl.partnerscan.cli;

import nl.partnerscan.io.Printable;
import nl.partnerscan.io.AtomicFiles;
import nl.partnerscan.report.BatchReport;
import nl.partnerscan.report.DocumentWriters;
import nl.partnerscan.report.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.partnerscan.batch.OrderedParallelMap;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.batch.BatchInput;
import nl.partnerscan.batch.BatchOutput;
import nl.partnerscan.batch.CsvOutput;
import nl.partnerscan.io.InputException;
import nl.partnerscan.batch.InputRow;
import nl.partnerscan.batch.JsonBatchOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code partnerscan batch FILE}: screens every row of a CSV and writes one result row per input row, in
 * order. Reads, screens on all cores and writes as a stream, so memory does not grow with the file.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Screens every row of a CSV file (or - for standard input) and writes one result row per input row,"
                    + " in the same order: the input's columns, then verdict, score, sectors, technologies,"
                    + " matches, reasons and error. A row that cannot be screened gets an error naming its line"
                    + " and column; the run goes on.",
            "Columns, by name, in any case: id, topic or onderwerp, description or omschrijving, partner, and"
                    + " answers as q1..q6 or a check id. Topic or description is required; other columns are"
                    + " passed through.",
            "A summary goes to standard error.",
            "Example: partnerscan batch partnerships.csv --output results.csv --fail-on high"})
final class BatchCommand implements Callable<Integer> {
    /** How batch results are written. */
    enum Format {
        csv,
        jsonl,
        json
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

    private static final int CHUNK_SIZE = 256;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file, or - to read standard input.")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE instead of standard output. It is written in full to a temporary file"
                    + " first and then moved into place, so it is never half-written.")
    Path output;

    @Option(names = "--format", paramLabel = "csv|jsonl|json", defaultValue = "csv",
            description = "csv (with the input's separator), jsonl (one JSON object a line) or json (one array)."
                    + " Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "The input's separator: ';', ',', 'tab' or another single character. Default: detected"
                    + " from the header.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The input's encoding, e.g. windows-1252 for a CSV saved by older Excel. Default: UTF-8"
                    + " (a byte-order mark is always honoured).")
    String encoding;

    @Option(names = "--fail-on", paramLabel = "elevated|high",
            description = "Exit with " + ExitCode.FAIL_ON + " when any row is at least this verdict.")
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
        Optional<Character> separator = parseDelimiter();
        Optional<Charset> charset = parseEncoding();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        boolean fromStdin = input.equals("-");
        Path inputPath = fromStdin ? null : Path.of(input);
        if (output != null && inputPath != null && isSameFile(inputPath, output)) {
            throw new InputException(output + ": is the input file; partnerscan will not overwrite its input."
                    + " Choose another --output");
        }
        Screener screener = common.screener();
        Set<String> answerIds = new HashSet<>();
        for (Question question : screener.data().questions()) {
            answerIds.add(question.id());
            question.checks().forEach(check -> answerIds.add(check.id()));
        }
        String label = fromStdin ? "standard input" : input;
        long totalBytes = fromStdin ? -1 : size(inputPath);
        long started = System.nanoTime();
        Summary summary = new Summary();
        if (report != null && !report.toString().endsWith(".html")) {
            throw new ParameterException(spec.commandLine(), "--report " + report + ": the file must end in .html");
        }
        BatchReport overview = report == null ? null : new BatchReport(screener.data(), Messages.of(common.language()));
        try (InputStream in = fromStdin ? stdin : open(inputPath);
             BatchInput rows = BatchInput.open(label, in, charset, separator, answerIds);
             OutputTarget target = output == null ? OutputTarget.stdout(spec.commandLine().getOut())
                     : OutputTarget.file(output)) {
            BatchOutput out = newOutput(target.writer(), rows, screener);
            Progress progress = new Progress(spec.commandLine().getErr(), common.terminal().stderrIsTerminal(), totalBytes);
            out.begin();
            Set<String> taxonomies = taxonomy.ids();
            new OrderedParallelMap<InputRow, Screened>(row -> {
                Optional<ScreeningResult> result = row.request().map(r -> screener.screen(r.withTaxonomies(taxonomies)));
                return new Screened(row, result, out.format(row, result));
            }, workers, CHUNK_SIZE).run(rows, screened -> {
                        out.write(screened.formatted());
                        summary.count(screened);
                        if (overview != null) {
                            overview.add(screened.row(), screened.result());
                        }
                        progress.update(summary.rows, rows.bytesRead());
                    });
            out.end();
            progress.finish();
            target.commit();
            summary.describe(label, rows);
        }
        if (overview != null) {
            AtomicFiles.write(report, DocumentWriters.html(overview.build(label), common.language().code()));
            spec.commandLine().getErr().println(Messages.of(common.language()).format("record.written", report));
        }
        summary.print(spec.commandLine().getErr(), Messages.of(common.language()), System.nanoTime() - started);
        if (summary.errors > 0) {
            return ExitCode.ROW_ERRORS;
        }
        if (failOn != null && summary.atLeast(failOn.verdict) > 0) {
            return ExitCode.FAIL_ON;
        }
        return ExitCode.OK;
    }

    private BatchOutput newOutput(Writer writer, BatchInput rows, Screener screener) {
        return switch (format) {
            case csv -> new CsvOutput(writer, rows.delimiter(), rows.header(), rows.hasIdColumn(), common.language(),
                    rows.byteOrderMark() || !rows.charset().equals(StandardCharsets.UTF_8));
            case jsonl, json -> new JsonBatchOutput(writer, format == Format.json, common.language(),
                    screener.data().dataVersion(), rows.header());
        };
    }

    private Optional<Character> parseDelimiter() {
        if (delimiter == null) {
            return Optional.empty();
        }
        String value = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (value.length() != 1 || value.charAt(0) == '"' || value.charAt(0) == '\n' || value.charAt(0) == '\r') {
            throw new ParameterException(spec.commandLine(), "--delimiter '" + delimiter
                    + "': give one character such as ';' or ',', or 'tab'");
        }
        return Optional.of(value.charAt(0));
    }

    private Optional<Charset> parseEncoding() {
        if (encoding == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding));
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), "--encoding '" + encoding
                    + "' is not an encoding this Java knows; try utf-8 or windows-1252");
        }
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(path + ": no such file");
        } catch (IOException e) {
            throw new InputException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A row with its result (empty when the row has an error) and its output text. */
    private record Screened(InputRow row, Optional<ScreeningResult> result, String formatted) {
    }

    /** Counts per verdict and errors, and what the input turned out to be. */
    private static final class Summary {
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private long rows;
        private long errors;
        private String firstError;
        private String inputDescription = "";

        void count(Screened screened) {
            rows++;
            if (screened.result().isPresent()) {
                verdicts.merge(screened.result().get().verdict(), 1L, Long::sum);
            } else {
                errors++;
                if (firstError == null) {
                    firstError = screened.row().error().orElse("");
                }
            }
        }

        long atLeast(Verdict verdict) {
            return verdicts.entrySet().stream().filter(e -> e.getKey().compareTo(verdict) >= 0)
                    .mapToLong(Map.Entry::getValue).sum();
        }

        void describe(String label, BatchInput input) {
            String separator = input.delimiter() == '\t' ? "tab" : "'" + input.delimiter() + "'";
            inputDescription = Printable.of(label) + ", " + separator + ", " + input.charset().name()
                    + (input.byteOrderMark() ? " with BOM" : "");
        }

        void print(PrintWriter err, Messages messages, long nanos) {
            err.println(messages.format("batch.summary", rows, verdicts.getOrDefault(Verdict.LOW, 0L),
                    verdicts.getOrDefault(Verdict.ELEVATED, 0L), verdicts.getOrDefault(Verdict.HIGH, 0L), errors,
                    String.format(Locale.ROOT, "%.1f", nanos / 1e9), inputDescription));
            if (firstError != null) {
                err.println(messages.format("batch.first_error", Printable.of(firstError)));
            }
            err.flush();
        }
    }

    /**
     * Where the results go: standard output as it is, or a file written under a temporary name next to it
     * and moved into place by {@link #commit()}. Closing without a commit removes the temporary file, and
     * so does an interrupted run (Ctrl-C).
     */
    private abstract static class OutputTarget implements AutoCloseable {
        abstract Writer writer();

        abstract void commit() throws IOException;

        @Override
        public abstract void close() throws IOException;

        static OutputTarget stdout(PrintWriter out) {
            return new OutputTarget() {
                @Override
                Writer writer() {
                    return out;
                }

                @Override
                void commit() {
                    out.flush();
                }

                @Override
                public void close() {
                    out.flush();
                }
            };
        }

        static OutputTarget file(Path target) {
            Path temporary = AtomicFiles.temporaryFor(target);
            Thread cleanup = new Thread(() -> deleteQuietly(temporary), "partnerscan-cleanup");
            // The hook goes in before the file exists: a Ctrl-C between the two would leave it behind.
            Runtime.getRuntime().addShutdownHook(cleanup);
            Writer writer;
            try {
                writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
            } catch (IOException e) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
                throw new InputException(target + ": cannot be written: " + e.getMessage(), e);
            }
            return new OutputTarget() {
                private boolean committed;

                @Override
                Writer writer() {
                    return writer;
                }

                @Override
                void commit() throws IOException {
                    writer.close();
                    AtomicFiles.moveIntoPlace(temporary, target);
                    committed = true;
                }

                @Override
                public void close() throws IOException {
                    try {
                        writer.close();
                    } finally {
                        if (!committed) {
                            deleteQuietly(temporary);
                        }
                        try {
                            Runtime.getRuntime().removeShutdownHook(cleanup);
                        } catch (IllegalStateException shuttingDown) {
                            // The hook runs anyway.
                        }
                    }
                }
            };
        }

        private static void deleteQuietly(Path path) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Nothing more to do: the target itself was never touched.
            }
        }
    }
}
