package nl.partnerscan.core.match;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import nl.partnerscan.core.match.TermIndex.QualifiedGroup;
import nl.partnerscan.core.match.TermIndex.Setting;
import nl.partnerscan.core.match.TermIndex.Target;

/**
 * A {@link TermIndex} as bytes, and back: its words, tries and phrases, with each term named by its place
 * among the terms added, so that the bytes hold no entry and a builder with the same terms restores the
 * index around its own entries. Read in a fraction of the time building takes, because nothing is split
 * into words or stemmed again.
 *
 * <p>The bytes begin with a format number and a digest of everything the index was built from
 * ({@link #fingerprint}), and end with a CRC-32: an index is read only for a builder with exactly that
 * input, and bytes changed on the way are refused. A snapshot is for the version of partnerscan that wrote
 * it: the build writes one for the bundled data into the jar it makes.
 */
final class TermIndexSnapshot {
    /** What a snapshot starts with; another number for another layout of the bytes. */
    private static final int FORMAT = 0x7053_0001;

    private TermIndexSnapshot() {
    }

    static <E> byte[] write(TermIndex<E> index) {
        Map<Target<E>, Integer> numbers = new IdentityHashMap<>();
        index.targets.forEach(target -> numbers.put(target, numbers.size()));
        ToIntFunction<Target<E>> ids = numbers::get;
        SnapshotOut out = new SnapshotOut();
        out.writeInt(FORMAT);
        out.writeLong(index.fingerprint);
        out.writeInt(index.targets.size());
        writePostings(out, index.words, ids);
        writePostings(out, index.abbreviations, ids);
        writePostings(out, index.casedTerms, ids);
        index.modifiers.writeTo(out, ids);
        index.heads.writeTo(out, ids);
        index.qualifiedHeads.writeTo(out);
        index.phrases.writeTo(out, ids);
        out.writeStrings(index.exceptions);
        out.writeBoolean(index.settings != null);
        if (index.settings != null) {
            out.writeSnapshot(write(index.settings));
        }
        return out.checkedBytes();
    }

    /**
     * The index {@code snapshot} holds, around the entries of {@code builder}; null if the bytes are none, or
     * not a snapshot of an index of the builder's input (then the caller builds it).
     */
    static <E> TermIndex<E> read(byte[] snapshot, TermIndex.Builder<E> builder) {
        if (snapshot.length == 0) {
            return null;
        }
        try {
            return read(SnapshotIn.checked(snapshot), builder);
        } catch (IllegalArgumentException | IndexOutOfBoundsException notThisIndexs) {
            return null; // bytes that are not a snapshot of this version's index: built instead, as with none
        }
    }

    private static <E> TermIndex<E> read(SnapshotIn in, TermIndex.Builder<E> builder) {
        long fingerprint = fingerprint(builder);
        if (in.readInt() != FORMAT || in.readLong() != fingerprint
                || in.readIndex(builder.targets.size() + 1) != builder.targets.size()) {
            return null;
        }
        TermIndex<E> index = new TermIndex<>();
        index.targets = List.copyOf(builder.targets);
        index.fingerprint = fingerprint;
        index.readFromSnapshot = true;
        int count = index.targets.size();
        IntFunction<Target<E>> target = index.targets::get;
        readPostings(in, index.words, target, count);
        readPostings(in, index.abbreviations, target, count);
        readPostings(in, index.casedTerms, target, count);
        index.modifiers = CharTrie.readFrom(in, target, count);
        index.heads = CharTrie.readFrom(in, target, count);
        index.qualifiedHeads = QualifiedHeads.readFrom(in, call -> builder.qualified.get(call).entry(),
                builder.qualified.size());
        index.phrases = Phrases.readFrom(in, target, count);
        index.exceptions = in.readStringSet();
        if (in.readBoolean()) {
            index.settings = read(in.readSnapshot().checked(), builder.settingsBuilder());
            if (index.settings == null) {
                return null;
            }
            index.blockable = builder.blockable();
        }
        return in.atEnd() ? index : null;
    }

    private static <E> void writePostings(SnapshotOut out, Map<String, List<Target<E>>> postings,
            ToIntFunction<Target<E>> ids) {
        out.writeInt(postings.size());
        for (String key : SnapshotOut.sorted(postings.keySet())) {
            out.writeString(key);
            out.writeIds(postings.get(key), ids);
        }
    }

    private static <E> void readPostings(SnapshotIn in, Map<String, List<Target<E>>> into,
            IntFunction<Target<E>> targets, int count) {
        int keys = in.readInt();
        for (int k = 0; k < keys; k++) {
            into.put(in.readString(), in.readIds(targets, count));
        }
    }

    /**
     * A digest of everything an index is built from: the terms in order, the exceptions, the qualified
     * heads, the settings and the qualifier links. A snapshot is read only for the same digest, so that it
     * never stands in for an index of other terms; what the terms point to is not in it, because the index
     * holds them only as the places of the terms.
     */
    static <E> long fingerprint(TermIndex.Builder<E> builder) {
        InputDigest digest = new InputDigest(FORMAT);
        for (Target<E> target : builder.targets) {
            digest.add(target.term().text()).add(target.term().caseSensitive() ? 1 : 2);
        }
        digest.add(builder.exceptions.size());
        digest.addAll(builder.exceptions);
        digest.add(builder.qualified.size());
        for (QualifiedGroup<E> group : builder.qualified) {
            digest.add(group.heads().size()).add(group.qualifiers().size());
            digest.addAll(group.heads()).addAll(group.qualifiers());
        }
        digest.add(builder.settings.size());
        for (Setting setting : builder.settings) {
            digest.add(setting.words().size()).add(setting.blocked().size());
            digest.addAll(setting.words());
            int blocked = 0; // a set: summed, so that its order (which a Set.copyOf varies per run) does not count
            for (String term : setting.blocked()) {
                blocked += term.hashCode();
            }
            digest.add(blocked);
        }
        digest.addAll(builder.qualifierLinks);
        return digest.add(builder.qualifierLinks.size()).value();
    }
}
