package nl.partnerscan.io.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Reason;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.TopicMatch;

/**
 * Batch results as CSV: the input's columns as read (with an {@code id} column first when the input has
 * none), then the result columns. An input column named like a result column is replaced by the new
 * result, so a file can be screened again. Every cell is made safe for spreadsheets.
 *
 * <p>Lists in a cell are separated by {@code |}: sectors and technologies as ids, matches as
 * {@code words=entry}, reasons as {@code (+points) text}.
 */
public final class CsvOutput implements BatchOutput {
    /** The columns partnerscan adds, in order. */
    public static final List<String> RESULT_COLUMNS =
            List.of("verdict", "score", "sectors", "technologies", "matches", "reasons", "error");

    private final Writer out;
    private final CsvWriter csv;
    private final List<String> header;
    private final boolean addIdColumn;
    private final List<Integer> keptColumns = new ArrayList<>();
    private final Language language;
    private final boolean byteOrderMark;

    /**
     * @param out           where to write; not closed
     * @param delimiter     the separator (the input's)
     * @param header        the input's header
     * @param hasIdColumn   whether the input has an id column
     * @param language      the language of the reasons
     * @param byteOrderMark whether to start with a UTF-8 byte-order mark (so that Excel reads UTF-8)
     */
    public CsvOutput(Writer out, char delimiter, List<String> header, boolean hasIdColumn, Language language,
                     boolean byteOrderMark) {
        this.out = out;
        this.csv = CsvWriter.builder().fieldSeparator(delimiter).lineDelimiter(LineDelimiter.CRLF).build(out);
        this.header = header;
        this.addIdColumn = !hasIdColumn;
        this.language = language;
        this.byteOrderMark = byteOrderMark;
        Set<String> replaced = Set.copyOf(RESULT_COLUMNS);
        for (int i = 0; i < header.size(); i++) {
            if (!replaced.contains(header.get(i).strip().toLowerCase(Locale.ROOT))) {
                keptColumns.add(i);
            }
        }
    }

    @Override
    public void begin() {
        try {
            if (byteOrderMark) {
                out.write('\uFEFF');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        if (addIdColumn) {
            names.add("id");
        }
        keptColumns.forEach(i -> names.add(header.get(i)));
        names.addAll(RESULT_COLUMNS);
        writeRecord(names);
    }

    @Override
    public void write(InputRow row, Optional<ScreeningResult> result) {
        List<String> cells = new ArrayList<>(keptColumns.size() + RESULT_COLUMNS.size() + 1);
        if (addIdColumn) {
            cells.add(row.id());
        }
        keptColumns.forEach(i -> cells.add(row.cells().get(i)));
        if (result.isPresent()) {
            ScreeningResult r = result.get();
            cells.add(r.verdict().id());
            cells.add(Integer.toString(r.score()));
            cells.add(r.sectors().stream().map(Sector::id).collect(Collectors.joining("|")));
            cells.add(r.technologies().stream().map(Technology::id).collect(Collectors.joining("|")));
            cells.add(r.matches().stream().map(CsvOutput::match).collect(Collectors.joining("|")));
            cells.add(r.reasons().stream().map(this::reason).collect(Collectors.joining(" | ")));
            cells.add("");
        } else {
            for (int i = 0; i < RESULT_COLUMNS.size() - 1; i++) {
                cells.add("");
            }
            cells.add(row.error().orElse(""));
        }
        writeRecord(cells);
    }

    private static String match(TopicMatch match) {
        return match.matchedText() + "=" + match.entryId();
    }

    private String reason(Reason reason) {
        return "(" + (reason.points() >= 0 ? "+" : "") + reason.points() + ") " + reason.text().in(language);
    }

    private void writeRecord(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        cells.forEach(cell -> safe.add(SpreadsheetCells.neutralise(cell)));
        csv.writeRecord(safe);
    }

    @Override
    public void end() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
