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
import java.util.HashSet;
import java.util.List;
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
     */
    public record Options(String input, Optional<Path> output, Optional<Path> overview, Format format,
                          Optional<Character> delimiter, Optional<Charset> charset, int workers,
                          Set<String> taxonomies, Language language) {
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1");
            }
            taxonomies = Set.copyOf(taxonomies);
        }
    }

    private final Options options;
    private final Optional<Path> inputPath;
    private final InputStream stdin;
    private final PrintWriter stdout;

    /**
     * @param stdin  read when the input is {@link #STANDARD_INPUT}; closed by the run
     * @param stdout where the results go when there is no output file
     * @throws InputException if the output file is the input file
     */
    public BatchRun(Options options, InputStream stdin, PrintWriter stdout) {
        this.options = options;
        this.inputPath = options.input().equals(STANDARD_INPUT) ? Optional.empty()
                : Optional.of(Path.of(options.input()));
        this.stdin = stdin;
        this.stdout = stdout;
        if (options.output().isPresent() && inputPath.isPresent()
                && isSameFile(inputPath.get(), options.output().get())) {
            throw new InputException(Messages.of(options.language()).format("input.is_input",
                    options.output().get()));
        }
    }

    /**
     * Screens every row and writes the results, then the overview.
     *
     * @throws InputException  if the input cannot be read; rows before the failure are written only to
     *                         standard output, an output file is left as it was
     * @throws OutputException if the output or the overview cannot be written
     */
    public BatchSummary run(Screener screener, BatchProgress progress) throws IOException {
        long started = System.nanoTime();
        Messages messages = Messages.of(options.language());
        String label = inputPath.isPresent() ? options.input() : messages.get("batch.standard_input");
        BatchReport overview = options.overview().isPresent() ? new BatchReport(screener.data(), messages) : null;
        BatchSummary.Counter counter = new BatchSummary.Counter();
        String described;
        try (InputStream in = inputPath.isPresent() ? open(inputPath.get(), messages) : stdin;
             BatchInput rows = BatchInput.open(label, in, options.charset(), options.delimiter(),
                     answerIds(screener.data()), messages);
             AtomicFile file = options.output().map(AtomicFiles::open).orElse(null)) {
            BatchOutput out = newOutput(file == null ? stdout : file.writer(), rows, screener.data());
            progress.start(inputPath.map(BatchRun::size).orElse(-1L));
            out.begin();
            new OrderedParallelMap<InputRow, Screened>(row -> {
                Optional<ScreeningResult> result =
                        row.request().map(r -> screener.screen(r.withTaxonomies(options.taxonomies())));
                return new Screened(row, result, out.format(row, result));
            }, options.workers(), CHUNK_SIZE).run(rows, screened -> {
                out.write(screened.formatted());
                counter.count(screened.row(), screened.result().map(ScreeningResult::verdict));
                if (overview != null) {
                    overview.add(screened.row().id(),
                            screened.row().request().map(ScreeningRequest::topics).orElse(List.of()),
                            screened.result());
                }
                progress.update(counter.rows(), rows.bytesRead());
            });
            out.end();
            progress.finish();
            if (file != null) {
                file.commit();
            }
            described = describe(label, rows, messages);
        } finally {
            // What reached standard output before a failure shows before the error message.
            stdout.flush();
        }
        if (overview != null) {
            AtomicFiles.write(options.overview().get(),
                    DocumentWriters.html(overview.build(label), options.language().code()));
        }
        return counter.summary(described, Duration.ofNanos(System.nanoTime() - started));
    }

    private BatchOutput newOutput(Writer writer, BatchInput rows, ReferenceData data) {
        return switch (options.format()) {
            case CSV -> new CsvOutput(writer, rows.delimiter(), rows.header(), rows.hasIdColumn(),
                    options.language(), rows.byteOrderMark() || !rows.charset().equals(StandardCharsets.UTF_8));
            case JSON_LINES, JSON_ARRAY -> new JsonBatchOutput(writer, options.format() == Format.JSON_ARRAY,
                    options.language(), data.dataVersion(), rows.header());
        };
    }

    /** The ids a column may carry an answer under: the questions' and their checks'. */
    private static Set<String> answerIds(ReferenceData data) {
        Set<String> answerIds = new HashSet<>();
        for (Question question : data.questions()) {
            answerIds.add(question.id());
            question.checks().forEach(check -> answerIds.add(check.id()));
        }
        return answerIds;
    }

    private static String describe(String label, BatchInput input, Messages messages) {
        String separator = input.delimiter() == '\t' ? "tab" : "'" + input.delimiter() + "'";
        return Printable.of(label) + ", " + separator + ", " + input.charset().name()
                + (input.byteOrderMark() ? " " + messages.get("batch.with_bom") : "");
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static InputStream open(Path path, Messages messages) {
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new InputException(messages.format("input.no_file", path));
        } catch (IOException e) {
            throw new InputException(messages.format("input.unreadable", path, e.getMessage()), e);
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
}
