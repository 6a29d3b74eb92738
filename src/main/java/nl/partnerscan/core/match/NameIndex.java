package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the names of listed organisations in a text, and judges each place found by the words around it,
 * so that a look-alike is not taken for a listed organisation. Built once from the entries and their
 * names; a name is found
 * <ul>
 *   <li>as its words inside the text, ignoring case, diacritics, punctuation, the rules' stopwords, with
 *       the rules' abbreviations expanded ({@code Univ.}, {@code Inst.}) and words of other languages read in
 *       translation ({@code Universiteit}, {@code Defensietechnologie});</li>
 *   <li>without a part texts leave out ({@link OptionalParts}: an owner at the end, an eponym), and a
 *       Persian name with a space for its zero-width non-joiner;</li>
 *   <li>in another word order at a comma ({@code Technology, Harbin Institute of}), or without spaces;</li>
 *   <li>in Chinese characters inside any text, traditional characters read as simplified, blanks and
 *       invisible characters between them ignored;</li>
 *   <li>as an abbreviation in capitals ({@code HIT}, {@code BUAA}), only as a whole word in exactly that case;</li>
 *   <li>as near: a spelling a few letters away, or the name's words with one added or left out.</li>
 * </ul>
 * Then {@link NameJudge} decides for each place whether it is the listed organisation, one to check, or
 * another organisation ({@code Sichuan University of Arts and Science}, {@code HIT Radio}); this class finds,
 * the judge weighs, {@link NearNames} finds the near spellings. Thread-safe once built. Over 300 lines:
 * the four ways a name is found (its words, an abbreviation, Chinese characters, a joined or turned
 * segment) and the forms a name is indexed in read best side by side.
 *
 * @param <E> what the names point to
 */
public final class NameIndex<E> {
    /**
     * A name found in a text.
     *
     * @param entry      what the name points to
     * @param name       the name as given to the index
     * @param official   whether it is the entry's official name rather than another name
     * @param text       the user's words that matched
     * @param similarity 1.0 unless near by spelling
     * @param basis      why it counts, or why it is only near
     * @param detail     the basis's detail: a confirming word, the words around it; empty when none
     */
    public record NameHit<E>(E entry, String name, boolean official, String text, double similarity,
                             MatchBasis basis, String detail) {
        /** Whether this is only a name to check. */
        public boolean near() {
            return basis.near();
        }
    }

    /** What kind of name of an entry a name is. */
    public enum Kind {
        /** The entry's own name on the list. */
        OFFICIAL,
        /** Another name: an alias, a former name, a name in another script. */
        ALIAS,
        /** A transliteration (pinyin) of a name in another script: never a hit on its own. */
        TRANSLITERATION,
        /**
         * A name another organisation has or had as well (a former name, now or once another's): a hit only
         * with a word of the entry's own that is not in this name in the same text ("in Nanjing").
         */
        SHARED
    }

    /** One name of an entry. */
    public record Name(String text, Kind kind) {
        public Name {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(kind, "kind");
        }
    }

    final NameRules rules;
    /** How each word of a text reads for names, kept by word (every word of every text of a batch is read). */
    private final WordCache<List<NameText.Word>> readings;
    /**
     * Names of words by their first two words (one for a name of one word): a text's two words at a place
     * give the few names to compare word by word. A map of keys, not a tree of words, to keep a list of a
     * hundred thousand names small in memory.
     */
    private final Map<String, List<NameTarget<E>>> phrases = new HashMap<>();
    /** The first words of the names of two words or more: only after one of these is a pair looked up. */
    private final Set<String> pairStarts = new HashSet<>();
    private final Map<String, List<NameTarget<E>>> abbreviations = new HashMap<>();
    private final Map<String, List<NameTarget<E>>> joined = new HashMap<>();
    /**
     * The length of the longest key of {@link #joined}: a segment whose words are longer together is no
     * joined name, and need not be joined to find that out (most segments of a description are sentences).
     */
    private int longestJoined;
    private final Map<String, List<NameTarget<E>>> chinese = new HashMap<>();
    private final TreeSet<Integer> chineseLengths = new TreeSet<>();
    private final NearNames<E> near;
    private final NameJudge<E> judge;
    /**
     * While building, each word once: the names of a long list share most of their words ("university",
     * "institute"), and one string per word instead of one per name keeps such a list small in memory.
     */
    private Map<String, String> vocabulary = new HashMap<>();
    /** The entries in the order added: a snapshot holds their names in this order. */
    final List<NameEntry<E>> entries = new ArrayList<>();
    /** A digest of the entries' names and countries ({@link NameIndexSnapshot#fingerprint}). */
    long fingerprint;
    /** Whether the index was read from a snapshot rather than built from its names. */
    boolean readFromSnapshot;

