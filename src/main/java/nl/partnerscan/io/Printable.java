package nl.partnerscan.io;

/** Text made safe for a terminal. */
public final class Printable {
    private Printable() {
    }

    /**
     * Text from the user or an input file, made safe to print on a terminal: control characters become
     * U+FFFD (tab and line breaks a space), so that no escape sequence from a CSV cell or a name reaches
     * the terminal.
     */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        // A loop, not a stream of code points: every run prints through here, and on a cold JVM a lambda's
        // first run costs more than the loop.
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.CONTROL) {
                out.append(cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : '\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
