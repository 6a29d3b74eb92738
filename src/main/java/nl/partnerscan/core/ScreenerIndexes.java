package nl.partnerscan.core;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import nl.partnerscan.core.match.TermIndex;

/**
 * The indexes a {@link Screener} is made of, which are nearly all the time it takes to build one, in two
 * steps that do not depend on each other (the term indexes; the partners' names and indicators), so that a
 * caller with a thread to spare can take them at once: on two cores a single {@code screen} then waits for
 * the larger step instead of both.
 * Each step reads only the data and writes only its own indexes. The caller makes both steps' work
 * visible to the thread that makes the screener (by joining the threads, or through a {@code Future});
 * {@link Screener#Screener(ScreenerIndexes)} refuses indexes that are not all built.
 * {@link Screener#Screener(ReferenceData)} takes both steps itself, on the caller's thread.
 *
 * <p>The term indexes (the table's, the taxonomies', the other risks') can also be read from a
 * {@link #snapshot()} of indexes built before from the same data, which takes a fraction of the time to build
 * them: the build writes one for the bundled data. Each index of the snapshot is used only if it was built
 * from exactly the terms this data gives it, in the same order; else that index is built, as without one.
 */
public final class ScreenerIndexes {
    /** The term indexes a snapshot holds, in its order. */
    private static final int SNAPSHOT_PARTS = 3;

    private final ReferenceData data;
    private final List<byte[]> snapshot;
    private volatile TermIndex<TextFinder.TableEntry> table;
    private volatile TermIndex<TextFinder.AreaEntry> taxonomies;
    private volatile TermIndex<Signal> signals;
    private volatile PartnerFinder partners;

    /** Indexes of {@code data}, none built yet. */
    public ScreenerIndexes(ReferenceData data) {
        this(data, new byte[0]);
    }

    /**
     * Indexes of {@code data}, none built yet; the term indexes will be read from {@code snapshot} (made by
     * {@link #snapshot()}) where it holds them for this data, and built where it does not.
     */
    public ScreenerIndexes(ReferenceData data, byte[] snapshot) {
        this.data = data;
        this.snapshot = parts(snapshot);
    }

    /** The data the indexes are of. */
    public ReferenceData data() {
        return data;
    }

    /**
     * Builds (or reads from the snapshot) the term indexes: the table's terms and generic heads, the EU
     * taxonomies' terms, and those of the brochure's other risks. Read from a snapshot, they take less time
     * than {@link #buildPartnerIndexes()}; built, about 1.4 times as much (on a cold JVM).
     */
    public void buildTermIndexes() {
        table = TextFinder.tableIndex(data, snapshot.get(0));
        taxonomies = TextFinder.taxonomyIndex(data, snapshot.get(1));
        signals = TextFinder.signalIndex(data, snapshot.get(2));
    }

    /** Builds the indexes of the partners: the listed organisations' names and the partner indicators. */
    public void buildPartnerIndexes() {
        partners = new PartnerFinder(data);
    }

    /**
     * The term indexes as bytes for {@link #ScreenerIndexes(ReferenceData, byte[])}: each index's
     * {@link TermIndex#snapshot()} with its length before it.
     *
     * @throws IllegalStateException if an index is not built yet
     */
    public byte[] snapshot() {
        List<byte[]> parts = List.of(built(table).snapshot(), built(taxonomies).snapshot(), built(signals).snapshot());
        ByteBuffer out = ByteBuffer.allocate(parts.stream().mapToInt(part -> Integer.BYTES + part.length).sum());
        parts.forEach(part -> out.putInt(part.length).put(part));
        return out.array();
    }

    /** The parts of a snapshot; an empty part for each one the bytes do not hold (then that index is built). */
    private static List<byte[]> parts(byte[] snapshot) {
        List<byte[]> parts = new ArrayList<>(SNAPSHOT_PARTS);
        ByteBuffer in = ByteBuffer.wrap(snapshot);
        try {
            while (parts.size() < SNAPSHOT_PARTS && in.hasRemaining()) {
                int length = in.getInt();
                if (length < 0 || length > in.remaining()) {
                    parts.clear();
                    break;
                }
                byte[] part = new byte[length];
                in.get(part);
                parts.add(part);
            }
        } catch (BufferUnderflowException notASnapshot) {
            parts.clear();
        }
        while (parts.size() < SNAPSHOT_PARTS) {
            parts.add(new byte[0]);
        }
        return parts;
    }

    /** Whether every term index was read from the snapshot, none built; false before they are. */
    public boolean termIndexesRead() {
        if (table == null || taxonomies == null || signals == null) {
            return false;
        }
        return table.readFromSnapshot() && taxonomies.readFromSnapshot() && signals.readFromSnapshot();
    }

    TextFinder textFinder() {
        return new TextFinder(built(table), built(taxonomies), built(signals));
    }

    PartnerFinder partnerFinder() {
        return built(partners);
    }

    private static <T> T built(T index) {
        if (index == null) {
            throw new IllegalStateException("a screener needs all its indexes built: buildTermIndexes and buildPartnerIndexes");
        }
        return index;
    }
}
