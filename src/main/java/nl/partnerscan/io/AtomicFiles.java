package nl.partnerscan.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a small file whole or not at all: to a temporary file beside it, then moved into place. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * A new name beside {@code target} for writing it first. Not Files.createTempFile: its owner-only
     * permissions would carry over to the user's file.
     */
    public static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(System.nanoTime(), 36) + ".partial");
    }

    /** Puts the finished temporary file in the target's place, atomically where the file system can. */
    public static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void write(Path target, String text) {
        Path temporary = temporaryFor(target);
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            moveIntoPlace(temporary, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The target was never touched.
            }
            throw new OutputException(target, e);
        }
    }
}
