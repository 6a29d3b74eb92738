package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code chinese-characters.yaml}: each traditional Chinese character with its simplified form, written as
 * pairs of two characters separated by blanks; partnerscan's own table, with the document it is based on.
 */
final class ChineseCharactersBinder {
    private ChineseCharactersBinder() {
    }

    static Map<Integer, Integer> bind(YamlMap file, Sources sources) {
        sources.known(file);
        file.string("based_on");
        Map<Integer, Integer> simplified = new HashMap<>();
        for (String pair : pairs(file.string("traditional_to_simplified"))) {
            if (pair.codePointCount(0, pair.length()) != 2) {
                throw file.errorAt("traditional_to_simplified", "each pair is two characters, the traditional one and"
                        + " its simplified form, found '" + pair + "'");
            }
            int traditional = pair.codePointAt(0);
            if (simplified.put(traditional, pair.codePointAt(Character.charCount(traditional))) != null) {
                throw file.errorAt("traditional_to_simplified", "the character " + new String(Character.toChars(traditional))
                        + " has two pairs; keep one");
            }
        }
        return simplified;
    }

    /**
     * The blank-separated items of {@code text}. By hand rather than with a regular expression: the table has
     * thousands of pairs, and on a cold JVM splitting them by regular expression was most of the time this
     * file took to bind (a sampling profile of single runs).
     */
    private static List<String> pairs(String text) {
        List<String> pairs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || isBlank(text.charAt(i));
            if (blank && start >= 0) {
                pairs.add(text.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return pairs;
    }

    /** The blanks of a regular expression's {@code \s}: space, tab, line feed, carriage return, form feed, vertical tab. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 11;
    }
}
