package nl.partnerscan.core.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * Reads what {@link SnapshotOut} wrote, in the same order. Bytes that end too soon or hold a number out of
 * range throw {@link IllegalArgumentException}: the caller then builds its index (or binds its data) from
 * its inputs instead.
 */
public final class SnapshotIn {
    private final byte[] bytes;
    private int position;
    private final int end;

    /**
     * A reader of bytes written by {@link SnapshotOut#checkedBytes}, without their CRC-32.
     *
     * @throws IllegalArgumentException if the CRC-32 at their end is not theirs
     */
    public static SnapshotIn checked(byte[] bytes) {
        return new SnapshotIn(bytes, 0, bytes.length).checked();
    }

    /** This part's bytes (a part written by {@link SnapshotOut#writeSnapshot}) as {@link #checked(byte[])} reads them. */
    SnapshotIn checked() {
        int length = end - position - Long.BYTES;
        if (length < 0) {
            throw new IllegalArgumentException("too short for a snapshot");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, position, length);
        if (ByteBuffer.wrap(bytes, position + length, Long.BYTES).getLong() != crc.getValue()) {
            throw new IllegalArgumentException("the snapshot's CRC-32 does not match its bytes");
        }
        return new SnapshotIn(bytes, position, position + length);
    }

    private SnapshotIn(byte[] bytes, int from, int end) {
        this.bytes = bytes;
        this.position = from;
        this.end = end;
    }

    public int readInt() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = readByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("a number of more than five bytes at " + position);
    }

    /** A count or an id: a number from 0 to {@code limit} (exclusive). */
    public int readIndex(int limit) {
        int value = readInt();
        if (value < 0 || value >= limit) {
            throw new IllegalArgumentException("number " + value + " out of range 0 to " + limit + " at " + position);
        }
        return value;
    }

    /**
     * A number of elements to follow: no more than there are bytes left (each takes one at least), so that
     * a broken count fails before anything is made for it.
     */
    public int readCount() {
        return readIndex(end - position + 1);
    }

    public long readLong() {
        long high = readInt();
        return (high << 32) | (readInt() & 0xFFFFFFFFL);
    }

    public boolean readBoolean() {
        return readByte() != 0;
    }

    public String readString() {
        int length = readCount();
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    List<String> readStrings() {
        int count = readCount();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(readString());
        }
        return values;
    }

    /**
     * A set written by {@link SnapshotOut#writeStrings} from a {@link HashSet}: grown and filled as that one
     * was iterated, so that it iterates in the same order.
     */
    Set<String> readStringSet() {
        Set<String> set = new HashSet<>();
        for (String value : readStrings()) {
            set.add(value);
        }
        return set;
    }

    /** An array written by {@link SnapshotOut#writeLongs}, read in one piece. */
    long[] readLongs() {
        long[] values = new long[readIndex((end - position) / Long.BYTES + 1)];
        ByteBuffer.wrap(bytes, position, values.length * Long.BYTES).asLongBuffer().get(values);
        position += values.length * Long.BYTES;
        return values;
    }

    /** An array written by {@link SnapshotOut#writeInts}, read in one piece. */
    int[] readInts() {
        int[] values = new int[readIndex((end - position) / Integer.BYTES + 1)];
        ByteBuffer.wrap(bytes, position, values.length * Integer.BYTES).asIntBuffer().get(values);
        position += values.length * Integer.BYTES;
        return values;
    }

    /** A list written by {@link SnapshotOut#writeIds}, each number turned back into its value. */
    <T> List<T> readIds(IntFunction<T> values, int limit) {
        int count = readCount();
        List<T> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(values.apply(readIndex(limit)));
        }
        return list;
    }

    /** The part written by {@link SnapshotOut#writeSnapshot}, to be read on its own. */
    SnapshotIn readSnapshot() {
        int length = readIndex(end - position + 1);
        SnapshotIn part = new SnapshotIn(bytes, position, position + length);
        position += length;
        return part;
    }

    /** Whether every byte was read: a snapshot with more in it than its reader expects is not one it wrote. */
    public boolean atEnd() {
        return position == end;
    }

    private int readByte() {
        if (position >= end) {
            throw new IllegalArgumentException("the snapshot ends too soon");
        }
        return bytes[position++];
    }
}
