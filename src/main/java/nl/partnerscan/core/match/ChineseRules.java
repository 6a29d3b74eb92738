package nl.partnerscan.core.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How names in Chinese characters are compared: traditional characters read as simplified ones, the owners
 * that may stand before a listed name, the characters that join a name to the rest of a sentence, and the
 * length up to which a name is a short form that others share.
 *
 * @param simplified     traditional character (code point) to its simplified form
 * @param ownerPrefixes  owners written before a name ({@code 中国人民解放军}), in simplified characters
 * @param joiners        characters after which a name starts afresh ({@code 与}, {@code 、})
 * @param shortForm      names of at most this many characters are short forms
 * @param unitEndings    endings of the names of an organisation's parts ({@code 研究院}, {@code 所}): a short form
 *                       followed by such a name is one to check ({@code 北航杭州创新研究院}, {@code 中物院九所})
 * @param maxAttached    the most characters such a part's name may have
 */
public record ChineseRules(Map<Integer, Integer> simplified, List<String> ownerPrefixes, Set<Integer> joiners,
                           int shortForm, List<String> unitEndings, int maxAttached) {
    public ChineseRules {
        simplified = Map.copyOf(simplified);
        ownerPrefixes = List.copyOf(ownerPrefixes);
        joiners = Set.copyOf(joiners);
        unitEndings = List.copyOf(unitEndings);
    }

    /** No folding, no owners, no joiners, no parts. */
    public static ChineseRules none() {
        return new ChineseRules(Map.of(), List.of(), Set.of(), 0, List.of(), 0);
    }

    /**
     * The name of a part right after a short form: the characters up to the next joining character, when
     * they are at most {@link #maxAttached} and end in a unit ending; null otherwise.
     */
    String attachedUnit(String after) {
        int end = 0;
        while (end < after.length() && !joiners.contains(after.codePointAt(end))) {
            end += Character.charCount(after.codePointAt(end));
        }
        String part = after.substring(0, end);
        if (part.codePointCount(0, part.length()) > maxAttached) {
            return null;
        }
        return unitEndings.stream().anyMatch(part::endsWith) ? part : null;
    }

    /** Whether {@code cp} is a Chinese character (Han script). */
    static boolean isHan(int cp) {
        // Below U+2E80 (the first CJK radicals) no character is Han: Latin text skips the script table's search.
        return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** The simplified form of one character. */
    int fold(int cp) {
        return simplified.getOrDefault(cp, cp);
    }

    /** The Chinese characters of {@code text}, simplified, everything else left out. */
    String foldName(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(ChineseRules::isHan).forEach(cp -> out.appendCodePoint(fold(cp)));
        return out.toString();
    }
}
