package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text read for names: its words (hyphenated words split in their parts, elided articles such as
 * {@code d'} apart), each with its folded key (abbreviations expanded, one of several words into as many
 * words at the same place), its case, the segment it stands in
 * (segments are parted by commas, brackets, semicolons, colons, slashes and sentence ends), and its runs
 * of Chinese characters, simplified, with spaces and invisible characters inside them left out.
 */
final class NameText {
    /**
     * One word.
     *
     * @param key     folded, with the rules' abbreviation expanded
     * @param cased   as written (diacritics folded)
     * @param segment the number of the segment it stands in
     * @param stop    whether the key is a stopword
     * @param han     whether it is Chinese characters (matched as runs, not as words)
     * @param translated whether the key is the English for a word in another language ({@code Universiteit})
     */
    record Word(String key, String cased, int start, int end, int segment, boolean stop, boolean han,
                boolean translated) {
        /** Whether it is a word a name is compared by: no stopword, and no Chinese characters (read as runs). */
        boolean nameWord() {
            return !stop && !han;
        }

        boolean capitalised() {
            return !cased.isEmpty() && Character.isUpperCase(cased.codePointAt(0));
        }

        boolean allCapitals() {
            boolean letter = false;
            for (int i = 0; i < cased.length(); i++) {
                char c = cased.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letter |= Character.isLetter(c);
            }
            return letter;
        }
    }

    /** A run of Chinese characters: simplified, and where each of its characters stands in the text. */
    record HanRun(String folded, int[] positions) {
        int start(int index) {
            return positions[index];
        }

        int end(int index, String text) {
            return positions[index - 1] + Character.charCount(text.codePointAt(positions[index - 1]));
        }
    }

    final String text;
    final List<Word> words = new ArrayList<>();
    final List<HanRun> runs = new ArrayList<>();
    /** For each word, the characters between it and the word before (from the text's start for the first). */
    private final List<String> gaps = new ArrayList<>();
    private Set<String> keys;

    NameText(String text, NameRules rules) {
        this(text, Tokenizer.tokenize(text), rules, null);
    }

    /**
     * The text read from its words, split already (one split for every index that reads it); a whole word
     * that is no Chinese characters reads as {@code readings} kept it, if given (see {@link #readings}).
     */
    NameText(String text, List<Token> tokens, NameRules rules, WordCache<List<Word>> readings) {
        this.text = text;
        int previousEnd = 0;
        int segment = 0;
        String previousKey = null;
        for (Token token : tokens) {
            boolean han = ChineseRules.isHan(text.codePointAt(token.start()));
            if (readings != null && !han && !token.hyphenated() && !elided(token.start(), token.end())) {
                String gap = text.substring(Math.min(previousEnd, token.start()), token.start());
                if (separates(gap, previousKey, rules)) {
                    segment++;
                }
                place(readings.get(token), token.start(), token.end(), segment, gap);
                previousEnd = token.end();
                previousKey = words.get(words.size() - 1).key();
                continue;
            }
            List<int[]> spans = parts(token);
            List<String> folded = token.foldedParts();
            List<String> cased = token.casedParts();
            if (spans.size() != folded.size()) {
                spans = List.of(new int[] {token.start(), token.end()});
                folded = List.of(token.folded());
                cased = List.of(token.cased());
            }
            for (int p = 0; p < folded.size(); p++) {
                int start = spans.get(p)[0];
                int end = spans.get(p)[1];
                String gap = text.substring(Math.min(previousEnd, start), start);
                if (separates(gap, previousKey, rules)) {
                    segment++;
                }
                String foldedPart = folded.get(p);
                String casedPart = cased.get(p);
                if (elided(start, end)) {
                    add(foldedPart.substring(0, 1), casedPart.substring(0, 1), start, start + 1, segment, false, gap, rules);
                    gap = text.substring(start + 1, start + 2);
                    start += 2;
                    foldedPart = foldedPart.substring(1);
                    casedPart = casedPart.substring(1);
                }
                add(foldedPart, casedPart, start, end, segment, han, gap, rules);
                previousEnd = end;
                previousKey = words.get(words.size() - 1).key();
            }
        }
        readRuns(rules.chinese());
    }

    private void add(String folded, String cased, int start, int end, int segment, boolean han, String gap,
                     NameRules rules) {
        place(reading(folded, cased, han, rules), start, end, segment, gap);
    }

    /** A word's reading (see {@link #reading}) placed at {@code start} to {@code end} in a segment. */
    private void place(List<Word> reading, int start, int end, int segment, String gap) {
        String wordGap = gap;
        for (Word word : reading) {
            words.add(new Word(word.key(), word.cased(), start, end, segment, word.stop(), word.han(), word.translated()));
            gaps.add(wordGap);
            wordGap = " "; // An abbreviation of several words ("ЦНИИ", "CAPF"): each stands where it does.
        }
    }

    /**
     * How one word reads for names, at no place yet: its key (the rules' abbreviation expanded, or its
     * English if it is a word of another language; an abbreviation of several words gives as many words)
     * and whether that is a stopword. Depends on the word and the rules alone, so an index keeps it by
     * word ({@link #readings}).
     */
    static List<Word> reading(String folded, String cased, boolean han, NameRules rules) {
        String key = rules.abbreviations().get(folded);
        boolean translated = false;
        if (key == null && !han) {
            key = rules.translations().translate(folded);
            if (key == null) {
                key = rules.translations().transliterateAcronym(cased, folded);
            }
            translated = key != null;
        }
        if (key == null) {
            key = folded;
        }
        if (key.indexOf(' ') > 0) {
            List<Word> reading = new ArrayList<>();
            for (String part : key.split(" ")) {
                reading.add(new Word(part, cased, 0, 0, 0, rules.stopwords().contains(part), han, translated));
            }
            return List.copyOf(reading);
        }
        return List.of(new Word(key, cased, 0, 0, 0, rules.stopwords().contains(key), han, translated));
    }

    /**
     * The readings of whole words that are no Chinese characters, kept by word for {@code rules}: for an
     * index that reads every word of every text of a batch (see {@link WordCache}).
     */
    static WordCache<List<Word>> readings(NameRules rules) {
        return new WordCache<>(token -> reading(token.folded(), token.cased(), false, rules));
    }

    /** "d'Iran", "l'Institut": a single letter d or l and an apostrophe before the word's letters. */
    private boolean elided(int start, int end) {
        if (end - start < 3) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(start));
        char second = text.charAt(start + 1);
        return (first == 'd' || first == 'l') && (second == '\'' || second == '\u2019');
    }

    /** Where each hyphen-separated part of a token stands in the text. */
    private List<int[]> parts(Token token) {
        List<int[]> spans = new ArrayList<>(2);
        int start = token.start();
        for (int i = token.start(); i < token.end(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '\u2010' || c == '\u2011') && i > start) {
                spans.add(new int[] {start, i});
                start = i + 1;
            }
        }
        spans.add(new int[] {start, token.end()});
        return spans;
    }

    /** Whether the characters between two words part segments; a full stop after an abbreviation does not. */
    private static boolean separates(String gap, String previousKey, NameRules rules) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            switch (c) {
                case ',', ';', '(', ')', '[', ']', '/', '|', ':', '\n', '\uFF08', '\uFF09', '\uFF0C', '\u3001',
                     '\uFF1B', '\uFF1A', '\u3002' -> {
                    return true;
                }
                case '.', '!', '?' -> {
                    if (previousKey != null && previousKey.length() > 2
                            && !rules.abbreviations().containsValue(previousKey)) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** The runs of Chinese characters; blanks and invisible characters between two of them are skipped. */
    private void readRuns(ChineseRules chinese) {
        StringBuilder folded = new StringBuilder();
        List<Integer> positions = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (ChineseRules.isHan(cp)) {
                folded.appendCodePoint(chinese.fold(cp));
                positions.add(i);
                if (Character.charCount(chinese.fold(cp)) == 2) {
                    positions.add(i);
                }
            } else if (folded.isEmpty() || !(Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.CONTROL)) {
                // Blanks and invisible characters inside a run are skipped; anything else ends it.
                endRun(folded, positions);
            }
            i += Character.charCount(cp);
        }
        endRun(folded, positions);
    }

    private void endRun(StringBuilder folded, List<Integer> positions) {
        if (!folded.isEmpty()) {
            runs.add(new HanRun(folded.toString(), positions.stream().mapToInt(Integer::intValue).toArray()));
            folded.setLength(0);
            positions.clear();
        }
    }

    /** The characters between word {@code i} and the word before it. */
    String gapBefore(int i) {
        return gaps.get(i);
    }

    /** The text from the start of word {@code first} to the end of word {@code last}. */
    String span(int first, int last) {
        return text.substring(words.get(first).start(), words.get(last).end());
    }

    /** Whether the text holds this folded word, or (for a word in Chinese characters) these characters. */
    boolean has(String key) {
        if (keys == null) {
            Set<String> all = new HashSet<>();
            words.forEach(word -> all.add(word.key()));
            keys = all;
        }
        if (keys.contains(key)) {
            return true;
        }
        if (!key.isEmpty() && ChineseRules.isHan(key.codePointAt(0))) {
            return runs.stream().anyMatch(run -> run.folded().contains(key));
        }
        return false;
    }

    /** A phrase's folded words joined by one space, as rules and names compare them. */
    static String fold(String phrase) {
        List<String> parts = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(phrase)) {
            parts.addAll(token.foldedParts());
        }
        return String.join(" ", parts);
    }
}
