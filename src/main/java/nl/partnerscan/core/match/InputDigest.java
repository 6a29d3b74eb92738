package nl.partnerscan.core.match;

/**
 * A 64-bit digest of what an index is built from, for its snapshot: a snapshot is read only by a builder
 * whose input has the same digest. Not a cryptographic hash: it tells a snapshot of other input from the
 * right one (the data's own digest and the snapshot's CRC-32 guard the rest), and costs little enough to be
 * computed on every start.
 */
final class InputDigest {
    private long value;

    InputDigest(int format) {
        value = format;
    }

    InputDigest add(String text) {
        return add(text.length()).add(text.hashCode());
    }

    /** Each of {@code texts}, in order (a loop: this runs on every start, where a lambda costs more). */
    InputDigest addAll(Iterable<String> texts) {
        for (String text : texts) {
            add(text);
        }
        return this;
    }

    InputDigest add(int number) {
        long h = (value ^ number) * 0x9E3779B97F4A7C15L;
        value = h ^ (h >>> 29);
        return this;
    }

    long value() {
        return value;
    }
}
