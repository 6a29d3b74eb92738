package nl.partnerscan.batch;

/**
 * Makes text safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return would be run as a formula by Excel, LibreOffice or Google Sheets
 * (CSV injection), so it gets a leading apostrophe, which spreadsheets show as text.
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
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