    NameIndex(NameRules rules) {
        this.rules = rules;
        this.readings = NameText.readings(rules);
        this.near = new NearNames<>(rules);
        this.judge = new NameJudge<>(rules);
    }

    /** One entry as added to a {@link Builder}. */
    record Added<E>(E entry, String country, List<Name> names) {
    }

    /**
     * Collects entries with their names and builds the index. It keeps what it is given until it builds, so
     * that it can read the index from a snapshot of the same names instead ({@link #build(byte[], String)}).
     */
    public static final class Builder<E> {
        final NameRules rules;
        final List<Added<E>> added = new ArrayList<>();

        private Builder(NameRules rules) {
            this.rules = rules;
        }

        /** Adds an entry of {@code country} (as its list writes it) with its names. */
        public Builder<E> add(E entry, String country, List<Name> names) {
            added.add(new Added<>(Objects.requireNonNull(entry), Objects.requireNonNull(country), List.copyOf(names)));
            return this;
        }

        /** Builds the index: each name read for matching and filed under its keys. */
        public NameIndex<E> build() {
            NameIndex<E> index = new NameIndex<>(rules);
            index.fingerprint = NameIndexSnapshot.fingerprint(this);
            for (Added<E> entry : added) {
                index.add(entry.entry(), entry.country(), entry.names());
            }
            index.vocabulary = null;
            return index;
        }

        /**
         * The index that {@link NameIndex#snapshot(String)} wrote with the same {@code key}, if it was built
         * from the same entries' names and countries in the same order, which then need not be read again;
         * else the index built by {@link #build()}. The key stands for the rules, which a snapshot does not
         * hold: the caller gives the same key only for the same rules (partnerscan gives the data's digest).
         */
        public NameIndex<E> build(byte[] snapshot, String key) {
            NameIndex<E> read = NameIndexSnapshot.read(snapshot, key, this);
            return read != null ? read : build();
        }
    }

    public static <E> Builder<E> builder(NameRules rules) {
        return new Builder<>(Objects.requireNonNull(rules));
    }

    private void add(E value, String country, List<Name> names) {
        NameEntry<E> entry = new NameEntry<>(value, country);
        entries.add(entry);
        for (Name name : withSpacedJoiners(names)) {
            String stripped = name.text().strip();
            if (stripped.isEmpty()) {
                continue;
            }
            if (isAbbreviation(stripped)) {
                file(entry, new NameTarget<>(entry, name.text(), name.kind(), List.of(), true, ""));
                continue;
            }
            String han = rules.chinese().foldName(stripped);
            if (!han.isEmpty() && han.length() * 2 >= stripped.codePointCount(0, stripped.length())) {
                file(entry, new NameTarget<>(entry, name.text(), name.kind(), List.of(), false, han));
                continue;
            }
            List<String> words = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (NameText.Word word : new NameText(stripped, rules).words) {
                if (!word.stop()) {
                    words.add(vocabulary.computeIfAbsent(word.key(), k -> k));
                    spans.add(new int[] {word.start(), word.end()});
                }
            }
            if (words.isEmpty()) {
                continue;
            }
            file(entry, new NameTarget<>(entry, name.text(), name.kind(), words, false, ""));
            for (OptionalParts.Shorter shorter : rules.optionalParts().shorter(words)) {
                // Without a part texts leave out, the name is another name of the entry, never its listed name.
                NameTarget<E> target = new NameTarget<>(entry, name.text(),
                        name.kind() == Kind.OFFICIAL ? Kind.ALIAS : name.kind(), shorter.words(), false, "");
                target.withoutPart = asWritten(stripped, spans, shorter.leftOut());
                file(entry, target);
            }
        }
        markShortNames(entry);
    }

