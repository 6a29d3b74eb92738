package nl.partnerscan.core;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import nl.partnerscan.core.match.TermIndex;

/**
 * The indexes a {@link Screener} is made of, which are nearly all the time it takes to build one, in two
 * steps of about equal size that do not depend on each other (the table's index; the others), so that a
 * caller with a thread to spare can take them at once: on two cores a single {@code screen} then waits for
 * the larger step instead of both.
 * Each step reads only the data and writes only its own indexes. The caller makes both steps' work
 * visible to the thread that makes the screener (by joining the threads, or through a {@code Future});
 * {@link Screener#Screener(ScreenerIndexes)} refuses indexes that are not all built.
 * {@link Screener#Screener(ReferenceData)} takes both steps itself, on the caller's thread.
 *
 * <p>The indexes can also be read from a {@link #snapshot()} of indexes built before from the same data,
 * which takes a fraction of the time building them takes: the build writes one for the bundled data. Each
 * index of the snapshot is used only if it was built from exactly the terms or names this data gives it, in
 * the same order (the listed names also only for data of the same digest, whose rules read them); else
 * that index is built, as without one.
 */
public final class ScreenerIndexes {
    /**
     * The indexes a snapshot holds, in its order: the table's, the taxonomies', the other risks', the partner
     * indicators', the listed names'.
     */
    private static final int SNAPSHOT_PARTS = 5;

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
     * Indexes of {@code data}, none built yet; each will be read from {@code snapshot} (made by
     * {@link #snapshot()}) where it holds it for this data, and built where it does not.
     */
    public ScreenerIndexes(ReferenceData data, byte[] snapshot) {
        this.data = data;
        this.snapshot = parts(snapshot);
    }

    /** The data the indexes are of. */
    public ReferenceData data() {
        return data;
    }

    /** Builds (or reads from the snapshot) the index of the table's terms and generic heads, the largest one. */
    public void buildTable() {
        table = TextFinder.tableIndex(data, snapshot.get(0));
    }

    /**
     * Builds (or reads from the snapshot) the other indexes: the listed organisations' names and the partner
     * indicators, the EU taxonomies' terms, and those of the brochure's other risks.
     */
    public void buildOthers() {
        partners = new PartnerFinder(data, snapshot.get(3), snapshot.get(4));
        taxonomies = TextFinder.taxonomyIndex(data, snapshot.get(1));
        signals = TextFinder.signalIndex(data, snapshot.get(2));
    }

    /**
     * The indexes as bytes for {@link #ScreenerIndexes(ReferenceData, byte[])}: each index's snapshot with
     * its length before it.
     *
     * @throws IllegalStateException if an index is not built yet
     */
    public byte[] snapshot() {
        List<byte[]> parts = List.of(built(table).snapshot(), built(taxonomies).snapshot(), built(signals).snapshot(),
                built(partners).indicatorSnapshot(), partners.namesSnapshot());
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

    /** Whether every index was read from the snapshot, none built; false before they all are. */
    public boolean allRead() {
        if (table == null || taxonomies == null || signals == null || partners == null) {
            return false;
        }
        return table.readFromSnapshot() && taxonomies.readFromSnapshot() && signals.readFromSnapshot()
                && partners.readFromSnapshots();
    }

    TextFinder textFinder() {
        return new TextFinder(built(table), built(taxonomies), built(signals));
    }

    PartnerFinder partnerFinder() {
        return built(partners);
    }

    private static <T> T built(T index) {
        if (index == null) {
            throw new IllegalStateException("a screener needs all its indexes built: buildTable and buildOthers");
        }
        return index;
    }
}
