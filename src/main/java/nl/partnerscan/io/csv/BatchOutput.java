package nl.partnerscan.io.csv;

import java.util.Optional;
import nl.partnerscan.core.ScreeningResult;

/** Where batch results go, one row per input row, in input order. */
public interface BatchOutput {
    /** Writes what comes before the rows (a header, an opening bracket). */
    void begin();

    /** Writes one row: its result, or (when empty) the row's error. */
    void write(InputRow row, Optional<ScreeningResult> result);

    /** Writes what comes after the rows and flushes; does not close the underlying writer. */
    void end();
}
