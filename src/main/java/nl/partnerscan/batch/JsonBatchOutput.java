package nl.partnerscan.batch;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.report.JsonOutput;
import nl.partnerscan.report.ResultJson;

/**
 * Batch results as JSON lines (one object a line) or as one JSON array. Each object has the fields of
 * {@code screen --format json}, plus {@code id} (null when the row's id cell is empty), {@code line} (where
 * the row starts in the input), {@code error} (null when the row was screened) and {@code columns} (the
 * input row's cells by header name; a name the header gives twice keeps both cells, the second as
 * {@code "name (2)"}).
 */
final class JsonBatchOutput implements BatchOutput {
    private final Writer out;
    private final boolean array;
    private final Language language;
    private final String dataVersion;
    /** The header's names made unique, as keys of {@code columns}. */
    private final List<String> keys;
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
        this.keys = uniqueKeys(header);
    }

    /**
     * Each name as it is, and a name given before with " (2)", " (3)" … added (the first number that is no
     * other column's name): a JSON object holds one value per key.
     */
    private static List<String> uniqueKeys(List<String> header) {
        Set<String> taken = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (String name : header) {
            keys.add(taken.add(name) ? name : null);
        }
        for (int i = 0; i < keys.size(); i++) {
            for (int n = 2; keys.get(i) == null; n++) {
                String key = header.get(i) + " (" + n + ")";
                if (taken.add(key)) {
                    keys.set(i, key);
                }
            }
        }
        return keys;
    }

    @Override
    public void begin() {
        if (array) {
            append("[");
        }
    }

    @Override
    public String format(InputRow row, Optional<ScreeningResult> result) {
        ResultJson fields = result.map(r -> ResultJson.of(r, language))
                .orElseGet(() -> ResultJson.unscreened(language, dataVersion));
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.put(keys.get(i), row.cells().get(i));
        }
        return JsonOutput.line(new Row(row.id().orElse(null), row.line(), fields, row.error().orElse(null), columns));
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

    /**
     * One row's object: where the row is, the result's fields inline (the same fields as {@code screen
     * --format json}), why it could not be screened, and its cells by header name.
     */
    record Row(String id, long line, @JsonUnwrapped ResultJson result, String error, Map<String, String> columns) {
    }

    private void append(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
