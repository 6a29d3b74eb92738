package nl.partnerscan.report;

/**
 * Terminal styling for text output: ANSI bold and colours when writing to a terminal, nothing otherwise
 * and nothing when the {@code NO_COLOR} environment variable is set (https://no-color.org).
 */
public final class Style {
    private final boolean enabled;

    private Style(boolean enabled) {
        this.enabled = enabled;
    }

    /** Colour only on an interactive terminal, and never under {@code NO_COLOR}. */
    public static Style detect() {
        String noColor = System.getenv("NO_COLOR");
        boolean noColorSet = noColor != null && !noColor.isEmpty();
        return new Style(!noColorSet && System.console() != null && !"dumb".equals(System.getenv("TERM")));
    }

    static Style plain() {
        return new Style(false);
    }

    public boolean enabled() {
        return enabled;
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