    /**
     * The words at these positions (among the name's words, each at its span of the name) as the name
     * writes them: each run of neighbouring words from its first word's start to its last word's end.
     */
    private static String asWritten(String name, List<int[]> spans, List<Integer> positions) {
        StringBuilder written = new StringBuilder();
        for (int p = 0; p < positions.size(); p++) {
            int first = positions.get(p);
            while (p + 1 < positions.size() && positions.get(p + 1) == positions.get(p) + 1) {
                p++;
            }
            written.append(written.isEmpty() ? "" : ", ")
                    .append(name, spans.get(first)[0], spans.get(positions.get(p))[1]);
        }
        return written.toString();
    }

    /**
     * Adds a name read for matching to its entry and files it under its keys: an abbreviation as written,
     * Chinese characters as read, other names by their words (and for near spellings). A name read from a
     * snapshot is filed here as well, so that the keys are made the same way.
     */
    void file(NameEntry<E> entry, NameTarget<E> target) {
        entry.targets.add(target);
        if (target.abbreviation) {
            post(abbreviations, target.name.strip(), target);
        } else if (!target.han.isEmpty()) {
            post(chinese, target.han, target);
            chineseLengths.add(target.han.length());
        } else {
            addWords(target);
        }
    }

    private void addWords(NameTarget<E> target) {
        List<String> words = target.words;
        post(phrases, words.size() == 1 ? words.get(0) : words.get(0) + " " + words.get(1), target);
        if (words.size() > 1) {
            pairStarts.add(words.get(0));
        }
        post(joined, target.joined, target);
        longestJoined = Math.max(longestJoined, target.joined.length());
        near.add(target);
    }

    /**
     * This index as bytes that {@link Builder#build(byte[], String)} reads back with the same {@code key}
     * instead of reading every name again (see {@link NameIndexSnapshot}).
     */
    public byte[] snapshot(String key) {
        return NameIndexSnapshot.write(this, key);
    }

    /** Whether this index was read from a snapshot ({@link Builder#build(byte[], String)}) rather than built. */
    public boolean readFromSnapshot() {
        return readFromSnapshot;
    }

    /**
     * The names, and for a Persian name with a zero-width non-joiner inside a word (بقیه‌الله) the same name
     * with a space there as well: texts write either, and a word is read without its non-joiner.
     */
    private static List<Name> withSpacedJoiners(List<Name> names) {
        List<Name> all = names;
        for (Name name : names) {
            if (name.text().indexOf('\u200C') >= 0) {
                if (all == names) {
                    all = new ArrayList<>(names);
                }
                all.add(new Name(name.text().replace('\u200C', ' '), name.kind()));
            }
        }
        return all;
    }

    /**
     * Adds a target under a key: most keys of a long list have one target, kept in an immutable list of one
     * (no array behind it), a second one makes it a list that grows.
     */
    static <K, T> void post(Map<K, List<T>> index, K key, T target) {
        List<T> targets = index.get(key);
        if (targets == null) {
            index.put(key, List.of(target));
        } else if (targets.size() == 1) {
            List<T> two = new ArrayList<>(2);
            two.add(targets.get(0));
            two.add(target);
            index.put(key, two);
        } else {
            targets.add(target);
        }
    }

