package nl.partnerscan.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Files written whole or not at all: batch results as a stream, records and overviews as one text. Both go
 * through {@link AtomicFile}, so a failed or interrupted write never leaves the user's file half-written.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /**
     * Starts writing {@code target}; commit the result, and close it in any case. Opening early checks the
     * target: a directory, a missing directory or one that cannot be written fails here, before any work.
     *
     * @throws OutputException if the target cannot be written
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
            write(file, text);
        }
    }

    /**
     * Writes {@code text} into {@code file}, opened before, and commits it.
     *
     * @throws OutputException if it cannot be written; the target is then as it was
     */
    public static void write(AtomicFile file, String text) {
        try {
            file.writer().write(text);
        } catch (IOException e) {
            throw new OutputException(file.target(), e);
        }
        file.commit();
    }

    /**
     * Commits files that belong together (results and their overview), all or none: each is written out in
     * full (where a full disk shows) before the first is moved into place. Null entries are skipped.
     *
     * @throws OutputException if any cannot be written; then no file has been moved into place
     */
    public static void commitAll(AtomicFile... files) {
        List<AtomicFile> present = Arrays.stream(files).filter(Objects::nonNull).toList();
        present.forEach(AtomicFile::finish);
        present.forEach(AtomicFile::commit);
    }
}
