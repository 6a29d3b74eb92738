package nl.partnerscan.report;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.io.Printable;
import nl.partnerscan.io.ToolVersion;

/**
 * The overview page of a batch run ({@code batch --report FILE.html}): when, against which data, counts per
 * verdict, a bar chart of partnerships per sector of the table (drawn in SVG by partnerscan itself), a sortable
 * table of the rows of each verdict that is not low, and the rows that could not be screened with why. Its
 * size and memory are bounded whatever the input: counts take constant memory, each table keeps at most
 * {@code limit} rows (the first ones; the page says how many more there were), and a cell at most
 * {@value #MAX_CELL} characters.
 */
public final class BatchReport {
    /** The most rows each table of the page lists: a million-row run still gives a page a browser opens. */
    public static final int DEFAULT_LIMIT = 500;
    /** The most characters of a cell: a topic may be a megabyte long. */
    static final int MAX_CELL = 300;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final ReferenceData data;
    private final Messages messages;
    private final int limit;
    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Long> perSector = new LinkedHashMap<>();
    private final Map<Verdict, List<List<String>>> listed = new EnumMap<>(Verdict.class);
    private final List<List<String>> errorRows = new ArrayList<>();
    private long errors;

    public BatchReport(ReferenceData data, Messages messages) {
        this(data, messages, DEFAULT_LIMIT);
    }

    /** @param limit the most rows each table lists */
    public BatchReport(ReferenceData data, Messages messages, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.data = data;
        this.messages = messages;
        this.limit = limit;
        data.sectors().forEach(sector -> perSector.put(sector.id(), 0L));
        listed.put(Verdict.HIGH, new ArrayList<>());
        listed.put(Verdict.ELEVATED, new ArrayList<>());
    }

    /**
     * Counts one row of the run; a screened row that is not low goes into its verdict's table, a row that
     * could not be screened into the table of errors, while those have room.
     *
     * @param rowId    the row's id, as in the results
     * @param line     the line of the input where the row starts
     * @param topics   the topics the row asked about
     * @param screened the row's result, or empty when the row could not be screened
     * @param error    why the row could not be screened
     */
    public void add(String rowId, long line, List<String> topics, Optional<ScreeningResult> screened,
                    Optional<String> error) {
        if (screened.isEmpty()) {
            errors++;
            if (errorRows.size() < limit) {
                errorRows.add(List.of(cell(rowId), Long.toString(line), cell(error.orElse(""))));
            }
            return;
        }
        ScreeningResult result = screened.get();
        verdicts.merge(result.verdict(), 1L, Long::sum);
        result.sectors().forEach(sector -> perSector.merge(sector.id(), 1L, Long::sum));
        List<List<String>> rows = listed.get(result.verdict());
        if (rows != null && rows.size() < limit) {
            Language language = messages.language();
            rows.add(List.of(cell(rowId), Integer.toString(result.score()),
                    result.sectors().stream().map(s -> s.name().in(language)).collect(Collectors.joining(", ")),
                    result.taxonomyMatches().stream().map(m -> m.area().name().in(language)).distinct()
                            .collect(Collectors.joining(", ")),
                    cell(result.partnerHits().stream().map(h -> h.entry().name() + " (" + h.list().id() + ")")
                            .distinct().collect(Collectors.joining(", "))),
                    cell(String.join("; ", topics))));
        }
    }

    /** The page, for the input named {@code input}, run at {@code when}. */
    public Document build(String input, ZonedDateTime when) {
        Language language = messages.language();
        Document doc = new Document(messages.get("report.title"), messages);
        doc.fields(List.of(
                new Document.Field(messages.get("report.when"), when.format(WHEN)),
                new Document.Field(messages.get("report.input_label"), Printable.of(input)),
                new Document.Field(messages.get("record.reference_data"), messages.format("record.data",
                        data.dataVersion(), data.dataDigest()))));
        doc.paragraph(messages.format("record.tool", ToolVersion.current().full()) + ".");
        doc.heading(1, messages.get("report.verdicts"));
        List<List<String>> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            counts.add(List.of(label(verdict), Long.toString(verdicts.getOrDefault(verdict, 0L))));
        }
        counts.add(List.of(messages.get("report.errors"), Long.toString(errors)));
        doc.table(List.of(messages.get("verdict"), messages.get("report.rows")), counts, false);

        doc.heading(1, messages.get("report.sectors"));
        doc.svg(barChart(language), messages.get("report.chart"));

        for (Verdict verdict : List.of(Verdict.HIGH, Verdict.ELEVATED)) {
            long count = verdicts.getOrDefault(verdict, 0L);
            doc.heading(1, messages.format("report.rows_of", label(verdict), count));
            List<List<String>> rows = listed.get(verdict);
            if (rows.isEmpty()) {
                doc.paragraph(messages.get("report.none"));
                continue;
            }
            doc.hint(messages.get("report.sort"));
            doc.table(List.of(messages.get("report.id"), messages.get("report.score"),
                    messages.get("report.table_sectors"), messages.get("report.eu"), messages.get("lists"),
                    messages.get("record.topic")), rows, true);
            if (count > rows.size()) {
                doc.paragraph(messages.format("report.first", rows.size(), count));
            }
        }

        doc.heading(1, messages.format("report.error_rows", errors));
        if (errorRows.isEmpty()) {
            doc.paragraph(messages.get("report.none"));
        } else {
            doc.table(List.of(messages.get("report.id"), messages.get("report.line"), messages.get("report.error")),
                    errorRows, false);
            if (errors > errorRows.size()) {
                doc.paragraph(messages.format("report.first", errorRows.size(), errors));
            }
        }
        doc.paragraph(data.scoring().notice().in(language));
        return doc;
    }

    private String label(Verdict verdict) {
        return data.scoring().verdicts().get(verdict).label().in(messages.language());
    }

    private static String cell(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL) + "…";
    }

    /** Horizontal bars, one per sector of the table, in the table's order. */
    private String barChart(Language language) {
        int rowHeight = 26;
        int labelWidth = 400;
        int barWidth = 360;
        long max = Math.max(1, perSector.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = new StringBuilder();
        int height = rowHeight * perSector.size() + 10;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(labelWidth + barWidth + 60)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(labelWidth + barWidth + 60)
                .append(' ').append(height).append("\" font-family=\"system-ui, sans-serif\" font-size=\"13\">\n");
        int y = 5;
        for (Sector sector : data.sectors()) {
            long count = perSector.get(sector.id());
            int width = (int) Math.round(barWidth * (double) count / max);
            svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\">").append(DocumentWriters.esc(sector.name().in(language)))
                    .append("</text>\n<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4)
                    .append("\" width=\"").append(width).append("\" height=\"").append(rowHeight - 8)
                    .append("\" fill=\"#154273\"><title>").append(DocumentWriters.esc(sector.name().in(language)))
                    .append(": ").append(count).append("</title></rect>\n<text x=\"").append(labelWidth + width + 6)
                    .append("\" y=\"").append(y + 17).append("\">").append(count).append("</text>\n");
            y += rowHeight;
        }
        svg.append("</svg>");
        return svg.toString();
    }
}
