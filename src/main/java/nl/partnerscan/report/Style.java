package nl.partnerscan.report;

/** Terminal styling for text output: ANSI bold and colours when on, the plain text when off. */
public final class Style {
    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Colour on or off. Whether the output is a terminal that wants colour is the command line's to
     * decide: it knows where standard output goes.
     */
    public static Style of(boolean colour) {
        return new Style(colour);
    }

    String bold(String text) {
        return wrap("1", text);
    }

    String dim(String text) {
        return wrap("2", text);
    }

    String red(String text) {
        return wrap("1;31", text);
    }

    String yellow(String text) {
        return wrap("1;33", text);
    }

    String green(String text) {
        return wrap("1;32", text);
    }

    private String wrap(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
