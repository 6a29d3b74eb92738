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
        text.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL) {
                out.append(cp == '\t' || cp == '\n' || cp == '\r' ? ' ' : '\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
