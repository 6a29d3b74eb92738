package nl.partnerscan.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file partnerscan writes (batch results, an overview, a decision record) cannot be written. Kept apart
 * from {@link InputException} so that nothing reports a full disk as a broken input; the message is one
 * line that names the file as the user gave it.
 */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The failure to write {@code target}, with the reason the file system gave. */
    public OutputException(Path target, IOException cause) {
        super(target + ": cannot be written: " + cause.getMessage(), cause);
    }
}
