package nl.partnerscan.batch;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.io.FileSignatures;
import nl.partnerscan.io.InputException;
import nl.partnerscan.report.Messages;

/**
 * Reads a batch CSV as a stream of {@link InputRow}s, one per record, in order, holding one record at a
 * time. Handles what spreadsheets write (see {@link InputText}: byte-order mark, encoding, {@code sep=}
 * line, separator), quoted values with separators and line breaks inside, and rows whose every cell is
 * empty, which are skipped and counted. Bytes that are not valid in the input's encoding never pass
 * silently: the row that holds them gets an error that suggests {@code --encoding}. Errors are in
 * the run's language.
 *
 * <p>Just over 300 lines: reading a record, counting its place (line and column for errors) and deciding
 * what a malformed record becomes share the reader's state, so they stay together.
 */
public final class BatchInput implements Iterator<InputRow>, Closeable {
    /**
     * The most characters one record may have (its values, without separators and quotes), wherever it is
     * in the file; a longer one stops the run with its line.
     */
    public static final int MAX_RECORD_CHARS = 1024 * 1024;
    /**
     * The reader's buffer holds a whole record as written, quotes and separators included, so it is larger
     * than the bound on the values: {@link #MAX_RECORD_CHARS} is then what decides, wherever the record is.
     */
    private static final int MAX_BUFFER_CHARS = 4 * MAX_RECORD_CHARS;
    private static final char REPLACEMENT = '\uFFFD';
    private static final Pattern READER_LINE = Pattern.compile("line (\\d+)");

    private final String file;
    private final CountingInputStream counting;
    private final InputText input;
    private final CsvReader<CsvRecord> reader;
    /** The records after the header. */
    private final Iterator<CsvRecord> records;
    private final Columns columns;
    private final Set<String> organisations;
    private final Messages messages;
    private long number;
    private long emptyRows;
    private InputRow next;

    private BatchInput(String file, CountingInputStream counting, InputText input, CsvReader<CsvRecord> reader,
                       Iterator<CsvRecord> records, Columns columns, Set<String> organisations, Messages messages) {
        this.file = file;
        this.messages = messages;
        this.counting = counting;
        this.input = input;
        this.reader = reader;
        this.records = records;
        this.columns = columns;
        this.organisations = Set.copyOf(organisations);
    }

    /**
     * Opens a batch input and reads its header.
     *
     * @param file      the name to use in messages ("partnerships.csv", or "standard input")
     * @param in        the bytes; closed by {@link #close()}
     * @param encoding  the encoding, or empty for UTF-8 (Windows-1252 if the bytes are not); a byte-order
     *                  mark overrides it
     * @param separator the separator, or empty to take it from a {@code sep=} line or the header
     * @param answerIds the question and check ids an answer column may be named after
     * @param chosen    the columns the user named for a role, by role
     * @param organisations the kinds of organisation an {@code organisation} column may name, in lower case
     * @param messages  the language of errors
     * @throws InputException if the input is empty or has no usable header
     */
    public static BatchInput open(String file, InputStream in, Optional<Charset> encoding,
                                  Optional<Character> separator, Set<String> answerIds, Map<ColumnRole, String> chosen,
                                  Set<String> organisations, Messages messages) {
        CountingInputStream counting = new CountingInputStream(in);
        try {
            PushbackInputStream start = new PushbackInputStream(counting, FileSignatures.WORKBOOK_LENGTH);
            byte[] first = start.readNBytes(FileSignatures.WORKBOOK_LENGTH);
            if (FileSignatures.isWorkbook(first, first.length)) {
                throw new InputException(messages.format("input.workbook", file));
            }
            start.unread(first);
            InputText input = InputText.open(start, encoding, separator, MAX_RECORD_CHARS);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(input.delimiter())
                    .quoteCharacter('"')
                    .commentStrategy(CommentStrategy.NONE)
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .maxBufferSize(MAX_BUFFER_CHARS)
                    .build(CsvRecordHandler.builder().maxRecordSize(MAX_RECORD_CHARS).maxFieldSize(MAX_RECORD_CHARS)
                            .build(), input.text());
            Iterator<CsvRecord> records = reader.iterator();
            if (!nextRecord(file, records, messages)) {
                throw new InputException(messages.format("input.empty", file));
            }
            CsvRecord header = records.next();
            Columns columns = Columns.of(file + ":" + (header.getStartingLineNumber() + input.linesBefore()),
                    header.getFields(), answerIds, chosen, messages);
            return new BatchInput(file, counting, input, reader, records, columns, organisations, messages);
        } catch (IOException e) {
            throw new InputException(messages.format("input.unreadable", file, e.getMessage()), e);
        }
    }

