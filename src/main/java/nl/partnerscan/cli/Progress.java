package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import nl.partnerscan.batch.BatchProgress;

/**
 * A one-line progress display on standard error for long batch runs: percentage (for a file), rows and
 * rows per second, redrawn at most four times a second. Only on a terminal; plain text, no colour.
 */
final class Progress implements BatchProgress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long totalBytes;
    private long start;
    private long lastDraw;
    private boolean drawn;

    Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
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
        double seconds = (now - start) / 1e9;
        String percent = totalBytes > 0 ? String.format(Locale.ROOT, "%3d%%  ", Math.min(100, bytesRead * 100 / totalBytes))
                : "";
        err.print(String.format(Locale.ROOT, "\rpartnerscan: %s%,d rows  %,.0f rows/s ", percent, rows, rows / seconds));
        err.flush();
        drawn = true;
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
