package nl.partnerscan.core.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.zip.CRC32;

/**
 * Writes a built structure as bytes that {@link SnapshotIn} reads back in the same order: whole numbers as
 * variable-length integers (most are small: counts, ids, characters), strings as UTF-8 with their length.
 * A value an index points to is written as its number among the index's inputs, never as itself. Public
 * for the stored reference data, which is written in the same form.
 */
public final class SnapshotOut {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    public void writeInt(int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        writeByte(v);
    }

    public void writeLong(long value) {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    public void writeBoolean(boolean value) {
        writeByte(value ? 1 : 0);
    }

    public void writeString(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    void writeStrings(Collection<String> values) {
        writeInt(values.size());
        values.forEach(this::writeString);
    }

    /**
     * The keys of a map that is only looked up, in order: so that the same index always gives the same
     * bytes, whatever order its map was filled in.
     */
    static List<String> sorted(Collection<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        return sorted;
    }

    /** A list of values as their count and each one's number. */
    <T> void writeIds(List<T> values, ToIntFunction<T> ids) {
        writeInt(values.size());
        for (T value : values) {
            writeInt(ids.applyAsInt(value));
        }
    }

    /** An array as its length and its elements at full width, to be read back in one piece. */
    void writeLongs(long[] values) {
        writeInt(values.length);
        ensure(values.length * Long.BYTES);
        ByteBuffer.wrap(bytes, size, values.length * Long.BYTES).asLongBuffer().put(values);
        size += values.length * Long.BYTES;
    }

    /** As {@link #writeLongs}. */
    void writeInts(int[] values) {
        writeInt(values.length);
        ensure(values.length * Integer.BYTES);
        ByteBuffer.wrap(bytes, size, values.length * Integer.BYTES).asIntBuffer().put(values);
        size += values.length * Integer.BYTES;
    }

    /** Bytes written apart ({@link #checkedBytes}), with their length first, as one part of a larger snapshot. */
    void writeSnapshot(byte[] part) {
        writeInt(part.length);
        ensure(part.length);
        System.arraycopy(part, 0, bytes, size, part.length);
        size += part.length;
    }

    /**
     * What was written, followed by its CRC-32, which {@link SnapshotIn#checked} checks: bytes changed on
     * the way would otherwise be read as an index that finds other things.
     */
    public byte[] checkedBytes() {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, size);
        byte[] checked = Arrays.copyOf(bytes, size + Long.BYTES);
        ByteBuffer.wrap(checked, size, Long.BYTES).putLong(crc.getValue());
        return checked;
    }

    private void writeByte(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
