package nl.partnerscan.core;

import java.util.Locale;

/** The outcome of a screening, in rising order of concern. */
public enum Verdict {
    /** Not in the table: "waarschijnlijk niet gevoelig". */
    LOW,
    /** Possibly sensitive: contact the ICP. */
    ELEVATED,
    /** Sensitive: contact the ICP before going further. */
    HIGH;

    /** The lower-case id used in output and data ({@code low}, {@code elevated}, {@code high}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The more serious of two verdicts. */
    public Verdict atLeast(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
