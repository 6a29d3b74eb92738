package nl.partnerscan.batch;

import java.util.Optional;
import nl.partnerscan.core.ScreeningResult;

/**
 * Where batch results go, one row per input row, in input order. Formatting a row is separate from
 * writing it, so that the rows can be formatted on the worker threads that screen them and written in
 * order by one.
 */
interface BatchOutput {
    /** Writes what comes before the rows (a header, an opening bracket). */
    void begin();

    /** The text of one row: its result, or (when empty) the row's error. Thread-safe. */
    String format(InputRow row, Optional<ScreeningResult> result);

    /** Writes one row formatted by {@link #format}; called in input order, from one thread. */
    void write(String formatted);

    /** Writes what comes after the rows and flushes; does not close the underlying writer. */
    void end();
}
