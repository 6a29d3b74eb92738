package nl.partnerscan.core.match;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Undoes the ways a text can hide a word from a matcher while a person still reads it: letters of another
 * script that look like Latin letters inside a Latin word ({@code quаntum} with a Cyrillic a), invisible,
 * control and filler characters inside a word, and a right-to-left override that shows reversed letters the
 * right way round. The result is the text as a person reads it, plus whether anything was undone, so that a
 * screening can say so. A word wholly in another script (a Russian or Chinese name) is left as it is.
 *
 * <p>Which letters count as look-alikes and which characters as fillers is data ({@code normalisation.yaml});
 * the control and format characters are Unicode's own categories.
 *
 * @param lookAlikes letters of other scripts (code points) and the Latin letter each looks like
 * @param fillers    characters that show as nothing or as blank space, to drop inside a word
 */
public record Disguises(Map<Integer, Integer> lookAlikes, Set<Integer> fillers) {
    private static final int RIGHT_TO_LEFT_OVERRIDE = 0x202E;
    private static final int LEFT_TO_RIGHT_OVERRIDE = 0x202D;
    private static final int POP_DIRECTIONAL_FORMATTING = 0x202C;

    public Disguises {
        lookAlikes = Map.copyOf(lookAlikes);
        fillers = Set.copyOf(fillers);
    }

    /** No look-alikes and no fillers: only control characters and overrides are undone. */
    public static Disguises none() {
        return new Disguises(Map.of(), Set.of());
    }

    /** A text as read, and whether it contained characters that disguise words. */
    public record Cleaned(String text, boolean disguised) {
        public Cleaned {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The text as a person reads it. Linear in its length; most texts come back as they are. */
    public Cleaned clean(String text) {
        if (!needsWork(text)) {
            return new Cleaned(text, false);
        }
        boolean disguised = false;
        String displayed = withoutEscapeSequences(text);
        if (displayed.length() != text.length()) {
            disguised = true;
        }
        if (displayed.indexOf(RIGHT_TO_LEFT_OVERRIDE) >= 0) {
            displayed = undoOverrides(displayed);
            disguised = true;
        }
        StringBuilder out = new StringBuilder(displayed.length());
        int i = 0;
        while (i < displayed.length()) {
            int cp = displayed.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !hidden(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = wordEnd(displayed, i);
            disguised |= appendWord(displayed, i, end, out);
            i = end;
        }
        return new Cleaned(out.toString(), disguised);
    }

    /** A quick scan: only plain Latin-1 text without control characters needs no work. */
    private boolean needsWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x250 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c < 0xA0)
                    || c == 0xAD) {
                return true;
            }
        }
        return false;
    }

    /** Appends one word (letters, digits and hidden characters), cleaned; returns whether it was disguised. */
    private boolean appendWord(String text, int start, int end, StringBuilder out) {
        boolean latin = false;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            latin |= Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            i += Character.charCount(cp);
        }
        boolean disguised = false;
        boolean letterSeen = false;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (hidden(cp)) {
                // Inside a word it hides the word; before the first letter it is only noise.
                disguised |= letterSeen && i < end;
                continue;
            }
            letterSeen = true;
            Integer latinLetter = latin ? lookAlikes.get(cp) : null;
            if (latinLetter != null) {
                out.appendCodePoint(latinLetter);
                disguised = true;
            } else {
                out.appendCodePoint(cp);
            }
        }
        return disguised;
    }

    private int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isLetterOrDigit(cp) && !hidden(cp) && !joinsWord(text, i, cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** A hyphen or apostrophe between letters belongs to the word (zonne-energie). */
    private static boolean joinsWord(String text, int i, int cp) {
        boolean joiner = cp == '-' || cp == '\u2010' || cp == '\u2011' || cp == '\'' || cp == '\u2019';
        return joiner && i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1));
    }

    /** Invisible inside a word: control and format characters (zero-width space, soft hyphen, …) and fillers. */
    private boolean hidden(int cp) {
        int type = Character.getType(cp);
        return (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') || type == Character.FORMAT
                || fillers.contains(cp);
    }

    /**
     * The text without terminal escape sequences (ESC [ … or CSI … up to the final letter, ESC ] … up to BEL or
     * ESC \\), which a terminal shows as nothing: their parameters would otherwise stand between the words.
     */
    private static String withoutEscapeSequences(String text) {
        if (text.indexOf('\u001b') < 0 && text.indexOf('\u009b') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean csi = c == '\u009b' || (c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '[');
            boolean osc = c == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == ']';
            if (csi) {
                int j = i + (c == '\u009b' ? 1 : 2);
                while (j < text.length() && (text.charAt(j) < '@' || text.charAt(j) > '~')) {
                    j++;
                }
                i = Math.min(j + 1, text.length());
            } else if (osc) {
                int j = i + 2;
                while (j < text.length() && text.charAt(j) != '\u0007'
                        && !(text.charAt(j) == '\u001b' && j + 1 < text.length() && text.charAt(j + 1) == '\\')) {
                    j++;
                }
                i = j < text.length() && text.charAt(j) == '\u001b' ? j + 2 : Math.min(j + 1, text.length());
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * The text with each right-to-left override span (up to its pop or the end of the line) written in the
     * order it is displayed: reversed. Nested overrides are rare enough in real text to treat as one.
     */
    private static String undoOverrides(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != RIGHT_TO_LEFT_OVERRIDE) {
                out.append(c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && text.charAt(end) != POP_DIRECTIONAL_FORMATTING && text.charAt(end) != '\n'
                    && text.charAt(end) != LEFT_TO_RIGHT_OVERRIDE) {
                end++;
            }
            StringBuilder span = new StringBuilder(text.substring(i + 1, end)).reverse();
            out.append(span);
            i = end < text.length() && text.charAt(end) == POP_DIRECTIONAL_FORMATTING ? end + 1 : end;
        }
        return out.toString();
    }
}
