package nl.partnerscan.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.report.Messages;
import nl.partnerscan.io.InputException;
import nl.partnerscan.io.LineEndings;
import nl.partnerscan.io.Separators;

/**
 * The results of an earlier batch run, read back as a stream of {@link RowOutcome}s: the CSV that {@code batch}
 * writes (any separator, with or without a byte-order mark; a cell a spreadsheet would have run as a formula
 * loses its leading apostrophe), or its JSON lines or JSON array. Rows are looked up by id as the new run
 * reaches them; when both runs keep the same order, which they do for the same input, only one row is held at
 * a time, and rows out of order are held until they are asked for.
 */
final class PreviousResults implements Closeable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Closeable source;
    private final Rows rows;
    private final Map<String, RowOutcome> waiting = new LinkedHashMap<>();

    private PreviousResults(Closeable source, Rows rows) {
        this.source = source;
        this.rows = rows;
    }

    /** The rows of a file, with the data version the first row that names one names. */
    private abstract static class Rows implements Iterator<RowOutcome> {
        private String dataVersion;

        void sawVersion(String version) {
            if (dataVersion == null && version != null && !version.isBlank()) {
                dataVersion = version.strip();
            }
        }
    }

    /**
     * Opens the results in {@code path}: JSON when the file starts with {@code [} or <code>{</code>, else CSV.
     *
     * @throws InputException if it cannot be read or has no {@code id} and {@code verdict}
     */
    static PreviousResults open(Path path, Messages messages) {
        String file = path.toString();
        InputStream in = BatchRun.open(path, messages);
        try {
            BufferedReader text = new BufferedReader(new LineEndings(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    1 << 16);
            text.mark(BatchInput.MAX_RECORD_CHARS);
            int first = text.read();
            while (first == '\uFEFF' || (first >= 0 && Character.isWhitespace(first))) {
                text.mark(BatchInput.MAX_RECORD_CHARS);
                first = text.read();
            }
            text.reset();
            if (first == '{' || first == '[') {
                MappingIterator<JsonNode> nodes = JSON.readerFor(JsonNode.class)
                        .with(JsonParser.Feature.AUTO_CLOSE_SOURCE).readValues(text);
                return new PreviousResults(text, new JsonRows(file, nodes));
            }
            return csv(file, text);
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static PreviousResults csv(String file, BufferedReader text) throws IOException {
        text.mark(BatchInput.MAX_RECORD_CHARS);
        String header = text.readLine();
        text.reset();
        if (header == null) {
            throw new InputException(file + ": the file is empty; give the output of partnerscan batch");
        }
        CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(Separators.detect(header))
                .skipEmptyLines(true).allowExtraFields(true).allowMissingFields(true)
                .maxBufferSize(BatchInput.MAX_RECORD_CHARS).ofCsvRecord(text);
        Iterator<CsvRecord> records = reader.iterator();
        List<String> names = records.next().getFields().stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i);
        }
        if (!columns.containsKey("id") || !columns.containsKey("verdict")) {
            throw new InputException(file + ":1: no columns 'id' and 'verdict'; give the output of partnerscan batch"
                    + " (CSV or JSON lines)");
        }
        return new PreviousResults(reader, new CsvRows(file, records, columns));
    }

    /** The previous row with this id, if the file has one; each row is given once. */
    Optional<RowOutcome> take(String id) {
        RowOutcome waited = waiting.remove(id);
        if (waited != null) {
            return Optional.of(waited);
        }
        while (rows.hasNext()) {
            RowOutcome next = rows.next();
            if (next.id().equals(id)) {
                return Optional.of(next);
            }
            waiting.putIfAbsent(next.id(), next);
        }
        return Optional.empty();
    }

    /** The rows no one asked for: those the new input no longer has. */
    List<RowOutcome> rest() {
        rows.forEachRemaining(row -> waiting.putIfAbsent(row.id(), row));
        return List.copyOf(waiting.values());
    }

    /** The version of the reference data the previous run used, as its first row names it; empty if none does. */
    Optional<String> dataVersion() {
        if (rows.dataVersion == null && waiting.isEmpty() && rows.hasNext()) {
            RowOutcome first = rows.next();
            waiting.put(first.id(), first);
        }
        return Optional.ofNullable(rows.dataVersion);
    }

    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> split(String cell) {
        Set<String> values = new HashSet<>();
        Arrays.stream(cell.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).forEach(values::add);
        return values;
    }

    /** A cell as written, without the apostrophe that kept a spreadsheet from running it as a formula. */
    private static String plain(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }

    /** Rows of the CSV that batch writes. */
    private static final class CsvRows extends Rows {
        private final String file;
        private final Iterator<CsvRecord> records;
        private final Map<String, Integer> columns;

        CsvRows(String file, Iterator<CsvRecord> records, Map<String, Integer> columns) {
            this.file = file;
            this.records = records;
            this.columns = columns;
        }

        @Override
        public boolean hasNext() {
            try {
                return records.hasNext();
            } catch (CsvParseException | UncheckedIOException e) {
                throw new InputException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }

        @Override
        public RowOutcome next() {
            CsvRecord record = records.next();
            sawVersion(cell(record, "data_version"));
            String verdict = cell(record, "verdict");
            Set<String> areas = split(cell(record, "eu_areas"));
            areas.addAll(split(cell(record, "dual_use")));
            return new RowOutcome(plain(cell(record, "id")), record.getStartingLineNumber(),
                    verdict.isBlank() ? RowOutcome.ERROR : verdict.strip(), split(cell(record, "sectors")), areas,
                    split(cell(record, "partner_hits")));
        }

        private String cell(CsvRecord record, String column) {
            Integer index = columns.get(column);
            return index == null || index >= record.getFieldCount() ? "" : record.getField(index);
        }
    }

    /** Objects of the JSON lines or the JSON array that batch writes. */
    private static final class JsonRows extends Rows {
        private final String file;
        private final MappingIterator<JsonNode> nodes;

        JsonRows(String file, MappingIterator<JsonNode> nodes) {
            this.file = file;
            this.nodes = nodes;
        }

        @Override
        public boolean hasNext() {
            try {
                return nodes.hasNextValue();
            } catch (IOException e) {
                throw new InputException(file + ": not the JSON that partnerscan batch writes: " + e.getMessage(), e);
            }
        }

        @Override
        public RowOutcome next() {
            JsonNode row = nodes.next();
            if (!row.isObject() || !row.has("id")) {
                throw new InputException(file + ": a row without an 'id'; give the output of partnerscan batch");
            }
            sawVersion(row.path("data_version").asText(null));
            Set<String> areas = texts(row.path("eu_areas"));
            areas.addAll(texts(row.path("dual_use")));
            Set<String> hits = new HashSet<>();
            for (JsonNode hit : row.path("partner_hits")) {
                String field = hit.path("field").asText("partner");
                hits.add(hit.path("list").asText() + ":" + hit.path("name").asText() + " (" + hit.path("match").asText()
                        + (field.equals("partner") ? "" : ", " + field) + ")");
            }
            String verdict = row.path("verdict").asText("");
            return new RowOutcome(row.get("id").isNull() ? "" : row.get("id").asText(), row.path("line").asLong(0),
                    verdict.isEmpty() || row.path("verdict").isNull() ? RowOutcome.ERROR : verdict,
                    texts(row.path("sectors")), areas, hits);
        }

        private static Set<String> texts(JsonNode array) {
            Set<String> values = new HashSet<>();
            array.forEach(value -> values.add(value.asText()));
            return values;
        }
    }
}
