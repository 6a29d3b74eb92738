package nl.partnerscan.core.match;

import java.util.List;

/**
 * Decides, for a listed name found in a text, whether the text names that organisation, only one to check
 * ({@link MatchBasis#near()}), or another organisation (no hit: {@code null}). Both names' words count, the
 * way a reader weighs them:
 * <ul>
 *   <li>a listed name followed by a connector and a capitalised word is the start of a longer name
 *       ("Sichuan University of Arts and Science", "... & Engineering"), unless the words name an owner of
 *       its country ("... of the PLA", "... of the Chinese Academy of Sciences"); followed by a campus, school or
 *       place, or preceded by "of" or a unit ("West China Hospital of Sichuan University"), it is a part of
 *       the listed organisation;</li>
 *   <li>a listed name of general words right after other capitalised words ("Shenyang Institute of
 *       Computing Technology") is another organisation's; after an owner ("PLA Strategic Support Force
 *       Information Engineering University") it is the listed one;</li>
 *   <li>a name of general words alone followed by a parent organisation ("Institute of Applied Physics,
 *       University of Bern") is a unit of that other organisation;</li>
 *   <li>an abbreviation in brackets after another organisation's name is that organisation's; next to
 *       capitalised words ("HIT Radio", "BIT Capital") it is one to check; a short one needs a confirming
 *       word of the organisation in the same text;</li>
 *   <li>Chinese characters after other characters that are not an owner or a joining character of a
 *       sentence are another name (西安电子科技大学 is not 电子科技大学); a short form is one to check;</li>
 *   <li>a name of general words alone in a text that names another country or a place there ("National
 *       Defense University, Washington DC") is that country's namesake: one to check;</li>
 *   <li>pinyin alone, and a short name that leaves out the word that tells the organisation apart, are
 *       ones to check.</li>
 * </ul>
 * Over 300 lines: every kind of name found (words, abbreviation, Chinese characters, translation, a shared
 * former name) has its own checks, and they share the checks of the words around a name; apart, each would
 * repeat them.
 */
final class NameJudge<E> {
    private final NameRules rules;
    private final NameStructure structure;

    NameJudge(NameRules rules) {
        this.rules = rules;
        this.structure = rules.structure();
    }

    /** The name's words found from word {@code first} to word {@code last}. */
    NameIndex.NameHit<E> phrase(NameText read, NameTarget<E> target, int first, int last) {
        List<NameText.Word> words = read.words;
        String shown = read.span(first, last);
        if (first > 0 && sameSegment(read, first - 1, first) && !read.gapBefore(first).contains("&")) {
            NameText.Word before = words.get(first - 1);
            if (before.nameWord() && (before.capitalised() || before.allCapitals())
                    && !structure.functionWords().contains(before.key()) && !structure.unitWords().contains(before.key())
                    && !ownerEndsAt(words, first - 1)) {
                if (structure.generalWords().contains(target.words.get(0))) {
                    return null;
                }
                return hit(target, shown, MatchBasis.PRECEDED, read.span(first - 1, first - 1), 1.0);
            }
        }
        if (continues(read, target, last)) {
            return null;
        }
        String translated = translated(read, first, last);
        return translated.isEmpty() ? finish(read, target, shown, last, MatchBasis.NAME)
                : finish(read, target, shown, last, MatchBasis.TRANSLATED, translated);
    }

    /** The words from {@code first} to {@code last} read in translation, as written, or empty when none is. */
    private static String translated(NameText read, int first, int last) {
        StringBuilder words = new StringBuilder();
        String previous = null;
        for (int i = first; i <= last; i++) {
            NameText.Word word = read.words.get(i);
            if (word.translated() && !word.cased().equals(previous)) {
                words.append(words.isEmpty() ? "" : " ").append(word.cased());
                previous = word.cased();
            }
        }
        return words.toString();
    }

    /** A whole segment (or two, turned round) that is the name joined or reordered. */
    NameIndex.NameHit<E> whole(NameText read, NameTarget<E> target, int first, int last, MatchBasis basis) {
        String translated = translated(read, first, last);
        return translated.isEmpty() ? finish(read, target, read.span(first, last), last, basis)
                : finish(read, target, read.span(first, last), last, MatchBasis.TRANSLATED, translated);
    }

    /** The checks every name of words goes through last: pinyin, short names, a parent after it. */
    private NameIndex.NameHit<E> finish(NameText read, NameTarget<E> target, String shown, int last,
                                        MatchBasis basis) {
        return finish(read, target, shown, last, basis, "");
    }

