package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds names of organisations in a partner's name or description. Built once from (name, entry) pairs;
 * a name matches:
 * <ul>
 *   <li>as its words inside the text, ignoring case, diacritics, punctuation, the rules' stopwords
 *       ({@code of}, {@code and}), with the rules' abbreviations expanded ({@code Univ.}, {@code Inst.});</li>
 *   <li>in any word order, when a part of the text (between commas, brackets, …) or the whole text has
 *       exactly the name's words ({@code Technology, Harbin Institute of});</li>
 *   <li>without spaces ({@code haerbingongyedaxue}), and names in Chinese characters inside any text;</li>
 *   <li>an abbreviation ({@code HIT}, {@code BIT}: capitals only) only as a whole word in exactly that
 *       case, so {@code Hit radio} and {@code orbit} do not match;</li>
 *   <li>as <em>near</em>, when a part of the text is a few letters away from a long enough name
 *       ({@code Harbin Insitute of Technology}).</li>
 * </ul>
 * Names that merely share words do not match: {@code Nanjing University} is not {@code Nanjing University
 * of Aeronautics and Astronautics}.
 *
 * @param <E> what the names point to
 */
public final class NameIndex<E> {
    /**
     * A name found in a text.
     *
     * @param entry      what the name points to
     * @param name       the name as given to the index
     * @param official   whether it is the entry's official name rather than an alias
     * @param text       the user's words that matched
     * @param similarity 1.0 unless near
     * @param near       whether this is a near spelling, to check
     */
    public record NameHit<E>(E entry, String name, boolean official, String text, double similarity, boolean near) {
    }

    private record Target<E>(E entry, String name, boolean official, String joined, int[] letters) {
    }

    private static final class WordNode<E> {
        private final Map<String, WordNode<E>> children = new HashMap<>();
        private final List<Target<E>> ends = new ArrayList<>(1);
    }

    private static final Pattern SEPARATORS = Pattern.compile("[,;()\\[\\]/|:]");

    private final NameRules rules;
    private final WordNode<E> phrases = new WordNode<>();
    private final Map<String, List<Target<E>>> abbreviations = new HashMap<>();
    private final Map<String, List<Target<E>>> bags = new HashMap<>();
    private final Map<String, List<Target<E>>> joined = new HashMap<>();
    private final List<Target<E>> chinese = new ArrayList<>();
    /** Names long enough for near matches, by their length without spaces. */
    private final Map<Integer, List<Target<E>>> nearCandidates = new HashMap<>();

    private NameIndex(NameRules rules) {
        this.rules = rules;
    }

    /** Collects names and builds the index. */
    public static final class Builder<E> {
        private final NameIndex<E> index;

        private Builder(NameRules rules) {
            index = new NameIndex<>(rules);
        }

        /** Adds a name of {@code entry}; {@code official} for the entry's own name, false for an alias. */
        public Builder<E> add(String name, boolean official, E entry) {
            index.add(Objects.requireNonNull(name), official, Objects.requireNonNull(entry));
            return this;
        }

        public NameIndex<E> build() {
            return index;
        }
    }

    public static <E> Builder<E> builder(NameRules rules) {
        return new Builder<>(Objects.requireNonNull(rules));
    }

    private void add(String name, boolean official, E entry) {
        String stripped = name.strip();
        if (isAbbreviation(stripped)) {
            abbreviations.computeIfAbsent(stripped, k -> new ArrayList<>()).add(new Target<>(entry, name, official, "", null));
            return;
        }
        if (isChinese(stripped)) {
            chinese.add(new Target<>(entry, name, official, stripped, null));
            return;
        }
        List<String> words = words(stripped);
        if (words.isEmpty()) {
            return;
        }
        String joinedWords = String.join("", words);
        Target<E> target = new Target<>(entry, name, official, joinedWords, letterCounts(joinedWords));
        WordNode<E> node = phrases;
        for (String word : words) {
            node = node.children.computeIfAbsent(word, k -> new WordNode<>());
        }
        node.ends.add(target);
        bags.computeIfAbsent(bagKey(words), k -> new ArrayList<>()).add(target);
        joined.computeIfAbsent(target.joined(), k -> new ArrayList<>()).add(target);
        if (target.joined().length() >= rules.nearMinLength()) {
            nearCandidates.computeIfAbsent(target.joined().length(), k -> new ArrayList<>()).add(target);
        }
    }

