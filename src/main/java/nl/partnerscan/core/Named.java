package nl.partnerscan.core;

/**
 * An entry of the reference data that a reason names: a sector, a technology, or an area of a taxonomy;
 * by its id (which keeps the reason's filled-in text for later rows) and its name in both languages.
 */
public interface Named {
    /** The entry's id in the data. */
    String id();

    /** The entry's name in Dutch and English. */
    Localized name();
}
