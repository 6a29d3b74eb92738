package nl.partnerscan.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;
import nl.partnerscan.io.FileSignatures;
import nl.partnerscan.io.LineEndings;
import nl.partnerscan.io.Separators;
import nl.partnerscan.io.Utf8OrWindows1252;

/**
 * The text of a batch input as spreadsheets save it, before the CSV proper: a byte-order mark (UTF-8, or
 * UTF-16 from Excel's "Unicode text"), the encoding (given, from the mark, or UTF-8 with Windows-1252 when
 * the bytes are not UTF-8, see {@link Utf8OrWindows1252}), Excel's {@code sep=;} first line, and the
 * separator (given, from that line, or detected from the header). Line endings are read as LF (see
 * {@link LineEndings}).
 */
final class InputText {
    private final BufferedReader text;
    private final Charset given;
    private final Utf8OrWindows1252 guessing;
    private final boolean byteOrderMark;
    private final char delimiter;
    private final int linesBefore;

    private InputText(BufferedReader text, Charset given, Utf8OrWindows1252 guessing, boolean byteOrderMark,
                      char delimiter, int linesBefore) {
        this.text = text;
        this.given = given;
        this.guessing = guessing;
        this.byteOrderMark = byteOrderMark;
        this.delimiter = delimiter;
        this.linesBefore = linesBefore;
    }

    /**
     * @param encoding  the encoding, or empty for UTF-8 or else Windows-1252; a byte-order mark overrides it
     * @param separator the separator, or empty to take it from a {@code sep=} line or the header
     */
    static InputText open(InputStream in, Optional<Charset> encoding, Optional<Character> separator,
                          int maxHeaderChars) throws IOException {
        PushbackInputStream bytes = new PushbackInputStream(in, 3);
        Optional<Charset> fromMark = readByteOrderMark(bytes);
        Optional<Charset> given = fromMark.or(() -> encoding);
        Utf8OrWindows1252 guessing = given.isPresent() ? null : Utf8OrWindows1252.lenient(bytes);
        Reader decoded = guessing != null ? guessing : new InputStreamReader(bytes, given.get().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        BufferedReader text = new BufferedReader(new LineEndings(decoded), 1 << 16);
        Optional<Character> fromLine = readSeparatorLine(text);
        char delimiter = separator.or(() -> fromLine).orElse('\0');
        if (delimiter == '\0') {
            delimiter = detectSeparator(text, maxHeaderChars);
        }
        return new InputText(text, given.orElse(null), guessing, fromMark.isPresent(), delimiter,
                fromLine.isPresent() ? 1 : 0);
    }

    /** The text after the {@code sep=} line, if any. */
    Reader text() {
        return text;
    }

    /** The encoding in use: given, from the byte-order mark, UTF-8 or (when the bytes are not) Windows-1252. */
    Charset charset() {
        return given != null ? given : guessing.charset();
    }

    /** Whether nothing said the encoding and the bytes were not UTF-8, so that they are read as Windows-1252. */
    boolean windows1252Guessed() {
        return guessing != null && guessing.windows1252();
    }

    boolean byteOrderMark() {
        return byteOrderMark;
    }

    char delimiter() {
        return delimiter;
    }

    /** Lines of the file before the text (Excel's {@code sep=} line), to add to the reader's line numbers. */
    int linesBefore() {
        return linesBefore;
    }

    private static Optional<Charset> readByteOrderMark(PushbackInputStream in) throws IOException {
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        Optional<FileSignatures.ByteOrderMark> mark = FileSignatures.byteOrderMark(head, n);
        int skip = mark.map(FileSignatures.ByteOrderMark::length).orElse(0);
        in.unread(head, skip, n - skip);
        return mark.map(FileSignatures.ByteOrderMark::charset);
    }

    /**
     * Excel's first line {@code sep=;} (which it writes, and reads as the separator rather than as data):
     * read and its separator returned; any other first line is left in place.
     */
    private static Optional<Character> readSeparatorLine(BufferedReader text) throws IOException {
        text.mark(8);
        char[] line = new char[6];
        int n = 0;
        while (n < line.length) {
            int c = text.read();
            if (c < 0) {
                break;
            }
            line[n++] = (char) c;
            if (c == '\n') {
                break;
            }
        }
        if (n >= 5 && String.valueOf(line, 0, 4).equalsIgnoreCase("sep=") && line[4] != '"' && line[4] != '\n'
                && (n == 5 || line[5] == '\n')) {
            return Optional.of(line[4]);
        }
        text.reset();
        return Optional.empty();
    }

    /** The separator of the header line, read ahead and put back. */
    private static char detectSeparator(BufferedReader text, int maxHeaderChars) throws IOException {
        text.mark(maxHeaderChars);
        StringBuilder header = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < maxHeaderChars; i++) {
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
}
