package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds names that are near a listed one, to check: a segment a few letters away from a long enough name
 * ({@code Harbin Insitute of Technology}), and a listed name whose words are all there, with a typo each at
 * most, with one or two words added inside ({@code Imam Hossein Comprehensive University}); never with a
 * word left out or exchanged for another (Harbin Medical University is not Harbin Engineering University,
 * the University of Science and Technology of China not the one of Electronic Science and Technology); a
 * long name with a typo in every word ({@code Hrabin Engeneering Univercity}); and, through {@link WordOrder},
 * a listed name's words in another order. Candidates come from small indexes (the first and last letters of a
 * name, its words, their first letters; a word that very many names share is no anchor), so that a list of a
 * hundred thousand names costs little more per text than a short one.
 */
final class NearNames<E> {
    /** Letters at each end of a joined name that index it for spelling matches. */
    private static final int BLOCK = 5;
    /** An end shared by more names than this ("…institute") is no key for spelling matches. */
    private static final int MAX_BLOCK = 1000;
    /** A word shared by more names than this is no anchor for word matches. */
    private static final int MAX_POSTINGS = 2000;
    /** What stands under a key with too many names: as long as too many, and nothing in it. */
    private static final List<Object> SATURATED_BLOCK = Collections.nCopies(MAX_BLOCK + 1, null);
    private static final List<Object> SATURATED_POSTINGS = Collections.nCopies(MAX_POSTINGS + 1, null);

    private final NameRules rules;
    private final Map<String, List<NameTarget<E>>> byStart = new HashMap<>();
    private final Map<String, List<NameTarget<E>>> byEnd = new HashMap<>();
    private final Map<String, List<NameTarget<E>>> byWord = new HashMap<>();
    /**
     * Long names of several words by the first letters of their words ("heu" for Harbin Engineering
     * University): the candidates when every word of the text has a typo and none is an anchor.
     */
    private final Map<String, List<NameTarget<E>>> byInitials = new HashMap<>();
    /** The numbers of words of the names under {@link #byInitials}. */
    private final TreeSet<Integer> initialsLengths = new TreeSet<>();
    private final WordOrder<E> wordOrder;

    NearNames(NameRules rules) {
        this.rules = rules;
        this.wordOrder = new WordOrder<>(rules.structure(), MAX_POSTINGS);
    }

    void add(NameTarget<E> target) {
        String joined = target.joined;
        if (joined.length() >= rules.nearMinLength()) {
            post(byStart, joined.substring(0, BLOCK), target, MAX_BLOCK);
            post(byEnd, joined.substring(joined.length() - BLOCK), target, MAX_BLOCK);
        }
        if (target.words.size() >= 2 && target.kind != NameIndex.Kind.TRANSLITERATION) {
            for (String word : target.words) {
                post(byWord, word, target, MAX_POSTINGS);
            }
            if (joined.length() >= rules.nearMinLength()) {
                post(byInitials, initials(target.words), target, MAX_POSTINGS);
                initialsLengths.add(target.words.size());
            }
            wordOrder.add(target);
        }
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder(words.size());
        words.forEach(word -> initials.append(word.charAt(0)));
        return initials.toString();
    }

    /**
     * Adds the target under the key; a key with more targets than {@code max} is never looked at, so its
     * targets are dropped for one shared marker longer than {@code max} (a list of a hundred thousand names
     * has a hundred thousand "university").
     */
    private <K> void post(Map<K, List<NameTarget<E>>> index, K key, NameTarget<E> target, int max) {
        List<NameTarget<E>> targets = index.get(key);
        if (targets != null && targets.size() > max) {
            return;
        }
        NameIndex.post(index, key, target);
        if (index.get(key).size() > max) {
            index.put(key, saturated(max));
        }
    }

    @SuppressWarnings("unchecked")
    private List<NameTarget<E>> saturated(int max) {
        return (List<NameTarget<E>>) (List<?>) (max == MAX_BLOCK ? SATURATED_BLOCK : SATURATED_POSTINGS);
    }

    void find(NameText read, NameIndex.Best<E> best) {
        for (int[] segment : NameIndex.segments(read)) {
            findSpelling(read, segment, best);
        }
        findWords(read, best);
    }

