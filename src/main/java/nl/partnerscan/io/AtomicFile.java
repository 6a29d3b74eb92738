package nl.partnerscan.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * A file being written whole or not at all, in UTF-8: the text goes to a temporary file beside the target,
 * and {@link #commit()} moves it into place. Closing without a commit deletes the temporary file, and so
 * does an interrupted run (Ctrl-C), so a failed or cancelled run leaves the user's file as it was and no
 * temporary file behind. Opened by {@link AtomicFiles#open}.
 */
public final class AtomicFile implements Closeable {
    private final Path target;
    private final Path temporary;
    private final Thread cleanup;
    private final Writer writer;
    private boolean committed;

    AtomicFile(Path target) {
        this.target = target;
        this.temporary = temporaryFor(target);
        this.cleanup = new Thread(this::deleteTemporary, "partnerscan-cleanup");
        // The hook goes in before the file exists: a Ctrl-C between the two would leave it behind.
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            removeCleanup();
            throw new OutputException(target, e);
        }
    }

    /** Where the text goes until the commit; buffered. */
    public Writer writer() {
        return writer;
    }

    /**
     * Finishes the temporary file and puts it in the target's place.
     *
     * @throws OutputException if the rest of the text cannot be written or the file cannot be moved
     */
    public void commit() {
        try {
            writer.close();
            moveIntoPlace();
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
        committed = true;
    }

    /** Without a commit, deletes the temporary file: the target is left as it was. */
    @Override
    public void close() {
        try {
            if (!committed) {
                writer.close();
            }
        } catch (IOException e) {
            // The text is being thrown away; a failure to flush it changes nothing.
        } finally {
            if (!committed) {
                deleteTemporary();
            }
            removeCleanup();
        }
    }

    /**
     * A new name beside {@code target}, so that the move stays on one file system. Not
     * Files.createTempFile: its owner-only permissions would carry over to the user's file.
     */
    private static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling("." + absolute.getFileName() + "."
                + Long.toUnsignedString(System.nanoTime(), 36) + ".partial");
    }

    /** Atomically where the file system can, so that a reader sees the old file or the new one. */
    private void moveIntoPlace() throws IOException {
        try {
            Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target.toAbsolutePath(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void deleteTemporary() {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more to do: the target itself was never touched.
        }
    }

    private void removeCleanup() {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }
}
