package nl.partnerscan.batch;

/** What a column of a batch input is used for. */
public enum ColumnRole {
    /** The row's id. */
    ID,
    /** Screened: the subject. */
    TOPIC,
    /** Screened: a longer description. */
    DESCRIPTION,
    /** Screened: the partner's name. */
    PARTNER,
    /** The kind of organisation that asks, which decides whose contacts come first. */
    ORGANISATION,
    /** An answer to a question or check. */
    ANSWER,
    /** Not screened: copied to the output as it is. */
    PASSED_THROUGH
}
