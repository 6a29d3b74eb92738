package nl.partnerscan.data;

import nl.partnerscan.core.Language;
import nl.partnerscan.core.Localized;

/**
 * A reference data file that cannot be used, with where the problem is. The message reads
 * {@code file:line:column: what is wrong}, ready to show to a user; in English, and for an own list in CSV
 * or JSON (which a user keeps in a spreadsheet) and any own list's file also in Dutch
 * ({@link #message(Language)}). What is said about the content of YAML files is English in both: it is for
 * whoever edits them, and names their fields as they are spelt.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final Localized problem;

    /**
     * @param file    the file as the user knows it
     * @param line    1-based line, or 0 when the problem is the whole file
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, in plain words
     */
    public DataException(String file, int line, int column, String problem) {
        this(file, line, column, Localized.same(problem));
    }

    /** As {@link #DataException(String, int, int, String)}, with the problem in Dutch and English. */
    public DataException(String file, int line, int column, Localized problem) {
        super(format(file, line, column, problem.en()));
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    private static String format(String file, int line, int column, String problem) {
        if (line <= 0) {
            return file + ": " + problem;
        }
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the place, in English. */
    public String problem() {
        return problem.en();
    }

    /** The message in {@code language} where the problem has its text in it, else in English. */
    public String message(Language language) {
        return format(file, line, column, problem.in(language));
    }
}
