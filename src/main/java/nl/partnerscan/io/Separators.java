package nl.partnerscan.io;

/** The separator of a CSV header line, as spreadsheets write it: {@code ;} (Dutch Excel), {@code ,} or tab. */
public final class Separators {
    private Separators() {
    }

    /**
     * The separator that occurs most often outside quotes in {@code header}; {@code ,} when none does
     * (a header of one column). Ties go to {@code ;}, then {@code ,}.
     */
    public static char detect(CharSequence header) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons >= commas && semicolons >= tabs && semicolons > 0) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