    /** Short names in capitals (HIT, BUAA, NUDT, 841): matched only whole and in exactly that case. */
    static boolean isAbbreviation(String name) {
        if (name.length() > 6 || name.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c) || !Character.isLetterOrDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static boolean isChinese(String name) {
        return !name.isEmpty() && name.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A name's words: folded, split at hyphens, abbreviations expanded, stopwords left out. */
    private List<String> words(CharSequence text) {
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            for (String part : token.foldedParts()) {
                String word = rules.abbreviations().getOrDefault(part, part);
                if (!rules.stopwords().contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String bagKey(List<String> words) {
        String[] sorted = words.toArray(String[]::new);
        Arrays.sort(sorted);
        return String.join(" ", sorted);
    }

    /** The names found in {@code text}: for each entry the best hit (official over alias over near). */
    public List<NameHit<E>> find(String text) {
        Best<E> best = new Best<>();
        List<Token> tokens = Tokenizer.tokenize(text);
        for (Token token : tokens) {
            for (int p = 0; p < token.casedParts().size(); p++) {
                for (Target<E> target : abbreviations.getOrDefault(token.casedParts().get(p), List.of())) {
                    offer(best, target, token.casedParts().get(p), 1.0, false);
                }
            }
        }
        for (Target<E> target : chinese) {
            if (text.contains(target.joined())) {
                offer(best, target, target.joined(), 1.0, false);
            }
        }
        matchPhrases(text, tokens, best);
        Set<String> segments = new LinkedHashSet<>(List.of(SEPARATORS.split(text)));
        segments.add(text);
        for (String segment : segments) {
            List<String> words = words(segment);
            if (words.isEmpty()) {
                continue;
            }
            String shown = segment.strip();
            for (Target<E> target : bags.getOrDefault(bagKey(words), List.of())) {
                offer(best, target, shown, 1.0, false);
            }
            String concatenated = String.join("", words);
            for (Target<E> target : joined.getOrDefault(concatenated, List.of())) {
                offer(best, target, shown, 1.0, false);
            }
            matchNear(concatenated, shown, best);
        }
        return List.copyOf(best.hits);
    }

    /**
     * The best hit per entry so far, in the order entries were first found; entries are compared by
     * identity (they are the index's own objects), never by a record's deep equals and hashCode.
     */
    private static final class Best<E> {
        private final List<NameHit<E>> hits = new ArrayList<>(2);
        private final Map<E, Integer> positions = new IdentityHashMap<>();

        void offer(NameHit<E> hit) {
            Integer position = positions.get(hit.entry());
            if (position == null) {
                positions.put(hit.entry(), hits.size());
                hits.add(hit);
            } else if (rank(hit) > rank(hits.get(position))) {
                hits.set(position, hit);
            }
        }
    }

    private void matchPhrases(String text, List<Token> tokens, Best<E> best) {
        List<String> words = new ArrayList<>(tokens.size());
        List<Token> origins = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            for (String part : token.foldedParts()) {
                String word = rules.abbreviations().getOrDefault(part, part);
                if (!rules.stopwords().contains(word)) {
                    words.add(word);
                    origins.add(token);
                }
            }
        }
        for (int i = 0; i < words.size(); i++) {
            WordNode<E> node = phrases;
            for (int k = i; k < words.size(); k++) {
                node = node.children.get(words.get(k));
                if (node == null) {
                    break;
                }
                for (Target<E> target : node.ends) {
                    offer(best, target, text.substring(origins.get(i).start(), origins.get(k).end()), 1.0, false);
                }
            }
        }
    }

    private void matchNear(String concatenated, String shown, Best<E> best) {
        if (concatenated.length() < rules.nearMinLength()) {
            return;
        }
        int[] letters = letterCounts(concatenated);
        for (int length = concatenated.length() - rules.nearMaxEdits(); length <= concatenated.length()
                + rules.nearMaxEdits(); length++) {
            for (Target<E> target : nearCandidates.getOrDefault(length, List.of())) {
                matchNear(concatenated, letters, target, shown, best);
            }
        }
    }

    private void matchNear(String concatenated, int[] letters, Target<E> target, String shown, Best<E> best) {
        // Each edit changes the counts of at most two letters by one: a cheap test before the distance.
        int difference = 0;
        for (int i = 0; i < letters.length; i++) {
            difference += Math.abs(letters[i] - target.letters()[i]);
        }
        if (difference > 2 * rules.nearMaxEdits()) {
            return;
        }
        int edits = boundedEditDistance(concatenated, target.joined(), rules.nearMaxEdits());
        if (edits == 0 || edits > rules.nearMaxEdits()) {
            return;
        }
        double similarity = 1.0 - (double) edits / Math.max(concatenated.length(), target.joined().length());
        if (similarity >= rules.nearMinSimilarity()) {
            offer(best, target, shown, similarity, true);
        }
    }

    /** How often each of a-z and 0-9 occurs (other characters share one count). */
    private static int[] letterCounts(String word) {
        int[] counts = new int[37];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            counts[c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + c - '0' : 36]++;
        }
        return counts;
    }

    /** Keeps the better hit per entry: exact and alias over near, the official name over an alias. */
    private void offer(Best<E> best, Target<E> target, String text, double similarity, boolean near) {
        best.offer(new NameHit<>(target.entry(), target.name(), target.official(), text, similarity, near));
    }

    private static double rank(NameHit<?> hit) {
        return hit.near() ? hit.similarity() : hit.official() ? 3 : 2;
    }

    /**
     * The optimal-string-alignment distance of {@code a} and {@code b} (letters changed, added, left out,
     * or two neighbours swapped, each one edit), or {@code max + 1} as soon as it is certain to be larger
     * than {@code max}; only the band of width {@code 2 max + 1} around the diagonal is computed.
     */
    static int boundedEditDistance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int outside = max + 1;
        int[] beforePrevious = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, outside);
        }
        for (int i = 1; i <= n; i++) {
            Arrays.fill(current, outside);
            current[0] = Math.min(i, outside);
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            int rowMin = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(previous[j - 1] + cost, Math.min(previous[j] + 1, current[j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, beforePrevious[j - 2] + 1);
                }
                current[j] = Math.min(value, outside);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return outside;
            }
            int[] spare = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[m], outside);
    }
}
