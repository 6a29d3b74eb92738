package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.Verdict;
import nl.partnerscan.core.match.Term;

/** Fields that several data files share: ids, texts in two languages, verdicts, and blocks of terms. */
final class Fields {
    private Fields() {
    }

    /** The map's {@code id}: lower-case letters, digits, '-' and '.', not yet in {@code seen}. */
    static String uniqueId(YamlMap map, Set<String> seen, String what) {
        String id = id(map);
        if (!seen.add(id)) {
            throw map.errorAt("id", "duplicate " + what + " id '" + id + "'; ids must be unique");
        }
        return id;
    }

    /**
     * The map's {@code id}: a lower-case letter or digit, then lower-case letters, digits, '-' and '.'.
     * Checked by hand rather than with {@code String.matches}, which compiles its pattern on every call: with
     * hundreds of ids, on a cold JVM, a part of reading the data that a sampling profile showed.
     */
    static String id(YamlMap map) {
        String id = map.string("id");
        boolean valid = !id.isEmpty() && id.charAt(0) != '-' && id.charAt(0) != '.';
        for (int i = 0; valid && i < id.length(); i++) {
            char c = id.charAt(i);
            valid = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
        }
        if (!valid) {
            throw map.errorAt("id", "id '" + id + "' must be lower-case letters, digits, '-' and '.'");
        }
        return id;
    }

    static Localized localized(YamlMap map, String dutchKey, String englishKey) {
        return new Localized(map.string(dutchKey), map.string(englishKey));
    }

    static Verdict verdict(YamlMap map, String key) {
        String value = map.string(key);
        for (Verdict verdict : Verdict.values()) {
            if (verdict.id().equals(value)) {
                return verdict;
            }
        }
        throw map.errorAt(key, "field '" + key + "' must be low, elevated or high, found '" + value + "'");
    }

    /** The terms block: quoted terms, added Dutch and English terms, added case-sensitive abbreviations. */
    static List<Term> terms(YamlMap owner) {
        if (!owner.has("terms")) {
            return List.of();
        }
        YamlMap map = owner.map("terms", "the terms of " + owner.what());
        List<Term> terms = new ArrayList<>();
        Map<String, YamlMap.Located> seen = new HashMap<>();
        addTerms(map, "quoted", Term.Origin.QUOTED, false, terms, seen);
        addTerms(map, "nl", Term.Origin.ADDED, false, terms, seen);
        addTerms(map, "en", Term.Origin.ADDED, false, terms, seen);
        addTerms(map, "cased", Term.Origin.ADDED, true, terms, seen);
        return terms;
    }

    private static void addTerms(YamlMap map, String key, Term.Origin origin, boolean caseSensitive, List<Term> terms,
                                 Map<String, YamlMap.Located> seen) {
        for (YamlMap.Located item : map.strings(key)) {
            String text = item.value().strip();
            String identity = caseSensitive ? text : text.toLowerCase(Locale.ROOT);
            YamlMap.Located earlier = seen.putIfAbsent(identity, item);
            if (earlier != null) {
                throw map.errorAt(item, "the term '" + text + "' is listed twice (first at line "
                        + (earlier.mark().getLine() + 1) + ")");
            }
            if (caseSensitive && text.chars().noneMatch(Character::isUpperCase)) {
                throw map.errorAt(item, "the cased term '" + text + "' has no capital letters; put it under nl or en");
            }
            if (text.chars().noneMatch(Character::isLetterOrDigit)) {
                throw map.errorAt(item, "the term '" + text + "' has no letters or digits");
            }
            if (caseSensitive && text.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
                throw map.errorAt(item, "the cased term '" + text + "' must be a single word");
            }
            terms.add(new Term(text, origin, caseSensitive));
        }
    }
}
