package nl.partnerscan.data;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreenerIndexes;

/**
 * The screener's indexes of the bundled data, built by the build and stored beside the data files, so that
 * a run reads them instead of building them: on a cold JVM, building them was the larger part of a single
 * {@code screen}. A run uses the stored indexes only for data whose digest is the one they were built from,
 * and {@link ScreenerIndexes} then uses each index only if this data gives it exactly the terms or names it
 * was built from; anything else is built anew. A data directory ({@code --data}) never has one.
 *
 * <p>Format: the data digest (as {@link DataOutputStream#writeUTF}), then {@link ScreenerIndexes#snapshot()}.
 */
final class IndexSnapshotFile {
    /** The file's name, beside the bundled data files. */
    static final String RESOURCE = "indexes.snapshot";

    private IndexSnapshotFile() {
    }

    /** The stored indexes for {@code data}; no bytes if {@code in} is null or holds those of other data. */
    static byte[] read(InputStream in, ReferenceData data) throws IOException {
        if (in == null) {
            return new byte[0];
        }
        DataInputStream stored = new DataInputStream(in);
        if (!stored.readUTF().equals(data.dataDigest())) {
            return new byte[0];
        }
        return stored.readAllBytes();
    }

    /** The stored indexes of {@code data}, built now. */
    static byte[] write(ReferenceData data) throws IOException {
        ScreenerIndexes indexes = new ScreenerIndexes(data);
        indexes.buildTable();
        indexes.buildOthers();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeUTF(data.dataDigest());
            out.write(indexes.snapshot());
        }
        return bytes.toByteArray();
    }
}
