package nl.partnerscan.batch;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.io.InputException;
import nl.partnerscan.io.LineEndings;
import nl.partnerscan.io.Separators;
import nl.partnerscan.report.Messages;

/**
 * Reads a batch CSV as a stream of {@link InputRow}s, one per record, in order, holding one record at a
 * time. Handles what spreadsheets write: a byte-order mark (UTF-8, or UTF-16 from Excel's "Unicode
 * text"), {@code ;}, {@code ,} or tab as separator (detected from the header unless given), quoted values
 * with separators and line breaks inside (line endings are read as LF, see {@link LineEndings}). Bytes
 * that are not valid in the input's encoding never pass
 * silently: the row that holds them gets an error that suggests {@code --encoding}. Errors are in the
 * run's language.
 */
public final class BatchInput implements Iterator<InputRow>, Closeable {
    /** The most characters one record may have; a longer one stops the run with its line. */
    public static final int MAX_RECORD_CHARS = 1024 * 1024;
    private static final char REPLACEMENT = '\uFFFD';

    private final String file;
    private final CountingInputStream counting;
    private final Charset charset;
    private final boolean byteOrderMark;
    private final char delimiter;
    private final CsvReader<CsvRecord> reader;
    /** The records after the header. */
    private final Iterator<CsvRecord> records;
    private final Columns columns;
    private final Messages messages;
    private long number;

    private BatchInput(String file, CountingInputStream counting, Charset charset, boolean byteOrderMark,
                       char delimiter, CsvReader<CsvRecord> reader, Iterator<CsvRecord> records, Columns columns,
                       Messages messages) {
        this.file = file;
        this.messages = messages;
        this.counting = counting;
        this.charset = charset;
        this.byteOrderMark = byteOrderMark;
        this.delimiter = delimiter;
        this.reader = reader;
        this.records = records;
        this.columns = columns;
    }