    private NameIndex.NameHit<E> finish(NameText read, NameTarget<E> target, String shown, int last,
                                        MatchBasis basis, String detail) {
        if (target.kind == NameIndex.Kind.TRANSLITERATION) {
            return hit(target, shown, MatchBasis.PINYIN, "", 1.0);
        }
        if (target.kind == NameIndex.Kind.SHARED) {
            String confirming = ownWordBeyond(read, target);
            return confirming == null ? hit(target, shown, MatchBasis.SHARED_NAME, "", 1.0)
                    : hit(target, shown, MatchBasis.SHARED_NAME_CONFIRMED, confirming, 1.0);
        }
        if (target.general(structure) && parentFollows(read, last)) {
            return null;
        }
        if (target.general(structure)) {
            // A name of general words alone is also another country's organisation's name: the National
            // Defense University in Washington is not the one in Beijing.
            String elsewhere = structure.elsewhere(target.entry.country, read);
            if (elsewhere != null) {
                return hit(target, shown, MatchBasis.NAMESAKE, elsewhere, 1.0);
            }
        }
        if (!target.leftOut.isEmpty()) {
            String confirming = read.has(target.leftOut) ? target.leftOut
                    : structure.country(target.entry.country).stream().filter(read::has).findFirst().orElse(null);
            return confirming == null ? hit(target, shown, MatchBasis.SHORT_NAME, target.leftOut, 1.0)
                    : hit(target, shown, MatchBasis.SHORT_NAME_CONFIRMED, confirming, 1.0);
        }
        if (basis == MatchBasis.NAME && !target.withoutPart.isEmpty()) {
            return hit(target, shown, MatchBasis.WITHOUT_PART, target.withoutPart, 1.0);
        }
        return hit(target, shown, basis, detail, 1.0);
    }

    /** An abbreviation found as word {@code i}. */
    NameIndex.NameHit<E> abbreviation(NameText read, NameTarget<E> target, int i, boolean freeText) {
        List<NameText.Word> words = read.words;
        String shown = read.span(i, i);
        if (i > 0 && opensBracket(read.gapBefore(i)) && namedBefore(read, i) && !sharesWord(read, i, target.entry)) {
            return null;
        }
        String word = NameIndex.possessive(shown);
        boolean isShort = letters(word) <= structure.shortAbbreviation()
                || structure.ambiguousAbbreviations().contains(word);
        String confirming = isShort ? confirming(read, target.entry) : null;
        if (isShort && confirming == null && freeText) {
            return null;
        }
        if (i > 0 && sameSegment(read, i - 1, i) && !read.gapBefore(i).contains("&")) {
            NameText.Word before = words.get(i - 1);
            if (before.nameWord() && before.capitalised()
                    && !structure.functionWords().contains(before.key()) && !structure.unitWords().contains(before.key())
                    && !ownerEndsAt(words, i - 1) && !target.entry.confirming(structure).contains(before.key())) {
                return hit(target, shown, MatchBasis.ABBREVIATION_AMID_NAME, read.span(i - 1, i), 1.0);
            }
        }
        if (i + 1 < words.size() && sameSegment(read, i, i + 1)) {
            NameText.Word after = words.get(i + 1);
            if (after.nameWord() && after.capitalised() && !after.allCapitals()
                    && !structure.functionWords().contains(after.key()) && !structure.unitWords().contains(after.key())
                    && !target.entry.confirming(structure).contains(after.key())) {
                return hit(target, shown, MatchBasis.ABBREVIATION_AMID_NAME, read.span(i, i + 1), 1.0);
            }
        }
        if (isShort) {
            return confirming == null ? hit(target, shown, MatchBasis.ABBREVIATION_UNCONFIRMED, "", 1.0)
                    : hit(target, shown, MatchBasis.ABBREVIATION_CONFIRMED, confirming, 1.0);
        }
        return hit(target, shown, MatchBasis.ABBREVIATION, "", 1.0);
    }

    /** A name in Chinese characters found at {@code start} to {@code end} of a run (in simplified characters). */
    NameIndex.NameHit<E> chinese(NameText read, NameText.HanRun run, NameTarget<E> target, int start, int end) {
        ChineseRules chinese = rules.chinese();
        String folded = run.folded();
        String before = folded.substring(0, start);
        if (!before.isEmpty() && !chinese.joiners().contains(before.codePointBefore(before.length()))
                && chinese.ownerPrefixes().stream().noneMatch(before::endsWith)) {
            return null;
        }
        String shown = read.text.substring(run.start(start), run.end(end, read.text));
        if (target.han.length() <= chinese.shortForm()) {
            String after = folded.substring(end);
            if (!after.isEmpty() && !chinese.joiners().contains(after.codePointAt(0))) {
                // Another name, unless what follows names a part of an organisation (北航杭州创新研究院).
                String unit = chinese.attachedUnit(after);
                return unit == null ? null : hit(target, shown, MatchBasis.SHORT_FORM_ATTACHED, unit, 1.0);
            }
            return hit(target, shown, MatchBasis.SHORT_FORM, "", 1.0);
        }
        return hit(target, shown, MatchBasis.CHINESE, "", 1.0);
    }

