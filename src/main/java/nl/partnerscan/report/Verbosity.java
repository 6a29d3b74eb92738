package nl.partnerscan.report;

/** How much of a screening result the text shows; the first lines are the same at every level. */
public enum Verbosity {
    /**
     * The answer first, then the findings and reasons; with nothing answered, the six questions with the
     * number of their checks; the caveats in short.
     */
    NORMAL,
    /** As {@link #NORMAL}, with every open check listed. */
    ALL_CHECKS,
    /** Everything: every open check, the contact in full and every caveat in full. */
    VERBOSE;

    boolean listsEveryCheck() {
        return this != NORMAL;
    }

    boolean full() {
        return this == VERBOSE;
    }
}
