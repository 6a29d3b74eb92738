package nl.partnerscan.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.AtomicFile;
import nl.partnerscan.io.AtomicFiles;
import nl.partnerscan.io.InputException;
import nl.partnerscan.io.OutputException;
import nl.partnerscan.io.Printable;
import nl.partnerscan.report.BatchReport;
import nl.partnerscan.report.DocumentWriters;
import nl.partnerscan.report.Messages;

/**
 * Screens every row of a CSV input and writes one result row per input row, in order: reads, screens on a
 * pool of worker threads of its own and writes as a stream, so memory does not grow with the input. The
 * results go to standard output or to a file written whole or not at all; an overview page is optional.
 */
public final class BatchRun {
    /** The input's name that stands for standard input. */
    public static final String STANDARD_INPUT = "-";

    /** Rows handed to a worker at once: enough to outweigh the hand-over, few enough to keep memory flat. */
    private static final int CHUNK_SIZE = 256;
    /**
     * The characters of rows in flight (read, and not yet written), as a share of the heap: a row is held as
     * read and as formatted, each one or two bytes a character, so this keeps what is in flight to about a
     * quarter of the heap however long the rows are. At least one record of the largest size.
     */
    private static final long IN_FLIGHT_HEAP_SHARE = 16;

    /** How the results are written. */
    public enum Format {
        /** CSV with the input's separator: the input's columns, then the result columns. */
        CSV,
        /** One JSON object a line. */
        JSON_LINES,
        /** One JSON array. */
        JSON_ARRAY
    }

