package nl.partnerscan.core.match;

import java.util.List;

/** One name of an entry, read for matching. */
final class NameTarget<E> {
    final NameEntry<E> entry;
    final String name;
    final NameIndex.Kind kind;
    /** Folded words without stopwords, abbreviations expanded; empty for Chinese names and abbreviations. */
    final List<String> words;
    final String joined;
    final boolean abbreviation;
    /** The name's Chinese characters, simplified; empty for other names. */
    final String han;
    /** A name that leaves out a word that tells the entry apart, the word left out; empty when it does not. */
    String leftOut = "";
    /**
     * For a listed name looked for without a part that texts leave out ({@link OptionalParts}), that part as
     * the name writes it; empty for a name as listed.
     */
    String withoutPart = "";

    NameTarget(NameEntry<E> entry, String name, NameIndex.Kind kind, List<String> words, boolean abbreviation, String han) {
        this.entry = entry;
        this.name = name;
        this.kind = kind;
        this.words = List.copyOf(words);
        this.joined = String.join("", words);
        this.abbreviation = abbreviation;
        this.han = han;
    }

    boolean official() {
        return kind == NameIndex.Kind.OFFICIAL;
    }

    /** Every word is a general one: the name needs more care ("Institute of Applied Physics"). */
    boolean general(NameStructure structure) {
        return !words.isEmpty() && structure.generalWords().containsAll(words);
    }
}
