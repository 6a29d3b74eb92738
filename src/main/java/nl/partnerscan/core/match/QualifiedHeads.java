package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Generic head nouns that point to an entry only together with a technical qualifier: {@code motoren} alone
 * is a garage's subject, {@code straalmotoren} and {@code jet engines} are not; likewise {@code sensoren}
 * (parking sensors, but gyroscope sensors) and {@code materialen} (building materials, but heat-resistant
 * ceramic ones). The qualifier stands as the first part of a compound with the head
 * ({@code straal}+{@code motoren}, with or without a linking s or e), as one of the
 * {@value #WORDS_BEFORE} words before it or before a compound that ends in it ({@code keramische
 * hittebestendige materialen}, {@code elektrische stadsbussen}), or as one of the
 * {@value #WORDS_BEFORE} words after the head and a link word such as "voor" or "for" (data; {@code fabriek voor zetmeel},
 * {@code line for dairy}, {@code rassen van tomaten}). A qualifier of {@value #SHORTEST_QUALIFIER_PART} or more letters also counts
 * as the last part of a compound word ({@code tarwezetmeel}), as a term counts as a compound's last part.
 * Heads and qualifiers are data; a match names both, so that it explains itself.
 *
 * @param <E> what the heads point to
 */
final class QualifiedHeads<E> {
    /** How far before the head a qualifier may stand as a word of its own. */
    static final int WORDS_BEFORE = 2;
    /** The shortest qualifier that also counts as the last part of a compound word. */
    static final int SHORTEST_QUALIFIER_PART = 5;

    private record Group<E>(Set<String> qualifiers, String label, E entry) {
    }

    /** A qualifier and head found inside one compound word, as the term a match shows. */
    private record InCompound<E>(Term term, Group<E> group) {
    }

    /**
     * What one word is on its own: the head of these groups, a compound of a qualifier and a head
     * ({@code inCompound}), and a compound that ends in the head of these groups ({@code endsInHead}, for
     * a qualifier among the words before it). Depends on the word alone, so it is kept by word.
     */
    private record WordHeads<E>(List<Group<E>> head, List<InCompound<E>> inCompound, List<Group<E>> endsInHead) {
        boolean isEmpty() {
            return head.isEmpty() && inCompound.isEmpty() && endsInHead.isEmpty();
        }
    }

    /** The qualifiers of each call of {@link #add}, in order: a snapshot names a group's qualifiers by this number. */
    private final List<Set<String>> qualifierSets = new ArrayList<>();
    /** Every group, in the order made: a snapshot names a group by this number. */
    private final List<Group<E>> groups = new ArrayList<>();
    private final Map<String, List<Group<E>>> byHeadStem = new HashMap<>();
    private CharTrie<Group<E>> headsBackwards = new CharTrie<>();
    private final Map<String, Term> terms = new HashMap<>();
    /** Words after a head that introduce what it is for or of, folded, so that a qualifier may follow them. */
    private final Set<String> links = new HashSet<>();
    /** Each word's {@link WordHeads}, kept by word: this runs for every word of every text. */
    private final WordCache<WordHeads<E>> wordHeads = new WordCache<>(this::headsOf);

    boolean isEmpty() {
        return byHeadStem.isEmpty();
    }

    /** Declares words after a head that a qualifier may follow ({@code voor}, {@code for}). */
    void link(List<String> words) {
        words.forEach(word -> Tokenizer.tokenize(word).forEach(token -> links.add(token.folded())));
    }

    void add(List<String> heads, List<String> qualifiers, E entry) {
        Set<String> forms = new HashSet<>();
        for (String qualifier : qualifiers) {
            for (Token token : Tokenizer.tokenize(qualifier)) {
                forms.add(token.folded());
                forms.add(token.stem());
            }
        }
        qualifierSets.add(forms);
        for (String head : heads) {
            List<Token> tokens = Tokenizer.tokenize(head);
            if (tokens.size() != 1) {
                throw new IllegalArgumentException("a qualified head must be one word: '" + head + "'");
            }
            Group<E> group = new Group<>(forms, tokens.get(0).folded(), entry);
            groups.add(group);
            byHeadStem.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>()).add(group);
            headsBackwards.put(tokens.get(0).stem(), true, group);
        }
    }

    /**
     * Writes the heads as {@link #readFrom} reads them: each call's qualifiers, each group as its call and
     * label, the heads by stem and backwards as group numbers, the link words.
     */
    void writeTo(SnapshotOut out) {
        Map<Set<String>, Integer> calls = new IdentityHashMap<>();
        out.writeInt(qualifierSets.size());
        for (Set<String> forms : qualifierSets) {
            calls.put(forms, calls.size());
            out.writeStrings(forms);
        }
        Map<Group<E>, Integer> numbers = new IdentityHashMap<>();
        out.writeInt(groups.size());
        for (Group<E> group : groups) {
            numbers.put(group, numbers.size());
            out.writeInt(calls.get(group.qualifiers()));
            out.writeString(group.label());
        }
        out.writeInt(byHeadStem.size());
        for (String stem : SnapshotOut.sorted(byHeadStem.keySet())) {
            out.writeString(stem);
            out.writeIds(byHeadStem.get(stem), numbers::get);
        }
        headsBackwards.writeTo(out, numbers::get);
        out.writeStrings(links);
    }

    /**
     * Reads what {@link #writeTo} wrote; {@code entries} turns the number of a call of {@link #add} back into
     * that call's entry.
     */
    static <E> QualifiedHeads<E> readFrom(SnapshotIn in, IntFunction<E> entries, int calls) {
        QualifiedHeads<E> read = new QualifiedHeads<>();
        if (in.readIndex(calls + 1) != calls) {
            throw new IllegalArgumentException("a snapshot of other qualified heads");
        }
        for (int call = 0; call < calls; call++) {
            // Refilled in the order the built set iterates, the set iterates in that order too: the first
            // qualifier that ends a compound (qualifierIn) is the one a match shows.
            read.qualifierSets.add(in.readStringSet());
        }
        int groupCount = in.readInt();
        for (int g = 0; g < groupCount; g++) {
            int call = in.readIndex(calls);
            read.groups.add(new Group<>(read.qualifierSets.get(call), in.readString(), entries.apply(call)));
        }
        int heads = in.readInt();
        for (int h = 0; h < heads; h++) {
            read.byHeadStem.put(in.readString(), in.readIds(read.groups::get, read.groups.size()));
        }
        read.headsBackwards = CharTrie.readFrom(in, read.groups::get, read.groups.size());
        read.links.addAll(in.readStrings());
        return read;
    }

    /** Adds the qualified heads in {@code words} (the text's words, in order) to {@code hits}. */
    void find(CharSequence text, List<Token> words, Hits<E> hits) {
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            WordHeads<E> heads = wordHeads.get(word);
            if (heads.isEmpty() && !word.hyphenated()) {
                continue; // most words (a hyphenated word's parts are looked up below)
            }
            for (Group<E> group : heads.head()) {
                qualifiersBefore(text, words, i, group, hits);
                if (i + 1 < words.size() && links.contains(words.get(i + 1).folded())) {
                    for (int j = i + 2; j < Math.min(words.size(), i + 2 + WORDS_BEFORE); j++) {
                        String qualifier = qualifierIn(group, words.get(j).folded(), words.get(j).stem());
                        if (qualifier != null) {
                            hits.add(text, word, words.get(j), term(qualifier, group), group.entry());
                        }
                    }
                }
            }
            addInCompound(text, word, heads.inCompound(), hits);
            // A head as the last part of a compound, with a qualifier as a word before it: aerodynamische
            // vrachtwagencabines as aerodynamische cabines, elektrische stadsbussen.
            for (Group<E> group : heads.endsInHead()) {
                qualifiersBefore(text, words, i, group, hits);
            }
            if (word.hyphenated()) {
                // magnesium-lithiumlegeringen: the last part is a compound of its own (lithium + legering),
                // and the part before the hyphen may qualify a last part that is the head (titaan-legering).
                List<String> parts = word.foldedParts();
                String last = Stemmer.stem(parts.get(parts.size() - 1));
                addInCompound(text, word, inCompound(last, new ArrayList<>(0)), hits);
                String before = parts.get(parts.size() - 2);
                for (Group<E> group : byHeadStem.getOrDefault(last, List.of())) {
                    String qualifier = qualifierIn(group, before, Stemmer.stem(before));
                    if (qualifier != null) {
                        hits.add(text, word, word, term(qualifier, group), group.entry());
                    }
                }
            }
        }
    }

    private void addInCompound(CharSequence text, Token word, List<InCompound<E>> found, Hits<E> hits) {
        for (InCompound<E> compound : found) {
            hits.add(text, word, word, compound.term(), compound.group().entry());
        }
    }

    /** A qualifier among the {@value #WORDS_BEFORE} words before word {@code i}, for its group's head. */
    private void qualifiersBefore(CharSequence text, List<Token> words, int i, Group<E> group, Hits<E> hits) {
        for (int j = Math.max(0, i - WORDS_BEFORE); j < i; j++) {
            String qualifier = qualifierIn(group, words.get(j).folded(), words.get(j).stem());
            if (qualifier != null) {
                hits.add(text, words.get(j), words.get(i), term(qualifier, group), group.entry());
            }
        }
    }

    private WordHeads<E> headsOf(Token word) {
        String stem = word.stem();
        List<Group<E>> endsInHead = new ArrayList<>(0);
        List<InCompound<E>> inCompound = inCompound(stem, endsInHead);
        return new WordHeads<>(List.copyOf(byHeadStem.getOrDefault(stem, List.of())), inCompound,
                List.copyOf(endsInHead));
    }

    /**
     * A head as the last part of the compound {@code stem}, with a qualifier as the part before it; every
     * group whose head the compound ends in (after a part long enough to be a word) is added to
     * {@code endsInHead}, in the same pass.
     */
    private List<InCompound<E>> inCompound(String stem, List<Group<E>> endsInHead) {
        List<InCompound<E>> found = new ArrayList<>(0);
        headsBackwards.forEachPrefix(stem, true, (length, groups) -> {
            String modifier = stem.substring(0, stem.length() - length);
            if (modifier.length() < TermIndex.SHORTEST_REST) {
                return;
            }
            endsInHead.addAll(groups);
            for (Group<E> group : groups) {
                String qualifier = qualifierIn(group, modifier, modifier);
                if (qualifier != null) {
                    found.add(new InCompound<>(term(qualifier, group), group));
                }
            }
        });
        return List.copyOf(found);
    }

    /**
     * The qualifier that {@code folded} is, as written, as its stem, or with a Dutch adjective's -e or a
     * compound's linking s or e left off; null if none.
     */
    private static <E> String qualifierIn(Group<E> group, String folded, String stem) {
        for (String form : new String[] {folded, stem, trimLast(folded, 'e'), trimLast(folded, 's')}) {
            if (form != null && group.qualifiers().contains(form)) {
                return form;
            }
        }
        for (String qualifier : group.qualifiers()) {
            if (qualifier.length() >= SHORTEST_QUALIFIER_PART && stem.length() - qualifier.length() >= TermIndex.SHORTEST_REST
                    && (stem.endsWith(qualifier) || folded.endsWith(qualifier))) {
                return qualifier;
            }
        }
        return null;
    }

    private static String trimLast(String word, char last) {
        return word.length() > 3 && word.charAt(word.length() - 1) == last ? word.substring(0, word.length() - 1) : null;
    }

    /** The term a match shows: qualifier and head, as partnerscan's own addition. */
    private Term term(String qualifier, Group<E> group) {
        String text = qualifier + " + " + group.label();
        synchronized (terms) {
            return terms.computeIfAbsent(text, k -> new Term(k, Term.Origin.ADDED, false));
        }
    }
}
