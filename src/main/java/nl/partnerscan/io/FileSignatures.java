package nl.partnerscan.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What the first bytes of a file a spreadsheet saved say about it: a byte-order mark, or an Excel workbook
 * rather than text. An {@code .xlsx} is a zip ({@code PK\3\4}), an {@code .xls} a compound file
 * ({@code D0 CF 11 E0}); users give the workbook where a CSV is asked for, and read as text it is bytes
 * without meaning, so a batch or a list refuses it and says to save it as CSV.
 */
public final class FileSignatures {
    /** How many first bytes {@link #isWorkbook} and {@link #byteOrderMark} look at at most. */
    public static final int WORKBOOK_LENGTH = 4;

    /** A byte-order mark: the encoding it names, and how many bytes it takes. */
    public record ByteOrderMark(Charset charset, int length) {
    }

    private FileSignatures() {
    }

    /** Whether the first {@code length} bytes of {@code first} are a workbook's. */
    public static boolean isWorkbook(byte[] first, int length) {
        return startsWith(first, length, 'P', 'K', 3, 4) || startsWith(first, length, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /** The byte-order mark the first {@code length} bytes of {@code first} begin with: UTF-8, UTF-16 LE or BE. */
    public static Optional<ByteOrderMark> byteOrderMark(byte[] first, int length) {
        if (startsWith(first, length, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(first, length, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        if (startsWith(first, length, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        return Optional.empty();
    }

    /** Whether the first {@code length} bytes of {@code first} begin with the bytes {@code expected} (0 to 255). */
    private static boolean startsWith(byte[] first, int length, int... expected) {
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((first[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
