package nl.partnerscan.batch;

/**
 * What one column of a batch input's header is used for, for the front end to tell the user before the
 * run: a column that looks like a topic but is passed through unscreened must not go unnoticed.
 *
 * @param name   the header's name for the column
 * @param role   what the column is used for
 * @param answer for an {@link ColumnRole#ANSWER} column, the question or check id; else empty
 */
public record ColumnUse(String name, ColumnRole role, String answer) {
}
