package nl.partnerscan.io;

/**
 * A batch input that cannot be read at all (no header, a required column missing, a broken record that
 * the reader cannot get past, an I/O error). The message names the file and line and says what to do.
 * Problems of a single row are not exceptions: they become that row's error.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