    private static boolean nextRecord(String file, Iterator<CsvRecord> records, Messages messages) {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            throw new InputException(messages.format("input.header", file, notOutOfMemory(e).getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new InputException(messages.format("input.unreadable", file, e.getCause().getMessage()), e);
        }
    }

    /** The separator in use (given, from the {@code sep=} line, or detected). */
    public char delimiter() {
        return input.delimiter();
    }

    /** The encoding in use (given, from the byte-order mark, UTF-8, or Windows-1252 when the bytes are not UTF-8). */
    public Charset charset() {
        return input.charset();
    }

    /** Whether nothing said the encoding and the bytes were not UTF-8, so that they are read as Windows-1252. */
    public boolean windows1252Guessed() {
        return input.windows1252Guessed();
    }

    /** Whether the input began with a byte-order mark. */
    public boolean byteOrderMark() {
        return input.byteOrderMark();
    }

    /** The header's column names as written. */
    public List<String> header() {
        return columns.names;
    }

    /** What each column is used for, in header order. */
    public List<ColumnUse> columnUses() {
        return columns.uses();
    }

    /** Whether the header has a column that gives each row's id. */
    public boolean hasIdColumn() {
        return columns.id >= 0;
    }

    /** Bytes read from the input so far, for progress. */
    public long bytesRead() {
        return counting.count;
    }

    /** The rows skipped so far because every cell was empty (as Excel leaves {@code ;;} below the data). */
    public long emptyRows() {
        return emptyRows;
    }

    @Override
    public boolean hasNext() {
        while (next == null && nextRecord()) {
            CsvRecord record = records.next();
            if (record.getFields().stream().allMatch(String::isBlank)) {
                emptyRows++;
            } else {
                number++;
                next = row(record.getStartingLineNumber() + input.linesBefore(), record.getFields());
            }
        }
        return next != null;
    }

    private boolean nextRecord() {
        try {
            return records.hasNext();
        } catch (CsvParseException e) {
            Throwable cause = notOutOfMemory(e);
            Matcher line = READER_LINE.matcher(String.valueOf(e.getMessage()));
            String where = line.find()
                    ? messages.format("input.where.line", file, Long.parseLong(line.group(1)) + input.linesBefore(), number)
                    : messages.format("input.where", file, number);
            if (String.valueOf(cause.getMessage()).contains("exceeds the max")) { // record or field size
                throw new InputException(where + messages.format("input.too_long", MAX_RECORD_CHARS), e);
            }
            throw new InputException(where + messages.format("input.record", cause.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new InputException(messages.format("input.unreadable_after", file, number, e.getCause().getMessage()),
                    e);
        }
    }

    /**
     * The root cause of a parse failure. The CSV reader wraps whatever it meets, a lack of memory too: that
     * is rethrown as itself, to be reported as what it is rather than as a broken record.
     */
    private static Throwable notOutOfMemory(CsvParseException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof OutOfMemoryError outOfMemory) {
            throw outOfMemory;
        }
        return cause;
    }

    @Override
    public InputRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        InputRow row = next;
        next = null;
        return row;
    }

    private InputRow row(long line, List<String> fields) {
        int width = columns.size();
        List<String> cells = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            cells.add(i < fields.size() ? fields.get(i) : "");
        }
        Optional<String> id = columns.id < 0 ? Optional.of(Long.toString(number))
                : Optional.of(cells.get(columns.id).strip()).filter(value -> !value.isEmpty());
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
                cell(cells, columns.description), cell(cells, columns.partner), answers, Set.of(),
                organisation(cells));
        return new InputRow(line, number, id, cells, Optional.of(request), Optional.empty());
    }

    /** The first reason the row cannot be screened, naming its line and column. */
    private Optional<String> check(long line, List<String> fields, List<String> cells) {
        if (fields.size() > columns.size()) {
            return Optional.of(messages.format("row.values", line, fields.size(), columns.size(),
                    printable(input.delimiter())));
        }
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).indexOf(REPLACEMENT) >= 0) {
                Charset charset = input.charset();
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
        String organisation = organisation(cells);
        if (!organisation.isEmpty() && !organisations.contains(organisation)) {
            return Optional.of(messages.format("row.organisation", line, columns.names.get(columns.organisation),
                    cells.get(columns.organisation).strip(), String.join(", ", organisations.stream().sorted().toList())));
        }
        if (cell(cells, columns.topic).isBlank() && cell(cells, columns.description).isBlank()) {
            return Optional.of(messages.format(columns.topic >= 0 && columns.description >= 0 ? "row.empty.both"
                    : "row.empty", line, columns.subjectNames(messages.get("row.and"))));
        }
        return Optional.empty();
    }

    /** The row's organisation id as written, in lower case; empty when there is none. */
    private String organisation(List<String> cells) {
        return cell(cells, columns.organisation).strip().toLowerCase(Locale.ROOT);
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
}
