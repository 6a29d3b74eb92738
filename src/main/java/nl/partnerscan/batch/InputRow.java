package nl.partnerscan.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.core.ScreeningRequest;

/**
 * One data row of a batch input: where it stands, its id, its cells as read, and either what to screen or
 * why it cannot be screened.
 *
 * @param line    the line of the file where the row starts (1 is the header)
 * @param number  the row's number among the data rows, from 1
 * @param id      the value of the id column, empty when the row's id cell is empty; the row number when the
 *                input has no id column. Never a made-up id beside given ones, so two rows cannot collide
 * @param cells   the row's values, one per header column (missing trailing values are empty)
 * @param request what to screen; empty when the row has an error
 * @param error   why the row cannot be screened, naming its line and column; empty when it can
 */
public record InputRow(long line, long number, Optional<String> id, List<String> cells, Optional<ScreeningRequest> request,
                       Optional<String> error) {
    public InputRow {
        Objects.requireNonNull(id, "id");
        cells = List.copyOf(cells);
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(error, "error");
        if (request.isPresent() == error.isPresent()) {
            throw new IllegalArgumentException("a row has either a request or an error");
        }
    }
}
