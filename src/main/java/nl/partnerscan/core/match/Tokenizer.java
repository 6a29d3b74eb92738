package nl.partnerscan.core.match;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits free text into {@link Token}s, folding case and diacritics. A hyphen between two letters
 * joins them into one word (Dutch spelling: {@code zonne-energie} is one word) but the parts are kept;
 * an apostrophe inside a word is dropped ({@code NEV's}); zero-width and other format characters inside
 * a word are ignored; everything else that is not a letter or digit separates words. One pass over
 * the text.
 */
final class Tokenizer {
    /** How many distinct words {@link #READ} keeps: bounded, so memory does not grow with a batch. */
    private static final int WORDS_KEPT = 200_000;
    /** How many words are numbered ({@link Token#id()}): those {@link #READ} keeps, 0 to this. */
    static final int WORD_IDS = WORDS_KEPT;
    /**
     * Each word as written, read once: a batch repeats a few thousand words over millions of rows, and
     * folding and stemming a word again costs more than finding where it ends. Reading a word depends on
     * its characters only, never on reference data, so one table serves every text and every data set.
     */
    private static final WordTable READ = new WordTable(WORDS_KEPT);

    private Tokenizer() {
    }

    static List<Token> tokenize(CharSequence text) {
        List<Token> tokens = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80 && !isAsciiLetterOrDigit(c)) {
                i++;
                continue;
            }
            int cp = Character.codePointAt(text, i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            i = readWord(text, i, tokens);
        }
        return tokens;
    }

    /**
     * Reads the word that starts at {@code start}, adds it to {@code tokens}, returns the index after it.
     * One pass over the word's characters finds its end and the hash it is kept under ({@link WordTable});
     * ASCII characters, most of most texts, need no code point and no Unicode table.
     */
    private static int readWord(CharSequence text, int start, List<Token> tokens) {
        int length = text.length();
        int i = start;
        int end = start;
        int hash = 0; // String.hashCode of the characters start to i, as WordTable keeps words
        int hashToEnd = 0; // ... and start to end
        boolean any = false;
        while (i < length) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (isAsciiLetterOrDigit(c)) {
                    any = true;
                    hash = 31 * hash + c;
                    i++;
                    end = i;
                    hashToEnd = hash;
                    continue;
                }
                if (c != '-' && c != '\'') {
                    break; // no other ASCII character is part of a word, ignorable or joining
                }
            }
            int cp = Character.codePointAt(text, i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                any = true;
                hash = hashWith(hash, text, i, width);
                i += width;
                end = i;
                hashToEnd = hash;
            } else if (isIgnorableInWord(cp)) {
                hash = hashWith(hash, text, i, width);
                i += width;
            } else if ((isHyphen(cp) || isApostrophe(cp)) && i + width < length
                    && isWordChar(Character.codePointAt(text, i + width)) && any) {
                hash = hashWith(hash, text, i, width);
                i += width;
            } else {
                break;
            }
        }
        if (any) {
            Token read = READ.get(text, start, end, hashToEnd);
            if (read == null) {
                String written = text.subSequence(start, end).toString();
                read = READ.hasRoom() ? READ.keep(written, hashToEnd, id -> fold(written, id)) : fold(written, -1);
            }
            tokens.add(read.at(start, end));
        }
        return Math.max(i, start + 1);
    }

    private static int hashWith(int hash, CharSequence text, int at, int width) {
        for (int k = at; k < at + width; k++) {
            hash = 31 * hash + text.charAt(k);
        }
        return hash;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /**
     * Folds one word as written (it starts and ends with a letter or digit): its folded, stemmed and cased
     * forms and its parts between hyphens, at 0 to its length.
     */
    private static Token fold(String written, int id) {
        StringBuilder folded = new StringBuilder();
        StringBuilder cased = new StringBuilder();
        List<String> foldedParts = null;
        List<String> casedParts = null;
        int partStart = 0;
        int i = 0;
        while (i < written.length()) {
            int cp = written.codePointAt(i);
            int width = Character.charCount(cp);
            if (isWordChar(cp)) {
                appendFolded(cp, folded, cased);
            } else if (isHyphen(cp) && folded.length() > 0) {
                if (foldedParts == null) {
                    foldedParts = new ArrayList<>(3);
                    casedParts = new ArrayList<>(3);
                }
                foldedParts.add(folded.substring(partStart));
                casedParts.add(cased.substring(partStart));
                partStart = folded.length();
            }
            i += width;
        }
        String foldedWord = folded.toString();
        // Most words have no capital after folding diacritics: then the cased form is the folded one.
        String casedWord = foldedWord.contentEquals(cased) ? foldedWord : cased.toString();
        if (foldedParts == null) {
            return new Token(foldedWord, Stemmer.stem(foldedWord), casedWord, 0, written.length(),
                    List.of(foldedWord), List.of(casedWord), id);
        }
        foldedParts.add(folded.substring(partStart));
        casedParts.add(cased.substring(partStart));
        return new Token(foldedWord, Stemmer.stem(foldedWord), casedWord, 0, written.length(),
                List.copyOf(foldedParts), List.copyOf(casedParts), id);
    }

    static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isIgnorableInWord(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT;
    }

    private static boolean isHyphen(int cp) {
        return cp == '-' || cp == '\u2010' || cp == '\u2011';
    }

    private static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019';
    }

    private static void appendFolded(int cp, StringBuilder folded, StringBuilder cased) {
        if (cp < 0x80) {
            cased.append((char) cp);
            folded.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            return;
        }
        if (cp >= LATIN_FOLD_FIRST && cp < LATIN_FOLD_FIRST + LATIN_FOLD.length()) {
            char base = LATIN_FOLD.charAt(cp - LATIN_FOLD_FIRST);
            if (base != '.') {
                cased.append(base);
                folded.append(Character.toLowerCase(base));
                return;
            }
        }
        String special = specialFolding(cp);
        if (special != null) {
            cased.append(special);
            folded.append(special.toLowerCase(Locale.ROOT));
            return;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        for (int j = 0; j < decomposed.length(); ) {
            int part = decomposed.codePointAt(j);
            j += Character.charCount(part);
            if (isWordChar(part)) {
                cased.appendCodePoint(part);
                folded.appendCodePoint(Character.toLowerCase(part));
            }
        }
    }

    /**
     * The base letters of U+00C0 to U+017F (Latin-1 Supplement and Latin Extended-A), as NFKD decomposition
     * without marks gives them; '.' where that is not one letter. A table lookup for the accented letters
     * of Dutch and its neighbours, so that common text never needs the Unicode normaliser.
     */
    private static final int LATIN_FOLD_FIRST = 0xC0;
    private static final String LATIN_FOLD =
            "AAAAAA.CEEEEIIII.NOOOOO..UUUUY.." // U+00C0-U+00DF
            + "aaaaaa.ceeeeiiii.nooooo..uuuuy.y" // U+00E0-U+00FF
            + "AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGg" // U+0100-U+011F
            + "GgGgHh..IiIiIiIiI...JjKk.LlLlLl." // U+0120-U+013F
            + "...NnNnNn...OoOoOo..RrRrRrSsSsSs" // U+0140-U+015F
            + "SsTtTt..UuUuUuUuUuUuWwYyYZzZzZzs"; // U+0160-U+017F

    /** Letters that Unicode decomposition does not reduce to a base letter. */
    private static String specialFolding(int cp) {
        return switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'ı' -> "i";
            // Arabic letters that Persian writes in its own forms (ي for ی, ك for ک, ة for ه): Persian names
            // are typed with either.
            case '\u064A', '\u0649' -> "\u06CC";
            case '\u0643' -> "\u06A9";
            case '\u0629' -> "\u0647";
            default -> null;
        };
    }
}
