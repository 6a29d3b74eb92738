package nl.partnerscan.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.PartnerHit;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.TopicMatch;
import nl.partnerscan.io.Printable;

/**
 * Batch results as CSV: the input's columns as read (with an {@code id} column first when the input has
 * none), then the result columns, the last the version of the reference data (so that {@code rescreen} can
 * name it). An input column named like a result column is replaced by the new
 * result, so a file can be screened again. Every cell is made safe for spreadsheets.
 *
 * <p>Lists in a cell are separated by {@code |}: sectors, technologies, the brochure's other risks
 * (signals) and the contacts for the row (the first the one to call; {@code partnerscan contacts} gives
 * their names and addresses) as ids, matches as {@code words=entry}, partner hits as
 * {@code list:name (match)}, reasons as {@code (+points) text}. Ids rather than names and addresses: a
 * contact's line is as long as a row's other results, and written on every row of a million it made a
 * batch's output a quarter larger.
 */
final class CsvOutput implements BatchOutput {
    /** The columns partnerscan adds, in order. */
    public static final List<String> RESULT_COLUMNS =
            List.of("verdict", "score", "sectors", "technologies", "matches", "eu_areas", "dual_use", "partner_hits",
                    "signals", "reasons", "contacts", "error", "data_version");

    private final Writer out;
    private final char delimiter;
    /** Each worker thread formats its rows with a CSV writer of its own. */
    private final ThreadLocal<RowFormatter> formatters = ThreadLocal.withInitial(RowFormatter::new);
    private final List<String> header;
    private final boolean addIdColumn;
    private final List<Integer> keptColumns = new ArrayList<>();
    private final Language language;
    private final boolean byteOrderMark;
    private final String dataVersion;
    private final boolean terminal;

    /**
     * @param out           where to write; not closed
     * @param delimiter     the separator (the input's)
     * @param header        the input's header
     * @param hasIdColumn   whether the input has an id column
     * @param language      the language of the reasons
     * @param byteOrderMark whether to start with a UTF-8 byte-order mark (so that Excel reads UTF-8)
     * @param dataVersion   the reference data's version, in every row
     * @param terminal      whether the output goes to a terminal: control characters in cells are then
     *                      replaced (see {@link Printable}), as no escape sequence from the input may reach it
     */
    public CsvOutput(Writer out, char delimiter, List<String> header, boolean hasIdColumn, Language language,
                     boolean byteOrderMark, String dataVersion, boolean terminal) {
        this.out = out;
        this.delimiter = delimiter;
        this.header = header;
        this.addIdColumn = !hasIdColumn;
        this.language = language;
        this.byteOrderMark = byteOrderMark;
        this.dataVersion = dataVersion;
        this.terminal = terminal;
        Set<String> replaced = Set.copyOf(RESULT_COLUMNS);
        for (int i = 0; i < header.size(); i++) {
            if (!replaced.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                keptColumns.add(i);
            }
        }
    }

    @Override
    public void begin() {
        if (byteOrderMark) {
            write("\uFEFF");
        }
        List<String> names = new ArrayList<>();
        if (addIdColumn) {
            names.add("id");
        }
        keptColumns.forEach(i -> names.add(header.get(i)));
        names.addAll(RESULT_COLUMNS);
        write(formatters.get().format(names));
    }

    @Override
    public String format(InputRow row, Optional<ScreeningResult> result) {
        List<String> cells = new ArrayList<>(keptColumns.size() + RESULT_COLUMNS.size() + 1);
        if (addIdColumn) {
            cells.add(row.id().orElse(""));
        }
        keptColumns.forEach(i -> cells.add(row.cells().get(i)));
        if (result.isPresent()) {
            ScreeningResult r = result.get();
            cells.add(r.verdict().id());
            cells.add(Integer.toString(r.score()));
            cells.add(joined(r.sectors(), Sector::id, "|"));
            cells.add(joined(r.technologies(), Technology::id, "|"));
            cells.add(joined(r.matches(), CsvOutput::match, "|"));
            cells.add(joined(r.areasOf(Taxonomy.EU_CRITICAL), Taxonomy.Area::id, "|"));
            cells.add(joined(r.areasOf(Taxonomy.DUAL_USE), Taxonomy.Area::id, "|"));
            cells.add(joined(r.partnerHits(), CsvOutput::partnerHit, "|"));
            cells.add(r.signals().isEmpty() ? ""
                    : String.join("|", r.signals().stream().map(match -> match.signal().id()).distinct().toList()));
            cells.add(joined(r.reasons(), this::reason, " | "));
            cells.add(joined(r.contacts(), routed -> routed.contact().id(), "|"));
            cells.add("");
        } else {
            for (int i = 0; i < RESULT_COLUMNS.size() - 2; i++) {
                cells.add("");
            }
            cells.add(row.error().orElse(""));
        }
        cells.add(dataVersion);
        return formatters.get().format(cells);
    }

    @Override
    public void write(String formatted) {
        try {
            out.write(formatted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The items' texts, separated. A loop rather than a stream: a batch writes nine such cells a row, most
     * of them empty, and in a profile of 1,000,000 rows 6% of the samples were in these cells' streams.
     */
    private static <T> String joined(List<T> items, Function<T, String> text, String separator) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder joined = new StringBuilder(text.apply(items.get(0)));
        for (int i = 1; i < items.size(); i++) {
            joined.append(separator).append(text.apply(items.get(i)));
        }
        return joined.toString();
    }

    private static String match(TopicMatch match) {
        return match.matchedText() + "=" + match.entryId();
    }

    /** {@code list:official name (match)}, e.g. {@code ca-nro:Harbin Institute of Technology (alias)}. */
    static String partnerHit(PartnerHit hit) {
        return hit.list().id() + ":" + hit.entry().name() + " (" + hit.match().id()
                + (hit.field() == PartnerHit.Field.PARTNER ? "" : ", " + hit.field().id()) + ")";
    }

    private String reason(Reason reason) {
        return "(" + (reason.points() >= 0 ? "+" : "") + reason.points() + ") " + reason.text().in(language);
    }

    @Override
    public void end() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Turns one record into CSV text, every cell made safe for spreadsheets. One per thread. */
    private final class RowFormatter {
        private final StringWriter text = new StringWriter(512);
        private final CsvWriter csv = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.CRLF)
                .build(text);

        String format(List<String> cells) {
            List<String> safe = new ArrayList<>(cells.size());
            cells.forEach(cell -> safe.add(SpreadsheetCells.neutralise(terminal ? Printable.of(cell) : cell)));
            csv.writeRecord(safe);
            try {
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String record = text.toString();
            text.getBuffer().setLength(0);
            return record;
        }
    }
}
