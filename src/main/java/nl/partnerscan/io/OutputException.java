package nl.partnerscan.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file partnerscan writes (batch results, an overview, a decision record, or standard output) cannot be
 * written. Kept apart from {@link InputException} so that nothing reports a full disk as a broken input;
 * the message is one line that names the file as the user gave it (never a temporary file) and the
 * operating system's reason, with control characters made harmless.
 */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The text the operating system gives for EPIPE: the reader of a pipe has gone. */
    private static final String BROKEN_PIPE = "Broken pipe";

    /** How partnerscan names its standard output as a target. */
    public static final String STANDARD_OUTPUT = "standard output";

    private final boolean brokenPipe;
    private final String target;
    private final String reason;

    /** The failure to write {@code target}, with the reason the file system gave. */
    public OutputException(Path target, IOException cause) {
        this(target.toString(), cause);
    }

    /** The failure to write {@code target} ("standard output", or a file as the user named it). */
    public OutputException(String target, IOException cause) {
        super(Printable.of(target) + ": cannot be written: " + reason(cause), cause);
        this.brokenPipe = BROKEN_PIPE.equals(reason(cause));
        this.target = Printable.of(target);
        this.reason = reason(cause);
    }

    /** {@code target} cannot be written for {@code reason}, found before writing ("Is a directory"). */
    public OutputException(Path target, String reason) {
        super(Printable.of(target.toString()) + ": cannot be written: " + reason);
        this.brokenPipe = false;
        this.target = Printable.of(target.toString());
        this.reason = reason;
    }

    /**
     * The file as the user named it, control characters made harmless; {@link #STANDARD_OUTPUT} for standard
     * output.
     */
    public String target() {
        return target;
    }

    /**
     * The operating system's reason in its own words ("No space left on device"), so that the command line
     * can say it in the run's language.
     */
    public String reason() {
        return reason;
    }

    /**
     * Whether the reader went away (a pipe into {@code head}): not an error to report, but a reason to stop
     * at once, as a program killed by SIGPIPE would.
     */
    public boolean brokenPipe() {
        return brokenPipe;
    }

    /**
     * The operating system's reason, without the paths Java puts in its messages (those would name the
     * temporary file, not the user's).
     */
    private static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) {
            return "No such directory";
        }
        if (cause instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (cause instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (cause instanceof FileSystemException system && system.getReason() != null) {
            return Printable.of(system.getReason());
        }
        return Printable.of(String.valueOf(cause.getMessage()));
    }
}