    /**
     * Opens a batch input and reads its header.
     *
     * @param file      the name to use in messages ("partnerships.csv", or "standard input")
     * @param in        the bytes; closed by {@link #close()}
     * @param encoding  the encoding, or empty for UTF-8; a byte-order mark overrides it
     * @param separator the separator, or empty to detect it from the header
     * @param answerIds the question and check ids an answer column may be named after
     * @param messages  the language of errors
     * @throws InputException if the input is empty or has no usable header
     */
    public static BatchInput open(String file, InputStream in, Optional<Charset> encoding,
                                  Optional<Character> separator, Set<String> answerIds, Messages messages) {
        CountingInputStream counting = new CountingInputStream(in);
        try {
            PushbackInputStream bytes = new PushbackInputStream(counting, 3);
            Optional<Charset> bomCharset = readByteOrderMark(bytes);
            Charset charset = bomCharset.orElse(encoding.orElse(StandardCharsets.UTF_8));
            BufferedReader text = new BufferedReader(new LineEndings(new InputStreamReader(bytes, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE))), 1 << 16);
            char delimiter = separator.isPresent() ? separator.get() : detectSeparator(text);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .maxBufferSize(MAX_RECORD_CHARS)
                    .ofCsvRecord(text);
            Iterator<CsvRecord> records = reader.iterator();
            if (!nextRecord(file, records, messages)) {
                throw new InputException(messages.format("input.empty", file));
            }
            Columns columns = Columns.of(file, records.next().getFields(), answerIds, messages);
            return new BatchInput(file, counting, charset, bomCharset.isPresent(), delimiter, reader, records, columns,
                    messages);
        } catch (IOException e) {
            throw new InputException(messages.format("input.unreadable", file, e.getMessage()), e);
        }
    }

    private static boolean nextRecord(String file, Iterator<CsvRecord> records, Messages messages) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new InputException(messages.format("input.header", file, e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new InputException(messages.format("input.unreadable", file, e.getCause().getMessage()), e);
        }
    }

    private static Optional<Charset> readByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        if (n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            in.unread(head, 2, n - 2);
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            in.unread(head, 2, n - 2);
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        in.unread(head, 0, n);
        return Optional.empty();
    }

    /** The separator of the header line, read ahead and put back. */
    private static char detectSeparator(BufferedReader text) throws IOException {
        text.mark(MAX_RECORD_CHARS);
        StringBuilder header = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < MAX_RECORD_CHARS; i++) {
            int c = text.read();
            if (header.length() == 0 && (c == '\n' || c == '\r')) {
                continue; // blank lines before the header, which the reader skips too
            }
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            quoted ^= c == '"';
            header.append((char) c);
        }
        text.reset();
        return Separators.detect(header);
    }

    /** The separator in use (given or detected). */
    public char delimiter() {
        return delimiter;
    }

    /** The encoding in use (given, UTF-8, or from the byte-order mark). */
    public Charset charset() {
        return charset;
    }

    /** Whether the input began with a byte-order mark. */
    public boolean byteOrderMark() {
        return byteOrderMark;
    }

    /** The header's column names as written. */
    public List<String> header() {
        return columns.names;
    }

    /** Whether the header has a column that gives each row's id. */
    public boolean hasIdColumn() {
        return columns.id >= 0;
    }

    /** Bytes read from the input so far, for progress. */
    public long bytesRead() {
        return counting.count;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new InputException(messages.format("input.record", file, number, e.getMessage(), MAX_RECORD_CHARS),
                    e);
        } catch (UncheckedIOException e) {
            throw new InputException(messages.format("input.unreadable_after", file, number, e.getCause().getMessage()),
                    e);
        }
    }

    @Override
    public InputRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CsvRecord record = records.next();
        number++;
        return row(record.getStartingLineNumber(), record.getFields());
    }

    private InputRow row(long line, List<String> fields) {
        int width = columns.size();
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(i < fields.size() ? fields.get(i) : "");
        }
        String id = columns.id >= 0 && !cells.get(columns.id).isBlank() ? cells.get(columns.id).strip()
                : Long.toString(number);
        Optional<String> error = check(line, fields, cells);
        if (error.isPresent()) {
            return new InputRow(line, number, id, cells, Optional.empty(), error);
        }
        Map<String, Answer> answers = new HashMap<>();
        columns.answers.forEach((column, answerId) -> {
            String value = cells.get(column);
            if (!value.isBlank()) {
                answers.put(answerId, Answer.parse(value).orElseThrow());
            }
        });
        String topic = cell(cells, columns.topic);
        ScreeningRequest request = new ScreeningRequest(topic.isBlank() ? List.of() : List.of(topic),
                cell(cells, columns.description), cell(cells, columns.partner), answers);
        return new InputRow(line, number, id, cells, Optional.of(request), Optional.empty());
    }

    /** The first reason the row cannot be screened, naming its line and column. */
    private Optional<String> check(long line, List<String> fields, List<String> cells) {
        if (fields.size() > columns.size()) {
            return Optional.of(messages.format("row.values", line, fields.size(), columns.size(),
                    printable(delimiter)));
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf(REPLACEMENT) >= 0) {
                return Optional.of(messages.format("row.bytes", line, columns.names.get(i), charset.name())
                        + messages.get(charset.equals(StandardCharsets.UTF_8) ? "row.bytes.excel" : "row.bytes.other"));
            }
        }
        for (Map.Entry<Integer, String> answer : columns.answers.entrySet()) {
            String value = cells.get(answer.getKey());
            if (!value.isBlank() && Answer.parse(value).isEmpty()) {
                return Optional.of(messages.format("row.answer", line, columns.names.get(answer.getKey()),
                        value.strip()));
            }
        }
        if (cell(cells, columns.topic).isBlank() && cell(cells, columns.description).isBlank()) {
            return Optional.of(messages.format(columns.topic >= 0 && columns.description >= 0 ? "row.empty.both"
                    : "row.empty", line, columns.subjectNames(messages.get("row.and"))));
        }
        return Optional.empty();
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 ? cells.get(column) : "";
    }

    private static String printable(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
