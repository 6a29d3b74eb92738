package nl.partnerscan.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file being written whole or not at all, in UTF-8. Opened by {@link AtomicFiles#open}.
 *
 * <p>A regular file, or a new one, is written to a temporary file beside it, {@code .NAME.PID.RANDOM.partial},
 * and {@link #commit()} moves that into place, with the permissions, owner and group of the file it
 * replaces (owner and group as far as the user may set them: root can). Closing without a commit deletes the
 * temporary file, and so does an interrupted run (Ctrl-C, SIGTERM), so a failed or cancelled run leaves the
 * user's file as it was. A kill that lets nothing run (SIGKILL, a power cut) can leave the temporary file;
 * the next run that writes the same file removes those whose process is gone.
 *
 * <p>A symbolic link is followed: the file it points to is replaced and the link stays. An existing target
 * that is not a regular file (a device such as {@code /dev/null}, a FIFO, {@code /dev/stdout} on a pipe) is
 * written into directly, as the shell's {@code >} does: such a file cannot be replaced, and replacing it
 * would destroy it.
 */
public final class AtomicFile implements Closeable {
    private static final String SUFFIX = ".partial";
    /** The most symbolic links followed in a row, as Linux does (ELOOP). */
    private static final int MAX_LINKS = 40;

    private final Path target;
    /** Where the text goes at the commit; null when writing directly into a device or FIFO. */
    private final Path destination;
    private final Path temporary;
    private final Thread cleanup;
    private final Writer writer;
    private boolean finished;
    private boolean committed;

    AtomicFile(Path target) {
        this.target = target;
        if (Files.isDirectory(target)) {
            throw new OutputException(target, "Is a directory");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            destination = null;
            temporary = null;
            cleanup = null;
            writer = open(target, StandardOpenOption.WRITE);
            return;
        }
        destination = followLinks(target);
        removeStale(destination);
        temporary = temporaryFor(destination);
        cleanup = new Thread(this::deleteTemporary, "partnerscan-cleanup");
        // The hook goes in before the file exists: a Ctrl-C between the two would leave it behind.
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            writer = open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (OutputException e) {
            removeCleanup();
            throw e;
        }
    }

    /** The file as the user named it. */
    Path target() {
        return target;
    }

    /** Where the text goes until the commit; buffered. A failed write raises an {@link OutputException}. */
    public Writer writer() {
        return writer;
    }

    /**
     * Finishes the file and puts it in the target's place.
     *
     * @throws OutputException if the rest of the text cannot be written or the file cannot be moved
     */
    public void commit() {
        finish();
        if (destination != null) {
            try {
                moveIntoPlace();
            } catch (IOException e) {
                throw new OutputException(target, e);
            }
        }
        committed = true;
    }

    /**
     * Writes out the rest of the text and gives the temporary file the replaced file's permissions and
     * owner, so that only the move is left: files committed together are all written before any is moved.
     */
    void finish() {
        if (finished) {
            return;
        }
        try {
            writer.close();
            if (destination != null && Files.exists(destination)) {
                keepAttributes();
            }
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
        finished = true;
    }

    /** Without a commit, deletes the temporary file: the target is left as it was. */
    @Override
    public void close() {
        try {
            if (!committed) {
                writer.close();
            }
        } catch (IOException | OutputException e) {
            // The text is being thrown away; a failure to flush it changes nothing.
        } finally {
            if (!committed && temporary != null) {
                deleteTemporary();
            }
            if (cleanup != null) {
                removeCleanup();
            }
        }
    }

    private Writer open(Path path, StandardOpenOption... options) {
        try {
            OutputStream file = Files.newOutputStream(path, options);
            return new BufferedWriter(new OutputStreamWriter(new RaisingOutputStream(file, target.toString()),
                    StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
    }

    /** The file a chain of symbolic links ends at (which need not exist yet); the path itself if no link. */
    private static Path followLinks(Path target) {
        Path path = target.toAbsolutePath();
        try {
            for (int i = 0; Files.isSymbolicLink(path); i++) {
                if (i == MAX_LINKS) {
                    throw new OutputException(target, "Too many levels of symbolic links");
                }
                path = path.resolveSibling(Files.readSymbolicLink(path));
            }
        } catch (IOException e) {
            throw new OutputException(target, e);
        }
        return path;
    }

    /**
     * A new name beside {@code destination}, so that the move stays on one file system, with this process's
     * id, so that a later run can tell a left-over file from one being written. Not Files.createTempFile:
     * its owner-only permissions would carry over to the user's file.
     */
    private static Path temporaryFor(Path destination) {
        return destination.resolveSibling("." + destination.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
    }

    /** Removes the temporary files for {@code destination} that a killed run left: those whose process is gone. */
    private static void removeStale(Path destination) {
        String prefix = "." + destination.getFileName() + ".";
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(destination.getParent(), path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(SUFFIX)
                    && name.substring(prefix.length(), name.length() - SUFFIX.length()).matches("\\d{1,18}\\.[0-9a-z]+");
        })) {
            for (Path partial : partials) {
                String name = partial.getFileName().toString();
                long pid = Long.parseLong(name.substring(prefix.length(), name.indexOf('.', prefix.length())));
                if (ProcessHandle.of(pid).isEmpty()) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            // A directory that cannot be listed cannot be written either: opening the file will say why.
        }
    }

    /** As the replaced file was: owner and group first, as changing them may clear permission bits. */
    private void keepAttributes() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return; // not a POSIX file system
        }
        PosixFileAttributes replaced = Files.readAttributes(destination, PosixFileAttributes.class);
        try {
            view.setOwner(replaced.owner());
        } catch (IOException onlyRootMay) {
            // The file becomes the user's, as any program that replaces it would make it.
        }
        try {
            view.setGroup(replaced.group());
        } catch (IOException notAMember) {
            // Likewise.
        }
        view.setPermissions(replaced.permissions());
    }

    /** Atomically where the file system can, so that a reader sees the old file or the new one. */
    private void moveIntoPlace() throws IOException {
        try {
            Files.move(temporary, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING);
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
