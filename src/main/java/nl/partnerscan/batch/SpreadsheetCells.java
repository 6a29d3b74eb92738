package nl.partnerscan.batch;

/**
 * Makes text safe to open in a spreadsheet: a cell that Excel, LibreOffice or Google Sheets would run as a
 * formula (CSV injection) gets a leading apostrophe, which spreadsheets show as text. A formula starts with
 * {@code =}, {@code +}, {@code -} or {@code @}, or their fullwidth forms {@code ＝ ＋ － ＠} (which
 * spreadsheets read as the same), also after leading spaces, line breaks, NUL or other control characters
 * (which spreadsheets skip); a cell that starts with tab or carriage return is neutralised whatever follows.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** The value, with a leading apostrophe if a spreadsheet would take it for a formula. */
    public static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + value;
        }
        int i = 0;
        while (i < value.length() && skipped(value.charAt(i))) {
            i++;
        }
        return i < value.length() && startsFormula(value.charAt(i)) ? "'" + value : value;
    }

    private static boolean skipped(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.CONTROL;
    }

    private static boolean startsFormula(char c) {
        return switch (c) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }
}
