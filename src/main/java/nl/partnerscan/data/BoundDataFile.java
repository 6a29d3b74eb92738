package nl.partnerscan.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import nl.partnerscan.core.ReferenceData;

/**
 * The bundled data as the binders made it, stored by the build beside the data files, so that a run reads
 * the records instead of binding the files again: on a cold JVM, binding was the larger part of a single
 * {@code screen}. A run uses it only if every bundled file, read now, has the length and CRC-32 the build
 * recorded ({@link BundledIndex}) and the stored data was bound from files with the build's digest; anything
 * else is bound from the files. A data directory ({@code --data}) and a list file ({@code --list}) never
 * use it.
 *
 * <p>Format: {@link BoundDataWriter}'s.
 */
final class BoundDataFile {
    /** The file's name, beside the bundled data files. */
    static final String RESOURCE = "bound-data.snapshot";

    private BoundDataFile() {
    }

    /**
     * The stored data, if {@code in} holds some in the current form and {@code index} shows that it was bound
     * from exactly the files that {@code stamps} describes; empty otherwise (also if {@code in} is null: a jar
     * built without the build step).
     */
    static Optional<ReferenceData> read(InputStream in, BundledIndex index, BundledIndex.Stamps stamps)
            throws IOException {
        Optional<String> digest = index.digest(stamps);
        if (in == null || digest.isEmpty()) {
            return Optional.empty();
        }
        ReferenceData stored;
        try {
            stored = BoundDataReader.read(in.readAllBytes());
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty(); // another form, or broken bytes: the files are bound instead
        }
        return digest.filter(stored.dataDigest()::equals).map(equal -> stored);
    }

    /** The stored form of {@code data}. */
    static byte[] write(ReferenceData data) {
        return BoundDataWriter.write(data);
    }
}
