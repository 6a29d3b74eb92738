package nl.partnerscan.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Files written whole or not at all: batch results as a stream, records and overviews as one text. Both go
 * through {@link AtomicFile}, so a failed or interrupted write never leaves the user's file half-written.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Starts writing {@code target}; commit the result, and close it in any case.
     *
     * @throws OutputException if the temporary file cannot be created
     */
    public static AtomicFile open(Path target) {
        return new AtomicFile(target);
    }

    /**
     * Writes {@code text} to {@code target} in UTF-8.
     *
     * @throws OutputException if it cannot be written; the target is then as it was
     */
    public static void write(Path target, String text) {
        try (AtomicFile file = open(target)) {
            file.writer().write(text);
            file.commit();
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
    }
}
