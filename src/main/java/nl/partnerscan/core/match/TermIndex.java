package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds terms in free text. Built once from (term, entry) pairs; {@link #find} then reads a text in one
 * pass, in time linear in its length (each word is looked up in hash maps and walked through tries
 * whose depth is bounded by the longest term), never one regular expression per term.
 *
 * <p>How a term matches a word of the text:
 * <ul>
 *   <li>case, diacritics and punctuation are ignored, and plurals and common inflections are folded by a
 *       light stemmer applied to both sides;</li>
 *   <li>a phrase matches consecutive words; its last word may also be the first part of a compound
 *       ({@code big data} in {@code big data-analyse});</li>
 *   <li>a single word of {@value #SHORTEST_MODIFIER} or more letters also matches as the first part of a
 *       compound, and one of {@value #SHORTEST_HEAD} or more letters as its last part, when the rest of
 *       the word has at least {@value #SHORTEST_REST} letters ({@code waterstof} and {@code elektrolyser}
 *       in {@code waterstofelektrolysers}); so a term never matches in the middle of a word, and
 *       {@code kwaliteit} is not {@code kwantum}; a first part also matches its maker with -er
 *       ({@code vliegtuigbouw} in {@code vliegtuigbouwer});</li>
 *   <li>an abbreviation (a capital after the first letter, or a digit: {@code QKD}, {@code IoT},
 *       {@code 5G}) only matches a whole word or a part between hyphens ({@code 5G-netwerk});</li>
 *   <li>a case-sensitive term matches a whole word or hyphen part in exactly its case.</li>
 * </ul>
 *
 * <p>Thread-safe once built. Over 300 lines: the builder, the word rules above and the one hit policy
 * applied to their results are kept together, because each rule's lookup structure is filled by the
 * builder and read by {@link #find} in the same order, and parting them would spread one rule over
 * several files. The layout of its {@link #snapshot()} is {@link TermIndexSnapshot}'s, which reads and
 * writes these structures directly.
 *
 * @param <E> what the terms point to
 */
public final class TermIndex<E> {
    static final int SHORTEST_MODIFIER = 5;
    static final int SHORTEST_HEAD = 4;
    static final int SHORTEST_REST = 3;

    /** A term and what it points to. */
    record Target<E>(Term term, E entry) {
    }

    /** Generic heads with the qualifiers they need, pointing to one entry. */
    record QualifiedGroup<E>(List<String> heads, List<String> qualifiers, E entry) {
    }

    /** A setting's words and the terms (as {@link #key}) that do not match in a text that holds one of them. */
    record Setting(List<String> words, Set<String> blocked) {
    }

    /** The (term, entry) pairs the index was built from, in the order added: a snapshot names each by its place. */
    List<Target<E>> targets = List.of();
    /** A digest of everything the index was built from ({@link TermIndexSnapshot#fingerprint}). */
    long fingerprint;
    /** Whether the index was read from a snapshot rather than built from its terms. */
    boolean readFromSnapshot;
    /** Single words, by stem. */
    final Map<String, List<Target<E>>> words = new HashMap<>();
    /** Abbreviations, by folded form. */
    final Map<String, List<Target<E>>> abbreviations = new HashMap<>();
    /** Case-sensitive terms, by their exact form. */
    final Map<String, List<Target<E>>> casedTerms = new HashMap<>();
    /** Single words that may begin a compound, by folded form. */
    CharTrie<Target<E>> modifiers = new CharTrie<>();
    /** Single words that may end a compound, by stem, read backwards. */
    CharTrie<Target<E>> heads = new CharTrie<>();
    /** Generic heads that match only with a qualifier. */
    QualifiedHeads<E> qualifiedHeads = new QualifiedHeads<>();
    /** Phrases of two or more words, and the exception phrases. */
    Phrases<Target<E>> phrases = new Phrases<>();
    /** Stems of words that contain a term but mean something else: no single-word match on them. */
    Set<String> exceptions = new HashSet<>();
    /** The words of the settings (play, art) that block some bare terms, pointing to the terms they block. */
    TermIndex<Set<String>> settings;
    /** Every term some setting blocks (as {@link #key}): a text whose hits hold none needs no look for settings. */
    Set<String> blockable = Set.of();
    /** Each term text's {@link #key}, made once: the terms are the data's, so this stays as small as they are. */
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The targets each word matches on its own ({@link #targetsOf}), kept by word. */
    private final WordCache<List<Target<E>>> wordTargets = new WordCache<>(this::targetsOf);

    TermIndex() {
    }

    /** Collects (term, entry) pairs and builds the index. */
    public static final class Builder<E> {
        final List<Target<E>> targets = new ArrayList<>();
        final List<String> exceptions = new ArrayList<>();
        final List<QualifiedGroup<E>> qualified = new ArrayList<>();
        final List<Setting> settings = new ArrayList<>();
        final List<String> qualifierLinks = new ArrayList<>();

        /** Adds a term that points to {@code entry}. */
        public Builder<E> add(Term term, E entry) {
            targets.add(new Target<>(Objects.requireNonNull(term), Objects.requireNonNull(entry)));
            return this;
        }

        /**
         * Declares a word that contains a term but means something else ({@code satellietstad} is a town,
         * not a satellite): no single-word term matches it, in any inflection. A phrase of two or more
         * words ({@code PhD defence} is a thesis, not the military) blocks every term inside it.
         */
        public Builder<E> except(String word) {
            exceptions.add(Objects.requireNonNull(word));
            return this;
        }

        /**
         * Declares a setting ({@code escape room}, {@code jeugdtheater}): in a text that holds one of its
         * {@code words}, the {@code blocked} terms ({@code quantum}, {@code robot}) do not match, as the
         * name of a venue, a toy or a play; other terms, longer ones included, still do.
         */
        public Builder<E> exceptInSetting(List<String> words, List<String> blocked) {
            Set<String> keys = new HashSet<>();
            blocked.forEach(term -> keys.add(key(term)));
            settings.add(new Setting(List.copyOf(words), Set.copyOf(keys)));
            return this;
        }

        /**
         * Adds generic head nouns ({@code motor}, {@code engine}) that point to {@code entry} only with one of
         * the {@code qualifiers} ({@code straal}, {@code jet}) as the first part of the compound or a word
         * just before (see {@link QualifiedHeads}).
         */
        public Builder<E> addQualified(List<String> heads, List<String> qualifiers, E entry) {
            qualified.add(new QualifiedGroup<>(List.copyOf(heads), List.copyOf(qualifiers), Objects.requireNonNull(entry)));
            return this;
        }

        /**
         * Declares the words after a head that say what it is for or of ({@code voor}, {@code for}): a
         * qualifier of a head added with {@link #addQualified} may stand up to two words after one of them
         * ({@code fabriek voor zetmeel}).
         */
        public Builder<E> qualifierLinks(List<String> words) {
            qualifierLinks.addAll(words);
            return this;
        }

        /**
         * Builds the index.
         *
         * @throws IllegalArgumentException if a term has no letters or digits, or a case-sensitive term
         *                                  is more than one word
         */
        public TermIndex<E> build() {
            TermIndex<E> index = new TermIndex<>();
            index.targets = List.copyOf(targets);
            index.fingerprint = TermIndexSnapshot.fingerprint(this);
            for (Target<E> target : targets) {
                index.add(target);
            }
            qualified.forEach(group -> index.qualifiedHeads.add(group.heads(), group.qualifiers(), group.entry()));
            index.qualifiedHeads.link(qualifierLinks);
            if (!settings.isEmpty()) {
                index.settings = settingsBuilder().build();
                index.blockable = blockable();
            }
            for (String exception : exceptions) {
                List<Token> tokens = Tokenizer.tokenize(exception);
                if (tokens.size() == 1) {
                    index.exceptions.add(Stemmer.stem(tokens.get(0).folded()));
                } else if (tokens.size() > 1) {
                    index.phrases.addException(tokens);
                }
            }
            return index;
        }

        /**
         * The index that {@link TermIndex#snapshot()} wrote, if it was built from the same input as this
         * builder holds, which it then needs no time to build; else (bytes of another index, of another
         * input, or none) the index built by {@link #build()}.
         *
         * @throws IllegalArgumentException as {@link #build()}
         */
        public TermIndex<E> build(byte[] snapshot) {
            TermIndex<E> read = TermIndexSnapshot.read(snapshot, this);
            return read != null ? read : build();
        }

        /** The index of the settings' words, each pointing to the terms its setting blocks. */
        TermIndex.Builder<Set<String>> settingsBuilder() {
            TermIndex.Builder<Set<String>> words = TermIndex.builder();
            for (Setting setting : settings) {
                setting.words().forEach(word -> words.add(new Term(word, Term.Origin.ADDED, false), setting.blocked()));
            }
            return words;
        }

        /** Every term some setting blocks. */
        Set<String> blockable() {
            Set<String> blockable = new HashSet<>();
            settings.forEach(setting -> blockable.addAll(setting.blocked()));
            return Set.copyOf(blockable);
        }
    }

    /**
     * This index as bytes that {@link Builder#build(byte[])} reads back instead of building it again, for a
     * builder given the same input in the same order (see {@link TermIndexSnapshot}). Written at build time
     * for the bundled data, because building the index is the larger part of a single screen.
     */
    public byte[] snapshot() {
        return TermIndexSnapshot.write(this);
    }

    /** Whether this index was read from a {@link #snapshot()} ({@link Builder#build(byte[])}) rather than built. */
    public boolean readFromSnapshot() {
        return readFromSnapshot;
    }

    /** A builder for an index of entries of type {@code E}. */
    public static <E> Builder<E> builder() {
        return new Builder<>();
    }

    private void add(Target<E> target) {
        String text = target.term().text();
        List<Token> tokens = Tokenizer.tokenize(text);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("term has no letters or digits: '" + text + "'");
        }
        if (target.term().caseSensitive()) {
            if (tokens.size() != 1) {
                throw new IllegalArgumentException("a case-sensitive term must be one word: '" + text + "'");
            }
            casedTerms.computeIfAbsent(tokens.get(0).cased(), k -> new ArrayList<>()).add(target);
            return;
        }
        if (tokens.size() > 1) {
            phrases.add(tokens, target);
            return;
        }
        Token word = tokens.get(0);
        if (word.hyphenated()) {
            // zonne-energie is also the phrase "zonne energie".
            phrases.add(tokens, target);
        }
        if (isAbbreviation(text)) {
            abbreviations.computeIfAbsent(word.folded(), k -> new ArrayList<>()).add(target);
            return;
        }
        String stem = Stemmer.stem(word.folded());
        words.computeIfAbsent(stem, k -> new ArrayList<>()).add(target);
        if (word.hyphenated()) {
            // Already a compound as written (AI-systeem): it matches as itself, never inside a longer word
            // (draaisysteem).
            return;
        }
        if (word.folded().length() >= SHORTEST_MODIFIER) {
            modifiers.put(word.folded(), false, target);
        }
        // A plural term ("koolstofvezels") also begins compounds in its singular ("koolstofvezelcomposiet").
        // Only for a plain -s plural: other endings the stemmer strips may be part of the word (hydrogen).
        if (word.folded().endsWith("s") && stem.length() == word.folded().length() - 1
                && stem.length() >= SHORTEST_MODIFIER) {
            modifiers.put(stem, false, target);
        }
        if (stem.length() >= SHORTEST_HEAD) {
            heads.put(stem, true, target);
        }
    }

    /**
     * An abbreviation as written in the data: one word with a capital after its first letter or with a
     * digit ({@code QKD}, {@code IoT}, {@code 5G}, {@code GaN}).
     */
    static boolean isAbbreviation(String text) {
        String word = text.strip();
        boolean hasDigit = false;
        boolean innerCapital = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                return false;
            }
            hasDigit |= Character.isDigit(c);
            innerCapital |= i > 0 && Character.isUpperCase(c);
        }
        return hasDigit || innerCapital;
    }

    /**
     * Every place in {@code text} where a term matches, in the order found, by the one hit policy of every
     * term index: at each place, an entry is found once, with the brochure's own (quoted) term where one of
     * those matched there, else the first term, because a quote is what a user can look up; and a hit
     * inside a longer hit of the same entry is left out ({@code EDA} in {@code EDA tools}), because the
     * longer one already says it, more precisely. Hits inside an exception phrase are left out.
     */
    public List<Hit<E>> find(CharSequence text) {
        return find(Words.of(text));
    }

    /** As {@link #find(CharSequence)}, on words split already (one split for every index that reads them). */
    public List<Hit<E>> find(Words words) {
        CharSequence text = words.text();
        List<Token> tokens = words.tokens();
        Hits<E> hits = new Hits<>();
        for (Token token : tokens) {
            matchWord(text, token, hits);
        }
        List<Token> parts = words.hyphenParts();
        Phrases.Found<Target<E>> found = (from, to, target) -> hits.add(text, from, to, target.term(), target.entry());
        for (int i = 0; i < parts.size(); i++) {
            phrases.match(parts, i, found);
        }
        if (!qualifiedHeads.isEmpty()) {
            qualifiedHeads.find(text, tokens, hits);
        }
        matchEllipses(text, words.ellipses(), hits);
        if (hits.inOrder().isEmpty()) {
            return List.of();
        }
        return HitPolicy.onePerPlace(outsideSettings(words,
                ExceptionSpans.outside(hits.inOrder(), phrases.exceptionSpans(parts))));
    }

    /** The hits left when the text's settings ({@code escape room}) block the bare terms they name. */
    private List<Hit<E>> outsideSettings(Words words, List<Hit<E>> hits) {
        // Loops, not streams: a single screen runs this once per index, and on a cold JVM a lambda's first
        // run costs more than the loop (README, performance).
        if (settings == null || !anyKeyIn(hits, blockable)) {
            return hits;
        }
        Set<String> blocked = new HashSet<>();
        for (Hit<Set<String>> setting : settings.find(words)) {
            blocked.addAll(setting.entry());
        }
        if (blocked.isEmpty()) {
            return hits;
        }
        List<Hit<E>> outside = new ArrayList<>(hits.size());
        for (Hit<E> hit : hits) {
            if (!blocked.contains(keyOf(hit.term()))) {
                outside.add(hit);
            }
        }
        return List.copyOf(outside);
    }

    private boolean anyKeyIn(List<Hit<E>> hits, Set<String> keys) {
        for (Hit<E> hit : hits) {
            if (keys.contains(keyOf(hit.term()))) {
                return true;
            }
        }
        return false;
    }

    private String keyOf(Term term) {
        return keys.computeIfAbsent(term.text(), TermIndex::key);
    }

    /** A term's text as its words' stems, so that a blocked term is known however it is written. */
    private static String key(String term) {
        StringBuilder key = new StringBuilder();
        for (Token token : Tokenizer.tokenize(term)) {
            key.append(key.isEmpty() ? "" : " ").append(token.stem());
        }
        return key.toString();
    }

    /**
     * The words before a hyphen in an elliptic compound ({@code zonne- en windparken}), read with the last
     * word's tail: kept only where a term matches a whole word, or begins a compound with at least a few
     * letters of the tail (see {@link Ellipsis}).
     */
    private void matchEllipses(CharSequence text, List<Ellipsis.Expansion> expansions, Hits<E> hits) {
        for (Ellipsis.Expansion expansion : expansions) {
            Token word = expansion.word();
            if (exceptions.contains(word.stem())) {
                continue;
            }
            addAll(hits, text, word, word, words.get(word.stem()));
            modifiers.forEachPrefix(word.folded(), false, (length, targets) -> {
                if (length >= expansion.ownLength() + Ellipsis.SHORTEST_SHARED
                        && word.folded().length() - length >= SHORTEST_REST) {
                    addAll(hits, text, word, word, targets);
                }
            });
        }
    }

    private void matchWord(CharSequence text, Token token, Hits<E> hits) {
        List<Target<E>> targets = wordTargets.get(token);
        for (int t = 0; t < targets.size(); t++) { // no iterator: this runs for every word, mostly on List.of()
            hits.add(text, token, token, targets.get(t).term(), targets.get(t).entry());
        }
    }

    /** The targets a word matches on its own: as a stem, by its parts, as a compound's modifier or head. */
    private List<Target<E>> targetsOf(Token token) {
        String stem = token.stem();
        if (exceptions.contains(stem)) {
            return List.of();
        }
        List<Target<E>> found = new ArrayList<>(0);
        addAll(found, words.get(stem));
        if (token.hyphenated()) {
            for (String part : token.foldedParts()) {
                addAll(found, words.get(Stemmer.stem(part)));
            }
        }
        for (int p = 0; p < token.foldedParts().size(); p++) {
            String part = token.foldedParts().get(p);
            addAll(found, abbreviations.get(part));
            if (part.length() > 1 && part.endsWith("s")) {
                addAll(found, abbreviations.get(part.substring(0, part.length() - 1)));
            }
            String casedPart = token.casedParts().get(p);
            addAll(found, casedTerms.get(casedPart));
            if (casedPart.length() > 1 && casedPart.endsWith("s")) {
                addAll(found, casedTerms.get(casedPart.substring(0, casedPart.length() - 1)));
            }
        }
        String folded = token.folded();
        modifiers.forEachPrefix(folded, false, (length, targets) -> {
            if (folded.length() - length >= SHORTEST_REST || isAgentNoun(folded, length)) {
                addAll(found, targets);
            }
        });
        heads.forEachPrefix(stem, true, (length, targets) -> {
            if (stem.length() - length >= SHORTEST_REST) {
                addAll(found, targets);
            }
        });
        return found.isEmpty() ? List.of() : List.copyOf(found);
    }

    /**
     * Whether {@code folded} is the term of its first {@code length} letters with the agent suffix -er
     * ({@code vliegtuigbouw}, {@code vliegtuigbouwer}): its plural already has the three letters of a
     * compound's rest ({@code vliegtuigbouwers}), the singular is the same maker.
     */
    private static boolean isAgentNoun(String folded, int length) {
        return folded.length() - length == 2 && folded.endsWith("er");
    }

    private static <T> void addAll(List<T> into, List<T> targets) {
        if (targets != null) {
            into.addAll(targets);
        }
    }

    private void addAll(Hits<E> hits, CharSequence text, Token from, Token to, List<Target<E>> targets) {
        if (targets == null) {
            return;
        }
        for (Target<E> target : targets) {
            hits.add(text, from, to, target.term(), target.entry());
        }
    }
}
