package nl.partnerscan.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.report.JsonOutput;

/**
 * Batch results as JSON lines (one object a line) or as one JSON array. Each object has the fields of
 * {@code screen --format json}, plus {@code id}, {@code line} (where the row starts in the input),
 * {@code error} (null when the row was screened) and {@code columns} (the input row's cells by header
 * name).
 */
final class JsonBatchOutput implements BatchOutput {
    private static final ObjectWriter WRITER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer();

    private final Writer out;
    private final boolean array;
    private final Language language;
    private final String dataVersion;
    private final List<String> header;
    private boolean first = true;

    /**
     * @param out         where to write; not closed
     * @param array       one JSON array instead of one object a line
     * @param language    the language of the texts
     * @param dataVersion the reference data's version, for rows that could not be screened
     * @param header      the input's header, to name each row's cells
     */
    public JsonBatchOutput(Writer out, boolean array, Language language, String dataVersion, List<String> header) {
        this.out = out;
        this.array = array;
        this.language = language;
        this.dataVersion = dataVersion;
        this.header = header;
    }

    @Override
    public void begin() {
        if (array) {
            append("[");
        }
    }

    @Override
    public String format(InputRow row, Optional<ScreeningResult> result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", row.id());
        json.put("line", row.line());
        json.putAll(result.map(r -> JsonOutput.result(r, language)).orElseGet(() -> JsonOutput.emptyResult(language,
                dataVersion)));
        json.put("error", row.error().orElse(null));
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), row.cells().get(i));
        }
        json.put("columns", columns);
        try {
            return WRITER.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String formatted) {
        if (array) {
            append(first ? "\n" : ",\n");
        }
        first = false;
        append(formatted);
        if (!array) {
            append("\n");
        }
    }

    @Override
    public void end() {
        if (array) {
            append(first ? "]\n" : "\n]\n");
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