    /**
     * Whether the words after word {@code last} continue the name into a longer one: a connector and a
     * capitalised word ("of Arts"), or a conjunction and a capitalised general word ("& Engineering").
     */
    private boolean continues(NameText read, NameTarget<E> target, int last) {
        List<NameText.Word> words = read.words;
        int next = last + 1;
        if (next >= words.size() || !sameSegment(read, last, next)) {
            return false;
        }
        String key = words.get(next).key();
        boolean ampersand = read.gapBefore(next).contains("&");
        if (!ampersand && structure.connectors().contains(key)) {
            int then = next + 1;
            while (then < words.size() && sameSegment(read, next, then) && structure.articles().contains(words.get(then).key())) {
                then++;
            }
            return then < words.size() && sameSegment(read, next, then) && words.get(then).capitalised()
                    && !words.get(then).han() && !ownerStartsAt(words, then, target.entry.country);
        }
        if (ampersand || structure.conjunctions().contains(key)) {
            int then = ampersand ? next : next + 1;
            return then < words.size() && sameSegment(read, last, then) && words.get(then).capitalised()
                    && structure.generalWords().contains(words.get(then).key());
        }
        return false;
    }

    /** Whether the segment after word {@code last}, past a comma, names a parent organisation (a university). */
    private boolean parentFollows(NameText read, int last) {
        List<NameText.Word> words = read.words;
        int next = last + 1;
        if (next >= words.size() || sameSegment(read, last, next) || !read.gapBefore(next).contains(",")) {
            return false;
        }
        for (int i = next; i < words.size() && sameSegment(read, next, i); i++) {
            if (structure.parentWords().contains(words.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an owner of the entry's country starts at word {@code i}: "of the PLA", "of the Chinese Academy
     * of Sciences" name the owner of the listed organisation, not a longer name; "of the Russian Academy of
     * Sciences" after a Chinese or Iranian name is another country's institute.
     */
    private boolean ownerStartsAt(List<NameText.Word> words, int i, String country) {
        return structure.ownerPrefixes().stream().anyMatch(owner -> ownerAt(words, i, owner.split(" "), country));
    }

    /** Whether an owner ("PLA", "Strategic Support Force") ends at word {@code i}. */
    private boolean ownerEndsAt(List<NameText.Word> words, int i) {
        return structure.ownerPrefixes().stream().anyMatch(owner -> {
            String[] parts = owner.split(" ");
            return ownerAt(words, i - parts.length + 1, parts, null);
        });
    }

    /**
     * Whether the owner's words {@code parts} stand from word {@code first} on; with a {@code country}, a word
     * that names a country must name that one.
     */
    private boolean ownerAt(List<NameText.Word> words, int first, String[] parts, String country) {
        if (first < 0 || first + parts.length > words.size()) {
            return false;
        }
        for (int p = 0; p < parts.length; p++) {
            boolean otherCountry = country != null && structure.isCountryWord(parts[p])
                    && !structure.country(country).contains(parts[p]);
            if (otherCountry || !words.get(first + p).key().equals(parts[p])) {
                return false;
            }
        }
        return true;
    }

    /** The first word of the entry's own (not general) or of its country found in the text, or null. */
    private String confirming(NameText read, NameEntry<E> entry) {
        for (String word : entry.confirming(structure)) {
            if (read.has(word)) {
                return word;
            }
        }
        if (entry.hasChineseName() && !read.runs.isEmpty()) {
            return read.text.substring(read.runs.get(0).start(0),
                    read.runs.get(0).end(read.runs.get(0).folded().length(), read.text));
        }
        return null;
    }

    /**
     * The first word of the entry's own names that tells it apart, is not in {@code target}'s words and not a
     * country's, found in the text ("Nanjing" for a former name of the Nanjing University of Science and
     * Technology), or null. A country word does not tell one Chinese university from another.
     */
    private String ownWordBeyond(NameText read, NameTarget<E> target) {
        for (String word : target.entry.confirming(structure)) {
            if (!target.words.contains(word) && !structure.isCountryWord(word) && read.has(word)) {
                return word;
            }
        }
        return null;
    }

    /** Whether word {@code i} stands first in brackets. */
    private static boolean opensBracket(String gap) {
        return gap.indexOf('(') >= 0 || gap.indexOf('[') >= 0 || gap.indexOf('\uFF08') >= 0;
    }

    /** Whether capitalised words, a name, stand right before the bracket that word {@code i} opens. */
    private static boolean namedBefore(NameText read, int i) {
        NameText.Word before = read.words.get(i - 1);
        return before.capitalised() && !before.han();
    }

    /** Whether the segment before the bracket shares a word that tells the entry apart ("Kharkevich Institute (IITP)"). */
    private boolean sharesWord(NameText read, int i, NameEntry<E> entry) {
        List<String> own = entry.confirming(structure);
        int segment = read.words.get(i - 1).segment();
        for (int j = i - 1; j >= 0 && read.words.get(j).segment() == segment; j--) {
            String key = read.words.get(j).key();
            if (own.contains(key) && !structure.country(entry.country).contains(key)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSegment(NameText read, int a, int b) {
        return read.words.get(a).segment() == read.words.get(b).segment();
    }

    private static int letters(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            letters += Character.isLetter(word.charAt(i)) ? 1 : 0;
        }
        return letters;
    }

    private static <E> NameIndex.NameHit<E> hit(NameTarget<E> target, String shown, MatchBasis basis,
                                                String detail, double similarity) {
        // A name in translation is another name of the organisation, not its listed name as written.
        return new NameIndex.NameHit<>(target.entry.value, target.name, target.official() && basis != MatchBasis.TRANSLATED,
                shown, similarity, basis, detail);
    }
}
