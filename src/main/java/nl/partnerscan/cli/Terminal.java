package nl.partnerscan.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Where partnerscan's output goes and what that asks of it: whether standard output and standard error are
 * terminals, the width to wrap text at, and whether to colour it. Decided here, on the command line, so
 * that the renderers only take a width and a style.
 *
 * <p>Text is wrapped only on a terminal: at {@code COLUMNS}, else at the width the terminal reports, else at
 * 80. Output to a pipe or a file keeps one line per item. {@value #WIDTH} overrides both: a number wraps at
 * that width wherever the output goes (for tests, or a text for an e-mail), 0 never wraps.
 */
final class Terminal {
    /** The variable that sets the width whatever the output is; 0 turns wrapping off. */
    static final String WIDTH = "PARTNERSCAN_WIDTH";
    /** The width of a terminal that does not say its own. */
    static final int DEFAULT_WIDTH = 80;
    /** Narrower, and hanging indents leave no room for words: a smaller width counts as this one. */
    static final int MIN_WIDTH = 20;

    private final Map<String, String> environment;
    private final boolean stdoutIsTerminal;
    private final boolean stderrIsTerminal;
    private final IntSupplier reportedWidth;
    private OptionalInt width;

    /**
     * @param reportedWidth asks the terminal for its width; 0 when it cannot say. Asked at most once, and
     *                      only when standard output is a terminal and {@code COLUMNS} is not set.
     */
    Terminal(Map<String, String> environment, boolean stdoutIsTerminal, boolean stderrIsTerminal,
             IntSupplier reportedWidth) {
        this.environment = Map.copyOf(environment);
        this.stdoutIsTerminal = stdoutIsTerminal;
        this.stderrIsTerminal = stderrIsTerminal;
        this.reportedWidth = reportedWidth;
    }

    /** This process's environment and streams; the width, if needed, from {@code stty}. */
    static Terminal ofProcess() {
        Map<String, String> environment = System.getenv();
        return new Terminal(environment, isTerminal(environment, "PARTNERSCAN_STDOUT_TTY", 1),
                isTerminal(environment, "PARTNERSCAN_STDERR_TTY", 2), Terminal::askStty);
    }

    /** The width to wrap text output at; empty to keep one line per item. */
    synchronized OptionalInt textWidth() {
        if (width == null) {
            width = decideWidth();
        }
        return width;
    }

    private OptionalInt decideWidth() {
        int forced = number(environment.get(WIDTH));
        if (forced >= 0) {
            return forced == 0 ? OptionalInt.empty() : OptionalInt.of(Math.max(MIN_WIDTH, forced));
        }
        if (!stdoutIsTerminal) {
            return OptionalInt.empty();
        }
        int columns = number(environment.get("COLUMNS"));
        if (columns <= 0) {
            columns = reportedWidth.getAsInt();
        }
        return OptionalInt.of(columns > 0 ? Math.max(MIN_WIDTH, columns) : DEFAULT_WIDTH);
    }

    /** Colour only on a terminal that can show it, and never under {@code NO_COLOR} (https://no-color.org). */
    boolean colour() {
        String noColor = environment.get("NO_COLOR");
        return stdoutIsTerminal && (noColor == null || noColor.isEmpty())
                && !"dumb".equals(environment.get("TERM"));
    }

    boolean stdoutIsTerminal() {
        return stdoutIsTerminal;
    }

    boolean stderrIsTerminal() {
        return stderrIsTerminal;
    }

    /**
     * A variable of the environment this run sees. Settings that are not about the output (the language)
     * are read here too, from the one copy of the environment that a test can replace.
     */
    Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name));
    }

    /** A whole number of columns, or -1 when the text is none. */
    private static int number(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.isEmpty() || digits.length() > 4) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') { // ASCII digits only, as \d; no regex at start-up
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }

    /**
     * Whether a standard stream is a terminal: as the launcher found (Java cannot tell once a stream is
     * redirected), or else, on Linux, whether its file descriptor is a terminal device. Without either,
     * standard output counts as a terminal only when Java has a console; standard error never, so that
     * nothing meant for a person ends up in a pipe or a log.
     */
    private static boolean isTerminal(Map<String, String> environment, String fromLauncher, int descriptor) {
        String found = environment.get(fromLauncher);
        if (found != null) {
            return found.equals("1");
        }
        try {
            String device = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (Exception notLinuxOrNotALink) {
            return descriptor == 1 && System.console() != null;
        }
    }

    /** The columns of the controlling terminal as {@code stty size} says them, or 0. */
    private static int askStty() {
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroy();
                return 0;
            }
            String[] rowsColumns = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .strip().split("\\s+");
            return rowsColumns.length == 2 ? Math.max(0, number(rowsColumns[1])) : 0;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 0;
        } catch (Exception noTerminalOrNoStty) {
            return 0;
        }
    }
}
