package nl.partnerscan.report;

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
import nl.partnerscan.io.ToolVersion;

/**
 * The overview page of a batch run ({@code batch --report FILE.html}): counts per verdict, a bar chart of
 * partnerships per sector of the table (drawn in SVG by partnerscan itself), and a sortable table of the
 * rows that are not low. Counts take constant memory; the table keeps one short line per row that is not
 * low.
 */
public final class BatchReport {
    private final ReferenceData data;
    private final Messages messages;
    private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
    private final Map<String, Long> perSector = new LinkedHashMap<>();
    private final List<List<String>> notLow = new ArrayList<>();
    private long errors;

    public BatchReport(ReferenceData data, Messages messages) {
        this.data = data;
        this.messages = messages;
        data.sectors().forEach(sector -> perSector.put(sector.id(), 0L));
    }

    /**
     * Counts one row of the run; a screened row that is not low also goes into the table.
     *
     * @param rowId    the row's id, as in the results
     * @param topics   the topics the row asked about
     * @param screened the row's result, or empty when the row could not be screened
     */
    public void add(String rowId, List<String> topics, Optional<ScreeningResult> screened) {
        if (screened.isEmpty()) {
            errors++;
            return;
        }
        ScreeningResult result = screened.get();
        verdicts.merge(result.verdict(), 1L, Long::sum);
        result.sectors().forEach(sector -> perSector.merge(sector.id(), 1L, Long::sum));
        if (result.verdict() != Verdict.LOW) {
            Language language = messages.language();
            notLow.add(List.of(rowId, result.verdict().id(), Integer.toString(result.score()),
                    result.sectors().stream().map(s -> s.name().in(language)).collect(Collectors.joining(", ")),
                    result.taxonomyMatches().stream().map(m -> m.area().name().in(language)).distinct()
                            .collect(Collectors.joining(", ")),
                    result.partnerHits().stream().map(h -> h.entry().name() + " (" + h.list().id() + ")").distinct()
                            .collect(Collectors.joining(", ")),
                    String.join("; ", topics)));
        }
    }

    public Document build(String input) {
        Language language = messages.language();
        Document doc = new Document(messages.get("report.title"));
        doc.paragraph(messages.format("report.input", input, data.dataVersion(), data.dataDigest()) + " "
                + messages.format("record.tool", ToolVersion.current().full()) + ".");
        doc.heading(1, messages.get("report.verdicts"));
        List<List<String>> counts = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            counts.add(List.of(data.scoring().verdicts().get(verdict).label().in(language),
                    Long.toString(verdicts.getOrDefault(verdict, 0L))));
        }
        counts.add(List.of(messages.get("report.errors"), Long.toString(errors)));
        doc.table(List.of(messages.get("verdict"), messages.get("report.rows")), counts, false);

        doc.heading(1, messages.get("report.sectors"));
        doc.svg(barChart(language), messages.get("report.chart"));

        doc.heading(1, messages.get("report.not_low"));
        doc.table(List.of("id", messages.get("verdict"), "score", messages.get("report.table_sectors"),
                messages.get("report.eu"), messages.get("lists"), messages.get("record.topic")), notLow, true);
        doc.paragraph(data.scoring().notice().in(language));
        return doc;
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
