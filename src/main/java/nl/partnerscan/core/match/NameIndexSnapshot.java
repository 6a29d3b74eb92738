package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link NameIndex} as bytes, and back: every name as the index read it (its words, the abbreviation or
 * Chinese characters it is filed under, a part it is looked for without, a word it leaves out), entry by
 * entry in the order added; reading them back files each name under its keys as building does, but
 * skips reading the names, which is most of the time building takes. The bytes hold no entry: a builder
 * with the same entries' names restores the index around its own entries.
 *
 * <p>The bytes begin with a format number, the caller's key (which stands for the rules the names were
 * read by) and a digest of the entries' names and countries ({@link #fingerprint}), and end with a CRC-32:
 * an index is read only with the same key for a builder with exactly those names, and bytes changed on the
 * way are refused. Words are written once, in a table, and shared by every name that has them, as
 * building shares them.
 */
final class NameIndexSnapshot {
    /** What a snapshot starts with; another number for another layout of the bytes. */
    private static final int FORMAT = 0x7053_0101;
    private static final NameIndex.Kind[] KINDS = NameIndex.Kind.values();

    private NameIndexSnapshot() {
    }

    static <E> byte[] write(NameIndex<E> index, String key) {
        Map<String, Integer> words = new HashMap<>();
        List<String> table = new ArrayList<>();
        for (NameEntry<E> entry : index.entries) {
            for (NameTarget<E> target : entry.targets) {
                for (String word : target.words) {
                    if (words.putIfAbsent(word, table.size()) == null) {
                        table.add(word);
                    }
                }
            }
        }
        SnapshotOut out = new SnapshotOut();
        out.writeInt(FORMAT);
        out.writeString(key);
        out.writeLong(index.fingerprint);
        out.writeInt(index.entries.size());
        out.writeStrings(table);
        for (NameEntry<E> entry : index.entries) {
            out.writeInt(entry.targets.size());
            for (NameTarget<E> target : entry.targets) {
                out.writeString(target.name);
                out.writeInt(target.kind.ordinal());
                out.writeIds(target.words, words::get);
                out.writeBoolean(target.abbreviation);
                out.writeString(target.han);
                out.writeString(target.withoutPart);
                out.writeString(target.leftOut);
            }
        }
        return out.checkedBytes();
    }

    /**
     * The index {@code snapshot} holds, around the entries of {@code builder}; null if the bytes are none, or
     * not a snapshot of an index of the builder's names with this key (then the caller builds it).
     */
    static <E> NameIndex<E> read(byte[] snapshot, String key, NameIndex.Builder<E> builder) {
        if (snapshot.length == 0) {
            return null;
        }
        try {
            return read(SnapshotIn.checked(snapshot), key, builder);
        } catch (IllegalArgumentException | IndexOutOfBoundsException notThisIndexs) {
            return null; // bytes that are not a snapshot of this version's index: built instead, as with none
        }
    }

    private static <E> NameIndex<E> read(SnapshotIn in, String key, NameIndex.Builder<E> builder) {
        long fingerprint = fingerprint(builder);
        if (in.readInt() != FORMAT || !in.readString().equals(key) || in.readLong() != fingerprint
                || in.readIndex(builder.added.size() + 1) != builder.added.size()) {
            return null;
        }
        NameIndex<E> index = new NameIndex<>(builder.rules);
        index.fingerprint = fingerprint;
        index.readFromSnapshot = true;
        List<String> table = in.readStrings();
        for (NameIndex.Added<E> added : builder.added) {
            NameEntry<E> entry = new NameEntry<>(added.entry(), added.country());
            index.entries.add(entry);
            int targets = in.readInt();
            for (int t = 0; t < targets; t++) {
                String name = in.readString();
                NameIndex.Kind kind = KINDS[in.readIndex(KINDS.length)];
                List<String> words = in.readIds(table::get, table.size());
                NameTarget<E> target = new NameTarget<>(entry, name, kind, words, in.readBoolean(), in.readString());
                target.withoutPart = in.readString();
                target.leftOut = in.readString();
                index.file(entry, target);
            }
        }
        return in.atEnd() ? index : null;
    }

    /** A digest of the entries' countries and names (text and kind), in the order added. */
    static <E> long fingerprint(NameIndex.Builder<E> builder) {
        InputDigest digest = new InputDigest(FORMAT);
        for (NameIndex.Added<E> added : builder.added) {
            digest.add(added.country()).add(added.names().size());
            for (NameIndex.Name name : added.names()) {
                digest.add(name.text()).add(name.kind().ordinal());
            }
        }
        return digest.add(builder.added.size()).value();
    }
}
