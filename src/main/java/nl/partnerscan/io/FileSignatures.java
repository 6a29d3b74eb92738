package nl.partnerscan.io;

/**
 * What the first bytes of a file a spreadsheet saved say about it: a byte-order mark, or an Excel workbook
 * rather than text. An {@code .xlsx} is a zip ({@code PK\3\4}), an {@code .xls} a compound file
 * ({@code D0 CF 11 E0}); users give the workbook where a CSV is asked for, and read as text it is bytes
 * without meaning, so a batch or a list refuses it and says to save it as CSV.
 */
public final class FileSignatures {
    /** How many first bytes {@link #isWorkbook} looks at. */
    public static final int WORKBOOK_LENGTH = 4;

    private FileSignatures() {
    }

    /** Whether the first {@code length} bytes of {@code first} are a workbook's. */
    public static boolean isWorkbook(byte[] first, int length) {
        return startsWith(first, length, 'P', 'K', 3, 4) || startsWith(first, length, 0xD0, 0xCF, 0x11, 0xE0);
    }

    /** Whether the first {@code length} bytes of {@code first} begin with the bytes {@code expected} (0 to 255). */
    public static boolean startsWith(byte[] first, int length, int... expected) {
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