    /**
     * An alias whose words are all in a longer name of the same entry, less one that tells the entry apart
     * (not a general word, or a country: "Pasteur Institute" of the Pasteur Institute of Iran), is a short
     * name: many organisations share it.
     */
    private void markShortNames(NameEntry<E> entry) {
        for (NameTarget<E> alias : entry.targets) {
            // A listed name without an optional part keeps the words that tell the entry apart.
            if (alias.official() || alias.words.isEmpty() || !alias.withoutPart.isEmpty() || alias.kind == Kind.SHARED) {
                continue;
            }
            for (NameTarget<E> longer : entry.targets) {
                if (longer != alias && longer.words.size() > alias.words.size() && longer.words.containsAll(alias.words)) {
                    for (String word : longer.words) {
                        if (!alias.words.contains(word) && (!rules.structure().generalWords().contains(word)
                                || rules.structure().isCountryWord(word))) {
                            alias.leftOut = word;
                            break;
                        }
                    }
                }
            }
        }
    }

    /** Short names in capitals (HIT, BUAA, NUDT, 841; not Chinese characters): matched only whole and in exactly that case. */
    static boolean isAbbreviation(String name) {
        if (name.length() > 6 || name.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isUpperCase(c) && !Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    /**
     * The listed names found in {@code text}, for each entry the best hit (a hit over a near one, the
     * official name over another), in the order entries were first found.
     *
     * @param freeText whether the text is a topic or description rather than the partner's name: a short
     *                 abbreviation without a confirming word is then no hit at all (it is too often a word),
     *                 and near spellings are not looked for (in running text they are mostly other words,
     *                 and looking for them in every description of a batch costs more than all the rest)
     */
    public List<NameHit<E>> find(String text, boolean freeText) {
        return find(new NameText(text, Tokenizer.tokenize(text), rules, readings), freeText);
    }

    /** As {@link #find(String, boolean)}, on words split already (one split for every index that reads them). */
    public List<NameHit<E>> find(Words words, boolean freeText) {
        return find(new NameText(words.text().toString(), words.tokens(), rules, readings), freeText);
    }

    private List<NameHit<E>> find(NameText read, boolean freeText) {
        Best<E> best = new Best<>();
        findPhrases(read, best);
        findAbbreviations(read, freeText, best);
        findChinese(read, best);
        findJoined(read, best);
        if (!freeText) {
            near.find(read, best);
        }
        return List.copyOf(best.hits);
    }

    private void findPhrases(NameText read, Best<E> best) {
        List<NameText.Word> words = read.words;
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).stop() || words.get(i).han()) {
                continue;
            }
            for (NameTarget<E> target : phrases.getOrDefault(words.get(i).key(), List.of())) {
                best.offer(judge.phrase(read, target, i, i));
            }
            int second = pairStarts.contains(words.get(i).key()) ? nextWord(words, i) : -1;
            if (second < 0) {
                continue;
            }
            for (NameTarget<E> target : phrases.getOrDefault(words.get(i).key() + " " + words.get(second).key(), List.of())) {
                int last = second;
                for (int w = 2; w < target.words.size() && last >= 0; w++) {
                    last = nextWord(words, last);
                    if (last >= 0 && !words.get(last).key().equals(target.words.get(w))) {
                        last = -1;
                    }
                }
                if (last >= 0) {
                    best.offer(judge.phrase(read, target, i, last));
                }
            }
        }
    }

    /** The next word after {@code i} that is not a stopword, or -1. */
    private static int nextWord(List<NameText.Word> words, int i) {
        for (int k = i + 1; k < words.size(); k++) {
            if (!words.get(k).stop()) {
                return k;
            }
        }
        return -1;
    }

    private void findAbbreviations(NameText read, boolean freeText, Best<E> best) {
        for (int i = 0; i < read.words.size(); i++) {
            NameText.Word word = read.words.get(i);
            if (i > 0 && read.words.get(i - 1).start() == word.start()) {
                continue; // a further word of an abbreviation read as several
            }
            String cased = possessive(read.text.substring(word.start(), word.end()));
            for (NameTarget<E> target : abbreviations.getOrDefault(cased, List.of())) {
                best.offer(judge.abbreviation(read, target, i, freeText));
            }
        }
    }

    /** An abbreviation with an English possessive ("HIT's", "NUDT’s") without it. */
    static String possessive(String word) {
        int n = word.length();
        if (n > 3 && (word.charAt(n - 1) == 's' || word.charAt(n - 1) == 'S')
                && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')) {
            return word.substring(0, n - 2);
        }
        return word;
    }

    private void findChinese(NameText read, Best<E> best) {
        if (chinese.isEmpty()) {
            return;
        }
        for (NameText.HanRun run : read.runs) {
            String folded = run.folded();
            for (int start = 0; start < folded.length(); start++) {
                for (int length : chineseLengths) {
                    if (start + length > folded.length()) {
                        break;
                    }
                    for (NameTarget<E> target : chinese.getOrDefault(folded.substring(start, start + length), List.of())) {
                        best.offer(judge.chinese(read, run, target, start, start + length));
                    }
                }
            }
        }
    }

    /**
     * A segment, or two neighbouring segments in turned order, whose words joined are a name's joined
     * words: "Technology, Harbin Institute of", "haerbingongyedaxue".
     */
    private void findJoined(NameText read, Best<E> best) {
        List<int[]> segments = segments(read);
        for (int s = 0; s < segments.size(); s++) {
            int[] segment = segments.get(s);
            int ownLength = joinedLength(read, segment[0], segment[1]);
            if (ownLength > longestJoined) {
                continue; // and turned with the next segment it is longer still
            }
            String own = joinedWords(read, segment[0], segment[1]);
            for (NameTarget<E> target : joined.getOrDefault(own, List.of())) {
                best.offer(judge.whole(read, target, segment[0], segment[1], MatchBasis.JOINED));
            }
            int[] next = s + 1 < segments.size() ? segments.get(s + 1) : null;
            if (next != null && read.gapBefore(next[0]).contains(",")
                    && ownLength + joinedLength(read, next[0], next[1]) <= longestJoined) {
                String turned = joinedWords(read, next[0], next[1]) + own;
                for (NameTarget<E> target : joined.getOrDefault(turned, List.of())) {
                    best.offer(judge.whole(read, target, segment[0], next[1], MatchBasis.REORDERED));
                }
            }
        }
    }

    /** The first and last word of each segment. */
    static List<int[]> segments(NameText read) {
        List<int[]> segments = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= read.words.size(); i++) {
            if (i == read.words.size() || read.words.get(i).segment() != read.words.get(first).segment()) {
                if (i > first) {
                    segments.add(new int[] {first, i - 1});
                }
                first = i;
            }
        }
        return segments;
    }

    /** The length of {@link #joinedWords}, without joining them. */
    private static int joinedLength(NameText read, int first, int last) {
        int length = 0;
        for (int i = first; i <= last; i++) {
            if (read.words.get(i).nameWord()) {
                length += read.words.get(i).key().length();
            }
        }
        return length;
    }

    static String joinedWords(NameText read, int first, int last) {
        StringBuilder joined = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (read.words.get(i).nameWord()) {
                joined.append(read.words.get(i).key());
            }
        }
        return joined.toString();
    }

    /**
     * The best hit per entry so far, in the order entries were first found; entries are compared by
     * identity (they are the index's own objects), never by a record's deep equals and hashCode.
     */
    static final class Best<E> {
        private final List<NameHit<E>> hits = new ArrayList<>(2);
        private final Map<E, Integer> positions = new IdentityHashMap<>();

        void offer(NameHit<E> hit) {
            if (hit == null) {
                return;
            }
            Integer position = positions.get(hit.entry());
            if (position == null) {
                positions.put(hit.entry(), hits.size());
                hits.add(hit);
            } else if (rank(hit) > rank(hits.get(position))) {
                hits.set(position, hit);
            }
        }

        /** Whether a hit that is not near was found on exactly these words of the text. */
        boolean named(String text) {
            return hits.stream().anyMatch(hit -> !hit.near() && hit.text().equals(text));
        }

        /** Whether the entry has a hit that is not near. */
        boolean found(E entry) {
            Integer position = positions.get(entry);
            return position != null && !hits.get(position).near();
        }
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
