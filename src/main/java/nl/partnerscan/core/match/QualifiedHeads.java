package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final Map<String, List<Group<E>>> byHeadStem = new HashMap<>();
    private final CharTrie<Group<E>> headsBackwards = new CharTrie<>();
    private final Map<String, Term> terms = new HashMap<>();
    /** Words after a head that introduce what it is for or of, folded, so that a qualifier may follow them. */
    private final Set<String> links = new HashSet<>();

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
        for (String head : heads) {
            List<Token> tokens = Tokenizer.tokenize(head);
            if (tokens.size() != 1) {
                throw new IllegalArgumentException("a qualified head must be one word: '" + head + "'");
            }
            Group<E> group = new Group<>(forms, tokens.get(0).folded(), entry);
            byHeadStem.computeIfAbsent(tokens.get(0).stem(), k -> new ArrayList<>()).add(group);
            headsBackwards.put(tokens.get(0).stem(), true, group);
        }
    }

    /** Adds the qualified heads in {@code words} (the text's words, in order) to {@code hits}. */
    void find(CharSequence text, List<Token> words, Hits<E> hits) {
        for (int i = 0; i < words.size(); i++) {
            Token word = words.get(i);
            for (Group<E> group : byHeadStem.getOrDefault(word.stem(), List.of())) {
                for (int j = Math.max(0, i - WORDS_BEFORE); j < i; j++) {
                    String qualifier = qualifierIn(group, words.get(j).folded(), words.get(j).stem());
                    if (qualifier != null) {
                        hits.add(text, words.get(j), word, term(qualifier, group), group.entry());
                    }
                }
                if (i + 1 < words.size() && links.contains(words.get(i + 1).folded())) {
                    for (int j = i + 2; j < Math.min(words.size(), i + 2 + WORDS_BEFORE); j++) {
                        String qualifier = qualifierIn(group, words.get(j).folded(), words.get(j).stem());
                        if (qualifier != null) {
                            hits.add(text, word, words.get(j), term(qualifier, group), group.entry());
                        }
                    }
                }
            }
            findInCompound(text, word, word.stem(), hits);
            findBeforeCompound(text, words, i, hits);
            if (word.hyphenated()) {
                // magnesium-lithiumlegeringen: the last part is a compound of its own (lithium + legering),
                // and the part before the hyphen may qualify a last part that is the head (titaan-legering).
                List<String> parts = word.foldedParts();
                String last = Stemmer.stem(parts.get(parts.size() - 1));
                findInCompound(text, word, last, hits);
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

    /**
     * A head as the last part of a compound, with a qualifier as a word before it: {@code aerodynamische
     * vrachtwagencabines} as {@code aerodynamische cabines}, {@code elektrische stadsbussen}.
     */
    private void findBeforeCompound(CharSequence text, List<Token> words, int i, Hits<E> hits) {
        Token word = words.get(i);
        String stem = word.stem();
        headsBackwards.forEachPrefix(stem, true, (length, groups) -> {
            if (stem.length() - length < TermIndex.SHORTEST_REST) {
                return;
            }
            for (Group<E> group : groups) {
                for (int j = Math.max(0, i - WORDS_BEFORE); j < i; j++) {
                    String qualifier = qualifierIn(group, words.get(j).folded(), words.get(j).stem());
                    if (qualifier != null) {
                        hits.add(text, words.get(j), word, term(qualifier, group), group.entry());
                    }
                }
            }
        });
    }

    /** A head as the last part of the compound {@code stem}, with a qualifier as the part before it. */
    private void findInCompound(CharSequence text, Token word, String stem, Hits<E> hits) {
        headsBackwards.forEachPrefix(stem, true, (length, groups) -> {
            String modifier = stem.substring(0, stem.length() - length);
            if (modifier.length() < TermIndex.SHORTEST_REST) {
                return;
            }
            for (Group<E> group : groups) {
                String qualifier = qualifierIn(group, modifier, modifier);
                if (qualifier != null) {
                    hits.add(text, word, word, term(qualifier, group), group.entry());
                }
            }
        });
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
