package nl.partnerscan.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.InputException;
import nl.partnerscan.io.Printable;
import nl.partnerscan.report.JsonOutput;
import nl.partnerscan.report.Messages;

/**
 * Screens a batch input again with today's reference data and lists the rows whose verdict, sectors (of the
 * table, the EU areas and dual-use categories) or partner hits changed since an earlier run, whose results
 * it reads back ({@link PreviousResults}); rows that are new in the input, or gone from it, are listed too.
 * The input streams through on the worker threads as in {@link BatchRun}; only the rows that changed are
 * written, so a monthly script reports what changed and nothing when nothing did.
 */
public final class Rescreen {
    /** How the changes are written. */
    public enum Format {
        /** A line a row, for a person. */
        TEXT,
        /** One JSON object a changed row. */
        JSON_LINES
    }

    /**
     * What to run.
     *
     * @param previous   the results of the earlier run: the CSV or JSON lines of {@code batch}
     * @param input      the batch input to screen again, or {@link BatchRun#STANDARD_INPUT}
     * @param format     how the changes are written
     * @param delimiter  the input's separator; empty to detect it
     * @param charset    the input's encoding; empty for UTF-8
     * @param workers    worker threads for screening, at least 1
     * @param taxonomies the taxonomies to match against, besides the sectors
     * @param columns    the columns the user named for a role (the header's names), by role
     */
    public record Options(Path previous, String input, Format format, Optional<Character> delimiter,
                          Optional<Charset> charset, int workers, Set<String> taxonomies,
                          Map<ColumnRole, String> columns) {
        public Options {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1");
            }
            taxonomies = Set.copyOf(taxonomies);
            columns = Map.copyOf(columns);
        }
    }

    /**
     * What a rescreen found, as data.
     *
     * @param rows            the rows of the input
     * @param changed         rows whose verdict, sectors or partner hits changed
     * @param added           rows the previous run did not have
     * @param removed         rows of the previous run the input no longer has
     * @param previousVersion the reference data's version in the previous run, if its file names it
     * @param currentVersion  the reference data's version now
     */
    public record Summary(long rows, long changed, long added, long removed, Optional<String> previousVersion,
                          String currentVersion) {
    }

    /** Rows handed to a worker at once, as in a batch run. */
    private static final int CHUNK_SIZE = 256;

    private final Options options;
    private final InputStream stdin;
    private final PrintWriter out;
    private final Messages messages;
    /** The data versions of the run under way, for each change in JSON. */
    private Optional<String> previousVersion = Optional.empty();
    private String currentVersion;

    /**
     * @param stdin    read when the input is {@link BatchRun#STANDARD_INPUT}; closed by the run
     * @param out      where the changes go
     * @param messages the language of the text
     */
    public Rescreen(Options options, InputStream stdin, PrintWriter out, Messages messages) {
        this.options = options;
        this.stdin = stdin;
        this.out = out;
        this.messages = messages;
    }

    /**
     * Screens every row again and writes those that changed.
     *
     * @throws InputException if the input or the previous results cannot be read
     */
    public Summary run(Screener screener) throws IOException {
        String current = screener.data().dataVersion();
        boolean standardInput = options.input().equals(BatchRun.STANDARD_INPUT);
        String label = standardInput ? "standard input" : options.input();
        long[] counts = new long[3];
        List<String> pending = new ArrayList<>();
        try (PreviousResults previous = PreviousResults.open(options.previous(), messages);
             InputStream in = standardInput ? stdin : BatchRun.open(Path.of(options.input()), messages);
             BatchInput rows = BatchInput.open(label, in, options.charset(), options.delimiter(),
                     BatchRun.answerIds(screener.data()), options.columns(),
                     BatchRun.organisationIds(screener.data()), messages)) {
            previousVersion = previous.dataVersion();
            currentVersion = current;
            String versions = messages.format("rescreen.versions", previousVersion.orElse(messages.get(
                    "rescreen.unknown")), current);
            new OrderedParallelMap<InputRow, RowOutcome>(row -> RowOutcome.of(row, row.request()
                    .map(r -> screener.screen(r.withTaxonomies(options.taxonomies()))).orElse((ScreeningResult) null)),
                    BatchRun::chars, options.workers(), CHUNK_SIZE, BatchRun.inFlightChars()).run(rows, now -> {
                        counts[0]++;
                        Optional<RowOutcome> before = previous.take(now.id());
                        if (before.isEmpty()) {
                            counts[2]++;
                            write(pending, versions, "new", now.id(), now.line(), null, now, List.of());
                        } else {
                            List<RowOutcome.Change> changes = now.changesSince(before.get());
                            if (!changes.isEmpty()) {
                                counts[1]++;
                                write(pending, versions, "changed", now.id(), now.line(), before.get(), now, changes);
                            }
                        }
                    });
            List<RowOutcome> gone = previous.rest();
            for (RowOutcome row : gone) {
                write(pending, versions, "removed", row.id(), row.line(), row, null, List.of());
            }
            out.flush();
            return new Summary(counts[0], counts[1], counts[2], gone.size(), previousVersion, current);
        }
    }

    /**
     * Writes one change; in text, the line naming both data versions goes first, before the first change
     * (held in {@code header} until then), so that nothing at all is written when nothing changed.
     */
    private void write(List<String> header, String versions, String kind, String id, long line, RowOutcome before,
                       RowOutcome now, List<RowOutcome.Change> changes) {
        if (options.format() == Format.JSON_LINES) {
            out.println(JsonOutput.line(new ChangeJson(id, line, kind, before == null ? null : Outcome.of(before),
                    now == null ? null : Outcome.of(now), changes.stream().map(ChangeJson.Field::of).toList(),
                    previousVersion.orElse(null), currentVersion)));
            return;
        }
        if (header.isEmpty()) {
            header.add(versions);
            out.println(versions);
        }
        StringBuilder text = new StringBuilder("  ").append(Printable.of(id));
        if (line > 0) {
            text.append(" (").append(messages.format("rescreen.line", line)).append(")");
        }
        text.append(": ");
        switch (kind) {
            case "new" -> text.append(messages.format("rescreen.new", verdict(now.verdict())));
            case "removed" -> text.append(messages.get("rescreen.removed"));
            default -> {
                List<String> parts = new ArrayList<>();
                for (RowOutcome.Change change : changes) {
                    parts.add(describe(change));
                }
                text.append(String.join("; ", parts));
            }
        }
        out.println(text);
    }

    private String describe(RowOutcome.Change change) {
        String field = messages.get("rescreen." + change.field());
        if (change.field().equals("verdict")) {
            return field + ": " + verdict(change.removed().iterator().next()) + " → "
                    + verdict(change.added().iterator().next());
        }
        List<String> parts = new ArrayList<>();
        change.added().forEach(value -> parts.add("+ " + Printable.of(value)));
        change.removed().forEach(value -> parts.add("− " + Printable.of(value)));
        return field + ": " + String.join(", ", parts);
    }

    private String verdict(String id) {
        return messages.get("rescreen.verdict." + id);
    }

    /**
     * One changed row in JSON: what it was, what it is, which fields changed how, and the reference data's
     * version then and now.
     */
    record ChangeJson(String id, long line, String change, Outcome previous, Outcome now, List<Field> changes,
                      String previousDataVersion, String dataVersion) {
        /** A field that changed: the values it lost and gained. */
        record Field(String field, List<String> removed, List<String> added) {
            static Field of(RowOutcome.Change change) {
                return new Field(change.field(), List.copyOf(change.removed()), List.copyOf(change.added()));
            }
        }
    }

    /** A row's outcome in JSON. */
    record Outcome(String verdict, List<String> sectors, List<String> areas, List<String> partnerHits) {
        static Outcome of(RowOutcome row) {
            return new Outcome(row.verdict(), List.copyOf(row.sectors()), List.copyOf(row.areas()),
                    List.copyOf(row.partnerHits()));
        }
    }
}
