package nl.partnerscan.data;

import java.util.HashMap;
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
        for (String pair : file.string("traditional_to_simplified").strip().split("\\s+")) {
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
}
