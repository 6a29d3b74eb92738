package nl.partnerscan.report;

import java.util.OptionalInt;

/**
 * Text for a person, one logical line at a time, each with the indent its continuation lines hang at.
 *
 * <p>Without a width every logical line is written whole, so that output to a pipe or a file keeps one line
 * per item for {@code grep} and the golden files. With a width, a line is broken at spaces so that no line
 * is wider; continuation lines hang at their indent, which keeps the structure visible. A word wider than
 * the room left (a long address on a narrow terminal) is cut, rather than left for the terminal to break.
 * Widths are counted in terminal columns: an escape sequence takes none, a wide CJK character two.
 * Words joined by {@link #GLUE} are kept on one line, and printed with a plain space between them.
 */
public final class TextBlock {
    /** A space that never breaks a line: "(1 check)" stays whole. Printed as a plain space. */
    static final char GLUE = '\u00A0';
    /** Continuation lines never hang deeper than this share of the width, so that words still fit. */
    private static final int MAX_INDENT_SHARE = 2;

    private final int width;
    private final StringBuilder out = new StringBuilder();

    /** @param width the columns to wrap at; empty to keep every logical line whole */
    public TextBlock(OptionalInt width) {
        this.width = width.orElse(0);
    }

    /** A line of prose: continuation lines hang at the line's own indent. */
    public TextBlock paragraph(String line) {
        return line(line, leadingSpaces(line));
    }

    /** A list item: continuation lines hang two columns deeper than the line starts. */
    public TextBlock item(String line) {
        return line(line, leadingSpaces(line) + 2);
    }

    /** A line whose continuation lines start at column {@code hanging}. */
    public TextBlock line(String line, int hanging) {
        int start = out.length();
        if (width == 0 || columns(line) <= width) {
            out.append(line).append('\n');
        } else {
            wrap(line, Math.min(hanging, width / MAX_INDENT_SHARE));
        }
        for (int i = start; i < out.length(); i++) {
            if (out.charAt(i) == GLUE) {
                out.setCharAt(i, ' ');
            }
        }
        return this;
    }

    /** The text with its spaces turned into {@link #GLUE}: it wraps as one word. */
    static String glued(String text) {
        return text.replace(' ', GLUE);
    }

    /** A heading, after a blank line. */
    TextBlock heading(String heading) {
        return blank().item(heading);
    }

    TextBlock blank() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void wrap(String line, int hanging) {
        int indent = Math.min(leadingSpaces(line), width / MAX_INDENT_SHARE);
        StringBuilder current = new StringBuilder(" ".repeat(indent));
        int used = indent;
        boolean hasWord = false;
        String separator = "";
        int i = leadingSpaces(line);
        while (i < line.length()) {
            int wordStart = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            String word = line.substring(wordStart, i);
            int wordColumns = columns(word);
            if (hasWord && used + separator.length() + wordColumns <= width) {
                current.append(separator).append(word);
                used += separator.length() + wordColumns;
            } else {
                if (hasWord) {
                    out.append(current).append('\n');
                    current = new StringBuilder(" ".repeat(hanging));
                    used = hanging;
                }
                while (used + wordColumns > width) {
                    // Too wide for a line of its own: cut it where the line ends.
                    int cut = cutAt(word, width - used);
                    out.append(current).append(word, 0, cut).append('\n');
                    word = word.substring(cut);
                    wordColumns = columns(word);
                    current = new StringBuilder(" ".repeat(hanging));
                    used = hanging;
                }
                current.append(word);
                used += wordColumns;
                hasWord = true;
            }
            int spacesStart = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            separator = line.substring(spacesStart, i);
        }
        out.append(current).append('\n');
    }

    /** How many chars of {@code word} fill at most {@code room} columns; at least one character. */
    private static int cutAt(String word, int room) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int next = next(word, i);
            int wide = columns(word.substring(i, next));
            if (used + wide > room && i > 0) {
                break;
            }
            used += wide;
            i = next;
        }
        return i;
    }

    /** The end of the character or escape sequence that starts at {@code i}. */
    private static int next(String text, int i) {
        if (text.charAt(i) == '\u001b' && i + 1 < text.length() && text.charAt(i + 1) == '[') {
            int end = i + 2;
            while (end < text.length() && !Character.isLetter(text.charAt(end))) {
                end++;
            }
            return Math.min(end + 1, text.length());
        }
        return i + Character.charCount(text.codePointAt(i));
    }

    /** The columns a terminal gives {@code text}: escape sequences none, wide characters two. */
    static int columns(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); i = next(text, i)) {
            if (text.charAt(i) != '\u001b') {
                columns += columns(text.codePointAt(i));
            }
        }
        return columns;
    }

    private static int columns(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian wide and fullwidth characters (Unicode's EastAsianWidth W and F), by block. */
    private static boolean isWide(int c) {
        return c >= 0x1100 && (c <= 0x115F
                || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
                || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF
                || c >= 0xFE30 && c <= 0xFE4F
                || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x1F300 && c <= 0x1F64F
                || c >= 0x1F900 && c <= 0x1F9FF
                || c >= 0x20000 && c <= 0x3FFFD);
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
