package nl.partnerscan.core;

import java.util.Locale;

/**
 * What kind of reason a line of the score's explanation is. Each code has one rule in {@code scoring.yaml}
 * (points, reason text, an optional minimum verdict), except {@link #PARTNER_INDICATOR}, whose rules come
 * with each indicator, {@link #PARTNER_LISTED}, whose rules are per kind of list, and {@link #SIGNAL}, whose
 * weights are per signal.
 */
public enum ReasonCode {
    /** The subject is in the brochure's table (the first matched sector). */
    TABLE_MATCH,
    /** Each further matched sector. */
    ADDITIONAL_SECTOR,
    /** A specific sub-technology of the table is named. */
    TECHNOLOGY_MATCH,
    /** A matched sector is a Dutch top sector. */
    TOPSECTOR,
    /** A matched sector is a Dutch key technology. */
    KEY_TECHNOLOGY,
    /** The table leaves a matched sector's flags blank: a note, not "no". */
    FLAG_NOT_STATED,
    /** The subject is not in the table. */
    NO_MATCH,
    /** No topic or description was given: only the partner was screened. */
    SUBJECT_NOT_SCREENED,
    /** An answer to a check that raises the risk (the points come from the check). */
    RISKY_ANSWER,
    /** The points add up to more than the maximum score. */
    CAP,
    /** Words in the partner's description (a party or state body, the armed forces, …). */
    PARTNER_INDICATOR,
    /** The partner is on a list. */
    PARTNER_LISTED,
    /** The partner's name is a few letters away from a listed name, or a name that others share. */
    PARTNER_NEAR,
    /** A topic or the description names a listed organisation (the points are the list kind's). */
    NAMED_IN_TEXT,
    /** A topic or the description names one that looks like a listed organisation: to check. */
    NEAR_IN_TEXT,
    /** An EU critical technology area 1 to 4. */
    EU_PRIORITY_AREA,
    /** Another EU critical technology area. */
    EU_AREA,
    /** A category of the EU dual-use list. */
    DUAL_USE,
    /** The text names dual-use or military use itself. */
    DUAL_USE_NAMED,
    /** One of the brochure's other risks (knowledge transfer, dependence, …), with its own weight per signal. */
    SIGNAL,
    /** A text held characters that disguise words: read as displayed, and said so. */
    DISGUISED_TEXT;

    /** The code as scripts see it in JSON and CSV ({@code table_match}), and as {@code scoring.yaml} names its rule. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