    /**
     * What to run.
     *
     * @param input      the input file as the user named it, or {@link #STANDARD_INPUT}
     * @param output     the results file; empty for standard output
     * @param overview   the overview page (HTML) to write as well, if any
     * @param format     how the results are written
     * @param delimiter  the input's separator; empty to detect it from the header
     * @param charset    the input's encoding; empty for UTF-8 (a byte-order mark is always honoured)
     * @param workers    worker threads for screening, at least 1
     * @param taxonomies the taxonomies to match every row against, besides the sectors
     * @param language   the language of the results and the overview
     * @param columns    the columns the user named for a role (the header's names), by role
     * @param terminal   whether standard output is a terminal: CSV written there has control characters in
     *                   its cells replaced, so that no escape sequence from the input reaches the terminal
     */
    public record Options(String input, Optional<Path> output, Optional<Path> overview, Format format,
                          Optional<Character> delimiter, Optional<Charset> charset, int workers,
                          Set<String> taxonomies, Language language, Map<ColumnRole, String> columns,
                          boolean terminal) {
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1");
            }
            taxonomies = Set.copyOf(taxonomies);
            columns = Map.copyOf(columns);
        }
    }

    private final Options options;
    private final Optional<Path> inputPath;
    private final InputStream stdin;
    private final PrintWriter stdout;

    /**
     * @param stdin  read when the input is {@link #STANDARD_INPUT}; closed by the run
     * @param stdout where the results go when there is no output file
     */
    public BatchRun(Options options, InputStream stdin, PrintWriter stdout) {
        this.options = options;
        this.inputPath = options.input().equals(STANDARD_INPUT) ? Optional.empty()
                : Optional.of(Path.of(options.input()));
        this.stdin = stdin;
        this.stdout = stdout;
    }

    /**
     * Screens every row and writes the results and the overview. The output files are opened before the
     * first row is read, so that a target that cannot be written stops the run before any work; they are
     * committed together at the end, all or none.
     *
     * @throws InputException  if the input cannot be read; rows before the failure are written only to
     *                         standard output, output files are left as they were
     * @throws OutputException if an output cannot be written; output files are then left as they were
     */
    public BatchSummary run(Screener screener, BatchProgress progress) throws IOException {
        long started = System.nanoTime();
        Messages messages = Messages.of(options.language());
        String label = inputPath.isPresent() ? options.input() : messages.get("batch.standard_input");
        BatchReport overview = options.overview().isPresent() ? new BatchReport(screener.data(), messages) : null;
        BatchSummary.Counter counter = new BatchSummary.Counter();
        BatchSummary summary;
        try (InputStream in = inputPath.isPresent() ? open(inputPath.get(), messages) : stdin;
             AtomicFile file = options.output().map(AtomicFiles::open).orElse(null);
             AtomicFile overviewFile = options.overview().map(AtomicFiles::open).orElse(null);
             BatchInput rows = BatchInput.open(label, in, options.charset(), options.delimiter(),
                     answerIds(screener.data()), options.columns(), organisationIds(screener.data()), messages)) {
            BatchOutput out = newOutput(file == null ? stdout : file.writer(), rows, screener.data(),
                    file == null && options.terminal());
            progress.columns(rows.columnUses());
            progress.start(inputPath.map(BatchRun::size).orElse(-1L));
            out.begin();
            new OrderedParallelMap<InputRow, Screened>(row -> {
                Optional<ScreeningResult> result =
                        row.request().map(r -> screener.screen(r.withTaxonomies(options.taxonomies())));
                return new Screened(row, result, out.format(row, result));
            }, BatchRun::chars, options.workers(), CHUNK_SIZE, inFlightChars()).run(rows, screened -> {
                out.write(screened.formatted());
                counter.count(screened.row(), screened.result().map(ScreeningResult::verdict));
                if (overview != null) {
                    overview.add(screened.row().id().orElse(""), screened.row().line(),
                            screened.row().request().map(ScreeningRequest::topics).orElse(List.of()),
                            screened.result(), screened.row().error());
                }
                progress.update(counter.rows(), rows.bytesRead());
            });
            out.end();
            progress.finish();
            if (overviewFile != null) {
                overviewFile.writer().write(DocumentWriters.html(overview.build(label, ZonedDateTime.now()),
                        options.language().code()));
            }
            AtomicFiles.commitAll(file, overviewFile);
            summary = counter.summary(rows, describe(label, rows, messages), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            // What reached standard output before a failure shows before the error message.
            stdout.flush();
        }
        return summary;
    }

    private BatchOutput newOutput(Writer writer, BatchInput rows, ReferenceData data, boolean terminal) {
        return switch (options.format()) {
            case CSV -> new CsvOutput(writer, rows.delimiter(), rows.header(), rows.hasIdColumn(),
                    options.language(), rows.byteOrderMark() || !rows.charset().equals(StandardCharsets.UTF_8),
                    data.dataVersion(), terminal);
            case JSON_LINES, JSON_ARRAY -> new JsonBatchOutput(writer, options.format() == Format.JSON_ARRAY,
                    options.language(), data.dataVersion(), rows.header());
        };
    }

    static long inFlightChars() {
        return Math.max(BatchInput.MAX_RECORD_CHARS, Runtime.getRuntime().maxMemory() / IN_FLIGHT_HEAP_SHARE);
    }

    /** A row's size in flight: its characters. */
    static long chars(InputRow row) {
        long chars = 1;
        for (String cell : row.cells()) {
            chars += cell.length();
        }
        return chars;
    }

    /** The ids a column may carry an answer under: the questions' and their checks'. */
    static Set<String> answerIds(ReferenceData data) {
        Set<String> answerIds = new HashSet<>();
        for (Question question : data.questions()) {
            answerIds.add(question.id());
            question.checks().forEach(check -> answerIds.add(check.id()));
        }
        return answerIds;
    }

    /** The ids an organisation column may name. */
    static Set<String> organisationIds(ReferenceData data) {
        Set<String> ids = new HashSet<>();
        data.routing().organisations().forEach(organisation -> ids.add(organisation.id()));
        return ids;
    }

    static String describe(String label, BatchInput input, Messages messages) {
        String separator = input.delimiter() == '\t' ? "tab" : "'" + input.delimiter() + "'";
        return Printable.of(label) + ", " + separator + ", " + input.charset().name()
                + (input.byteOrderMark() ? " " + messages.get("batch.with_bom") : "");
    }

    static InputStream open(Path path, Messages messages) {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(messages.format("input.no_file", path));
        } catch (IOException e) {
            throw new InputException(messages.format("input.unreadable", path, e.getMessage()), e);
        }
    }

    static long size(Path path) {
        try {
            return Files.isRegularFile(path) ? Files.size(path) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A row with its result (empty when the row has an error) and its output text. */
    private record Screened(InputRow row, Optional<ScreeningResult> result, String formatted) {
    }
}
