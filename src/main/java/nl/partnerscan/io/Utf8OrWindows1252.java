package nl.partnerscan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads bytes as UTF-8, unless they are not UTF-8: then as Windows-1252, the encoding of Dutch Excel's
 * default "CSV (gescheiden door lijstscheidingsteken)", which would otherwise give an error in every row
 * with an é in it. The choice falls at the first byte that is not ASCII (before it, both encodings read the
 * same): if that byte starts a valid UTF-8 sequence, the input is UTF-8, and a later invalid byte becomes
 * U+FFFD, an error for its row (the file mixes encodings, and nothing is guessed); if it does not, the
 * whole input is Windows-1252. The reader decodes ahead in blocks of 64 KiB, so for most files the choice
 * is made with the header, before the first row.
 *
 * <p>That is the lenient reader, for a batch's rows. The {@linkplain #strict strict} one, for a list of
 * names, makes the same choice but refuses what the lenient one replaces: a later byte that is not UTF-8
 * in UTF-8 text, or one that Windows-1252 does not define, throws a {@link CharacterCodingException}.
 */
public final class Utf8OrWindows1252 extends Reader {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int BLOCK = 1 << 16;

    private final InputStream in;
    /** Bytes read and not decoded yet, ready for reading. */
    private final ByteBuffer bytes = ByteBuffer.allocate(BLOCK).flip();
    /** Text decoded and not handed out yet, ready for reading. */
    private final CharBuffer text = CharBuffer.allocate(BLOCK).flip();
    private CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private boolean decided;
    private boolean windows1252;
    private boolean endOfInput;
    private boolean flushed;

    private final CodingErrorAction onError;

    private Utf8OrWindows1252(InputStream in, CodingErrorAction onError) {
        this.in = in;
        this.onError = onError;
    }

    /** A reader that decodes a byte it cannot as U+FFFD, for the row that holds it to report. */
    public static Utf8OrWindows1252 lenient(InputStream in) {
        return new Utf8OrWindows1252(in, CodingErrorAction.REPLACE);
    }

    /** A reader that throws a {@link CharacterCodingException} at a byte it cannot decode. */
    public static Utf8OrWindows1252 strict(InputStream in) {
        return new Utf8OrWindows1252(in, CodingErrorAction.REPORT);
    }

    /** The encoding the input is read in: UTF-8 until a byte says otherwise. */
    public Charset charset() {
        return windows1252 ? WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    /** Whether the input turned out not to be UTF-8, and is read as Windows-1252. */
    public boolean windows1252() {
        return windows1252;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!text.hasRemaining() && (flushed || !decodeBlock())) {
            return -1;
        }
        int n = Math.min(length, text.remaining());
        text.get(target, offset, n);
        return n;
    }

    /** Decodes the next block of text; false at the end of the input. */
    private boolean decodeBlock() throws IOException {
        text.clear();
        try {
            while (text.position() == 0) {
                int start = bytes.position();
                CoderResult result = decoder.decode(bytes, text, endOfInput);
                if (!decided) {
                    decide(start, result);
                    if (result.isError()) {
                        continue; // decoded again by the decoder now chosen
                    }
                } else if (result.isError()) {
                    result.throwException(); // only the strict reader's decoder reports an error
                }
                if (result.isUnderflow()) {
                    if (endOfInput) {
                        decoder.flush(text);
                        flushed = true;
                        return text.position() > 0;
                    }
                    readBytes();
                }
            }
            return true;
        } finally {
            text.flip();
        }
    }

    /** Decides on the first non-ASCII byte: decoded without error, or the error itself. */
    private void decide(int start, CoderResult result) {
        for (int i = start; i < bytes.position(); i++) {
            if (bytes.get(i) < 0) {
                choose(StandardCharsets.UTF_8);
                return;
            }
        }
        if (result.isError()) {
            windows1252 = true;
            choose(WINDOWS_1252);
        }
    }

    private void choose(Charset charset) {
        decided = true;
        decoder = charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }

    private void readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