    private void findSpelling(NameText read, int[] segment, NameIndex.Best<E> best) {
        String joined = NameIndex.joinedWords(read, segment[0], segment[1]);
        if (joined.length() < rules.nearMinLength()) {
            return;
        }
        String shown = read.span(segment[0], segment[1]);
        if (best.named(shown)) {
            // The segment is a listed name as it stands: a name a letter away is another organisation.
            return;
        }
        List<NameTarget<E>> starts = byStart.getOrDefault(joined.substring(0, BLOCK), List.of());
        List<NameTarget<E>> ends = byEnd.getOrDefault(joined.substring(joined.length() - BLOCK), List.of());
        List<NameTarget<E>> candidates = new ArrayList<>();
        if (starts.size() <= MAX_BLOCK) {
            candidates.addAll(starts);
        }
        if (ends.size() <= MAX_BLOCK) {
            candidates.addAll(ends);
        }
        Map<NameTarget<E>, Boolean> seen = new IdentityHashMap<>(candidates.size() * 2);
        for (NameTarget<E> target : candidates) {
            if (seen.put(target, Boolean.TRUE) != null || best.found(target.entry.value)
                    || Math.abs(target.joined.length() - joined.length()) > rules.nearMaxEdits()) {
                continue;
            }
            int edits = NameIndex.boundedEditDistance(joined, target.joined, rules.nearMaxEdits());
            if (edits == 0 || edits > rules.nearMaxEdits()) {
                continue;
            }
            double similarity = 1.0 - (double) edits / Math.max(joined.length(), target.joined.length());
            if (similarity >= rules.nearMinSimilarity()) {
                MatchBasis basis = target.kind == NameIndex.Kind.TRANSLITERATION ? MatchBasis.PINYIN : MatchBasis.SPELLING;
                best.offer(new NameIndex.NameHit<>(target.entry.value, target.name, target.official(), shown, similarity,
                        basis, edits + ""));
            }
        }
    }

    /** Names whose words that tell them apart are in the text, with their other words around them. */
    private void findWords(NameText read, NameIndex.Best<E> best) {
        List<NameText.Word> words = read.words;
        Map<NameTarget<E>, Boolean> tried = new IdentityHashMap<>();
        for (int j = 0; j < words.size(); j++) {
            List<NameTarget<E>> postings = byWord.getOrDefault(words.get(j).key(), List.of());
            if (postings.size() > MAX_POSTINGS) {
                continue;
            }
            for (NameTarget<E> target : postings) {
                if (tried.put(target, Boolean.TRUE) == null && !best.found(target.entry.value)) {
                    align(read, target, j, best);
                }
            }
        }
        findTypos(read, best, tried);
        wordOrder.find(read, best);
    }

