package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.partnerscan.batch.BatchProgress;
import nl.partnerscan.report.Messages;

/**
 * A one-line progress display on standard error for long batch runs: percentage (for a file), rows and
 * rows per second, redrawn at most four times a second. Only on a terminal; plain text, no colour. In the
 * run's language, numbers grouped as that language groups them (1.234.567 rijen, 1,234,567 rows).
 */
final class Progress implements BatchProgress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final Messages texts;
    private final Locale locale;
    private long totalBytes;
    private long start;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled, Messages texts) {
        this.err = err;
        this.enabled = enabled;
        this.texts = texts;
        this.locale = Locale.forLanguageTag(texts.language().code());
    }

    /** Rows per second count from here: the time before, loading data and opening files, is not screening. */
    @Override
    public void start(long totalBytes) {
        this.totalBytes = totalBytes;
        start = System.nanoTime();
        lastDraw = start;
    }

    /** Redraws if a quarter of a second has passed; nothing in the first second, so short runs stay quiet. */
    @Override
    public void update(long rows, long bytesRead) {
        if (!enabled || (rows & 255) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS || now - start < QUIET_NANOS) {
            return;
        }
        lastDraw = now;
        err.print("\r" + line(rows, bytesRead, (now - start) / 1e9));
        err.flush();
        drawn = true;
    }

    /** The progress line after {@code rows} rows and {@code bytesRead} bytes in {@code seconds}. */
    String line(long rows, long bytesRead, double seconds) {
        String percent = totalBytes > 0
                ? String.format(locale, "%3d%%  ", Math.min(100, bytesRead * 100 / totalBytes)) : "";
        return texts.format("progress.rows", percent, String.format(locale, "%,d", rows),
                String.format(locale, "%,.0f", rows / seconds));
    }

    /** Clears the progress line. */
    @Override
    public void finish() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
