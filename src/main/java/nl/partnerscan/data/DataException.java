package nl.partnerscan.data;

/**
 * A reference data file that cannot be used, with where the problem is. The message reads
 * {@code file:line:column: what is wrong}, ready to show to a user.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    /**
     * @param file    the file as the user knows it
     * @param line    1-based line, or 0 when the problem is the whole file
     * @param column  1-based column, or 0 when unknown
     * @param problem what is wrong, in plain words
     */
    public DataException(String file, int line, int column, String problem) {
        super(format(file, line, column, problem));
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

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}
