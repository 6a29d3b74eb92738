package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Words of organisation names in other languages (Dutch first) read as the English words the lists write:
 * {@code Universiteit} is {@code university}, {@code Noordwestelijke} {@code northwestern}. A compound of two
 * such words is read as both ({@code Defensietechnologie} is {@code defense technology}), with a linking
 * {@code s} allowed after the first ({@code Onderzoeksinstituut}). Only the general words of names are
 * translated; the proper names that tell an organisation apart (Harbin, Beihang) are written the same in
 * every language and must stand as they are. Immutable.
 */
public final class Translations {
    /** Letters a word must share with a glossary word before it is tried as a compound: most words share none. */
    private static final int PREFIX = 4;

    private final Map<String, String> words;
    private final int compoundMinLength;
    /** Folded Cyrillic letter (as a code point) to the Latin letters of its transliteration. */
    private final Map<Integer, String> cyrillic;
    private final int acronymMaxLength;
    /** The glossary words by their first letters: a long word is split only where a glossary word starts it. */
    private final Map<String, List<String>> starts = new HashMap<>();

    /**
     * @param words             folded word to the folded English word or words it stands for
     * @param compoundMinLength the shortest word (in letters) tried as a compound of two glossary words
     * @param cyrillic          folded Cyrillic letter to its Latin transliteration (lower case), for acronyms
     * @param acronymMaxLength  the longest word in Cyrillic capitals read as a transliterated acronym
     *                          ({@code АНО ПО КСИ} is {@code ANO PO KSI})
     */
    public Translations(Map<String, String> words, int compoundMinLength, Map<Integer, String> cyrillic,
                        int acronymMaxLength) {
        this.words = Map.copyOf(words);
        this.compoundMinLength = compoundMinLength;
        this.cyrillic = Map.copyOf(cyrillic);
        this.acronymMaxLength = acronymMaxLength;
        if (compoundMinLength < 2 * PREFIX) {
            throw new IllegalArgumentException("compound_min_length below " + 2 * PREFIX);
        }
        for (String word : this.words.keySet()) {
            if (word.length() >= PREFIX && word.indexOf(' ') < 0) {
                starts.computeIfAbsent(word.substring(0, PREFIX), k -> new ArrayList<>(2)).add(word);
            }
        }
    }

    /** No translations. */
    public static Translations none() {
        return new Translations(Map.of(), 2 * PREFIX, Map.of(), 0);
    }

    /** The glossary: folded word to the folded English word or words. */
    public Map<String, String> words() {
        return words;
    }

    /** The shortest word (in letters) tried as a compound of two glossary words. */
    public int compoundMinLength() {
        return compoundMinLength;
    }

    /** Folded Cyrillic letter (as a code point) to the Latin letters of its transliteration. */
    public Map<Integer, String> cyrillic() {
        return cyrillic;
    }

    /** The longest word in Cyrillic capitals read as a transliterated acronym. */
    public int acronymMaxLength() {
        return acronymMaxLength;
    }

    /** Equal when the glossaries and the compound length are (the map of first letters follows from them). */
    @Override
    public boolean equals(Object other) {
        return other instanceof Translations that && words.equals(that.words)
                && compoundMinLength == that.compoundMinLength && cyrillic.equals(that.cyrillic)
                && acronymMaxLength == that.acronymMaxLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(words, compoundMinLength, cyrillic, acronymMaxLength);
    }

    /**
     * An acronym in Cyrillic capitals ({@code КСИ}) in Latin letters ({@code ksi}), as the lists write the
     * abbreviations of Russian names; null for any other word. Only capitals: a Russian word in small letters
     * is a word, matched as written.
     */
    public String transliterateAcronym(String cased, String folded) {
        int length = cased.codePointCount(0, cased.length());
        if (length < 2 || length > acronymMaxLength) {
            return null;
        }
        for (int i = 0; i < cased.length(); i++) {
            char c = cased.charAt(i);
            if (!Character.isUpperCase(c) || Character.UnicodeBlock.of(c) != Character.UnicodeBlock.CYRILLIC) {
                return null;
            }
        }
        StringBuilder latin = new StringBuilder(folded.length() + 2);
        for (int i = 0; i < folded.length(); i++) {
            String letters = cyrillic.get((int) folded.charAt(i));
            if (letters == null) {
                return null;
            }
            latin.append(letters);
        }
        return latin.toString();
    }

    @Override
    public String toString() {
        return "Translations[words=" + words.size() + ", compoundMinLength=" + compoundMinLength + "]";
    }

    /**
     * The English word or words {@code folded} stands for, or null when it is neither a glossary word nor a
     * compound of two.
     */
    public String translate(String folded) {
        String direct = words.get(folded);
        if (direct != null || folded.length() < compoundMinLength) {
            return direct;
        }
        List<String> candidates = starts.get(folded.substring(0, PREFIX));
        if (candidates == null) {
            return null;
        }
        for (String first : candidates) {
            if (!folded.startsWith(first)) {
                continue;
            }
            String rest = folded.substring(first.length());
            String second = rest.length() >= PREFIX ? words.get(rest) : null;
            if (second == null && rest.length() > PREFIX && rest.charAt(0) == 's') {
                second = words.get(rest.substring(1));
            }
            if (second != null) {
                return words.get(first) + " " + second;
            }
        }
        return null;
    }
}
