package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.partnerscan.batch.BatchProgress;
import nl.partnerscan.batch.ColumnRole;
import nl.partnerscan.batch.ColumnUse;
import nl.partnerscan.io.Printable;
import nl.partnerscan.report.Messages;

/**
 * What a batch run says on standard error while it goes: always one line with the columns it screens as
 * what and those it only passes through (a topic column under a name it does not know must not go
 * unnoticed); and, only on a terminal, a one-line progress display for long runs: percentage (for a file),
 * rows and rows per second, redrawn at most four times a second, plain text, no colour. In the run's
 * language, numbers grouped as that language groups them (1.234.567 rijen, 1,234,567 rows).
 */
final class Progress implements BatchProgress {
    private static final long REDRAW_NANOS = 250_000_000L;
    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final Messages messages;
    private final Locale locale;
    private long totalBytes;
    private long start;
    private long lastDraw;
    private boolean drawn;

    /** @param enabled whether to show the progress display (on a terminal) */
    Progress(PrintWriter err, boolean enabled, Messages messages) {
        this.err = err;
        this.enabled = enabled;
        this.messages = messages;
        this.locale = Locale.forLanguageTag(messages.language().code());
    }

    @Override
    public void columns(List<ColumnUse> uses) {
        List<String> screened = new ArrayList<>();
        List<String> passedThrough = new ArrayList<>();
        for (ColumnUse use : uses) {
            String name = Printable.of(use.name());
            if (use.role() == ColumnRole.PASSED_THROUGH) {
                passedThrough.add("'" + name + "'");
            } else {
                screened.add(messages.format("batch.column." + use.role().name().toLowerCase(Locale.ROOT), name,
                        use.answer()));
            }
        }
        err.println(messages.format("batch.columns", String.join(", ", screened),
                passedThrough.isEmpty() ? messages.get("batch.columns.none") : String.join(", ", passedThrough)));
        err.flush();
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
        return messages.format("progress.rows", percent, String.format(locale, "%,d", rows),
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
