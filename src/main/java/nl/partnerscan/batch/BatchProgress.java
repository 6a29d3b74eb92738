package nl.partnerscan.batch;

import java.util.List;

/**
 * What a batch run says while it goes, for a front end to show: which columns it screens as what, and how
 * far it is. Called on the thread that writes the rows, in this order: {@link #columns} and {@link #start}
 * once, {@link #update} after every row, {@link #finish} once.
 */
public interface BatchProgress {
    /** The header is read: what each column is used for, in header order. */
    void columns(List<ColumnUse> uses);

    /**
     * The input is open and the first row is about to be read.
     *
     * @param totalBytes the input's size, or -1 when unknown (standard input)
     */
    void start(long totalBytes);

    /** A row has been written; {@code bytesRead} is how far into the input the reader is. */
    void update(long rows, long bytesRead);

    /** Every row has been written. */
    void finish();
}
