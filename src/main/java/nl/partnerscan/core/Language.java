package nl.partnerscan.core;

import java.util.Locale;

/** The two languages of partnerscan's reference data and output: Dutch (the sources' language) and English. */
public enum Language {
    NL,
    EN;

    /** The lower-case code used on the command line and in data files ({@code nl}, {@code en}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