    /**
     * Long names of several words whose every word has a typo ({@code Hrabin Engeneering Univercity}): no
     * word of the text is an anchor, so the text's words are looked up by their first letters, in each
     * segment, for as many words as a name has. The alignment then asks every word of the name, in order,
     * to be there, each a letter or two away at most (a swap of two letters is one), nothing added, nothing
     * left out; such a hit is only near. Short names and abbreviations are never under these keys.
     */
    private void findTypos(NameText read, NameIndex.Best<E> best, Map<NameTarget<E>, Boolean> tried) {
        if (byInitials.isEmpty()) {
            return;
        }
        List<NameText.Word> words = read.words;
        List<Integer> content = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i <= words.size(); i++) {
            if (i == words.size() || (!content.isEmpty() && words.get(i).segment() != words.get(content.get(0)).segment())) {
                lookUpInitials(read, best, tried, content, initials.toString());
                content.clear();
                initials.setLength(0);
            }
            if (i < words.size() && words.get(i).nameWord() && !words.get(i).key().isEmpty()) {
                content.add(i);
                initials.append(words.get(i).key().charAt(0));
            }
        }
    }

    private void lookUpInitials(NameText read, NameIndex.Best<E> best, Map<NameTarget<E>, Boolean> tried,
                                List<Integer> content, String initials) {
        for (int from = 0; from < content.size(); from++) {
            for (int length : initialsLengths) {
                if (from + length > content.size()) {
                    break;
                }
                List<NameTarget<E>> postings = byInitials.getOrDefault(initials.substring(from, from + length), List.of());
                if (postings.size() > MAX_POSTINGS) {
                    continue;
                }
                for (NameTarget<E> target : postings) {
                    if (tried.put(target, Boolean.TRUE) == null && !best.found(target.entry.value)) {
                        align(read, target, content.get(from), best);
                    }
                }
            }
        }
    }

    /**
     * Aligns the name's words in order with the words of the text around word {@code anchor}, in its
     * segment: each name word to the same word or one a letter or two away (by its length), or to none.
     */
    private void align(NameText read, NameTarget<E> target, int anchor, NameIndex.Best<E> best) {
        List<String> name = target.words;
        List<Integer> text = new ArrayList<>();
        int segment = read.words.get(anchor).segment();
        int from = anchor;
        while (from > 0 && read.words.get(from - 1).segment() == segment && anchor - from < name.size() + 2) {
            from--;
        }
        for (int i = from; i < read.words.size() && read.words.get(i).segment() == segment
                && i - anchor < name.size() + 2; i++) {
            if (!read.words.get(i).stop()) {
                text.add(i);
            }
        }
        int n = name.size();
        int m = text.size();
        int[][] matched = new int[n + 1][m + 1];
        for (int a = 1; a <= n; a++) {
            for (int b = 1; b <= m; b++) {
                int diagonal = alike(name.get(a - 1), read.words.get(text.get(b - 1)).key())
                        ? matched[a - 1][b - 1] + 1 : -1;
                matched[a][b] = Math.max(diagonal, Math.max(matched[a - 1][b], matched[a][b - 1]));
            }
        }
        int k = matched[n][m];
        if (k < 2 || k < n) {
            return;
        }
        // Walk back for the matched words: which name words are missing, how many text words stand between.
        List<Integer> matchedText = new ArrayList<>();
        int missing = 0;
        int typos = 0;
        int a = n;
        int b = m;
        while (a > 0) {
            if (b > 0 && matched[a][b] == matched[a - 1][b - 1] + 1
                    && alike(name.get(a - 1), read.words.get(text.get(b - 1)).key())) {
                matchedText.add(0, text.get(b - 1));
                typos += name.get(a - 1).equals(read.words.get(text.get(b - 1)).key()) ? 0 : 1;
                a--;
                b--;
            } else if (b > 0 && matched[a][b] == matched[a][b - 1]) {
                b--;
            } else {
                missing++;
                a--;
            }
        }
        int first = matchedText.get(0);
        int last = matchedText.get(matchedText.size() - 1);
        List<String> added = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (!read.words.get(i).stop() && !matchedText.contains(i)) {
                added.add(read.words.get(i).cased());
            }
        }
        // Words left out are not near: "University of Science and Technology of China" is another university
        // than the one of Electronic Science and Technology.
        // A word added to a name of two words is another name: Hunan Normal University is not Hunan University.
        if (missing > 0 || added.size() > 2 || (added.isEmpty() && typos == 0) || (n < 3 && !added.isEmpty())) {
            return;
        }
        String shown = read.span(first, last);
        if (added.isEmpty()) {
            best.offer(new NameIndex.NameHit<>(target.entry.value, target.name, target.official(), shown,
                    1.0 - (double) typos / (2 * n), MatchBasis.SPELLING, typos + ""));
            return;
        }
        best.offer(new NameIndex.NameHit<>(target.entry.value, target.name, target.official(), shown,
                (double) k / (n + added.size()), MatchBasis.WORDS, "+" + String.join(" ", added)));
    }

    /** The same word, its plural ("Post", "Posts"), or a long word a letter (two for very long words) away. */
    private static boolean alike(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && (a.equals(b + "s") || b.equals(a + "s"))) {
            return true;
        }
        if (shorter < 5 || Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) {
            return false;
        }
        int max = shorter >= 9 ? 2 : 1;
        return NameIndex.boundedEditDistance(a, b, max) <= max;
    }
}
