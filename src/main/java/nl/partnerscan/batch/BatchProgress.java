package nl.partnerscan.batch;

/**
 * How far a batch run is, for a front end to show while it goes. Called on the thread that writes the
 * rows, in this order: {@link #start} once, {@link #update} after every row, {@link #finish} once.
 */
public interface BatchProgress {
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
