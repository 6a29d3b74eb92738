package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.core.match.ChineseRules;
import nl.partnerscan.core.match.NameRules;
import nl.partnerscan.core.match.NameStructure;
import nl.partnerscan.core.match.OptionalParts;
import nl.partnerscan.core.match.Translations;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code names.yaml}: how partner names are compared with listed names (partnerscan's own rules), with the
 * folding of traditional Chinese characters from {@code chinese-characters.yaml}.
 */
final class NamesBinder {
    private NamesBinder() {
    }

    static NameRules bind(YamlMap file, Sources sources, Map<Integer, Integer> simplified) {
        sources.known(file);
        Set<String> stopwords = folded(file, "stopwords");
        Map<String, String> abbreviations = new HashMap<>();
        YamlMap abbreviationMap = file.map("abbreviations", "abbreviations");
        for (String key : abbreviationMap.keys()) {
            // Folded as text is (diacritics and apostrophes off, hyphenated words apart): "ЦНИИ" stands for
            // "центральный научно-исследовательский институт", which text and names fold alike.
            abbreviations.put(fold(key).toLowerCase(Locale.ROOT), fold(abbreviationMap.string(key)));
        }
        YamlMap translationMap = file.map("translations", "translations");
        YamlMap glossary = translationMap.map("words", "translations.words");
        Map<String, String> translated = new HashMap<>();
        for (String key : glossary.keys()) {
            translated.put(fold(key).toLowerCase(Locale.ROOT), expanded(fold(glossary.string(key)), abbreviations));
        }
        int compoundMinLength = translationMap.integer("compound_min_length");
        if (compoundMinLength < 8 || compoundMinLength > 40) {
            throw translationMap.errorAt("compound_min_length", "compound_min_length is a number of letters from 8 to 40");
        }
        YamlMap letters = translationMap.map("cyrillic", "translations.cyrillic");
        Map<Integer, String> cyrillic = new HashMap<>();
        for (String key : letters.keys()) {
            String letter = fold(key);
            if (letter.codePointCount(0, letter.length()) != 1) {
                throw letters.errorAt(key, "each key of cyrillic is one letter");
            }
            cyrillic.put(letter.codePointAt(0), letters.string(key).toLowerCase(Locale.ROOT));
        }
        int acronymMaxLength = translationMap.integer("acronym_max_length");
        if (acronymMaxLength < 0 || acronymMaxLength > 10) {
            throw translationMap.errorAt("acronym_max_length", "acronym_max_length is a number of letters from 0 to 10");
        }
        Translations translations = new Translations(translated, compoundMinLength, cyrillic, acronymMaxLength);
        YamlMap parts = file.map("optional_parts", "optional_parts");
        List<List<String>> endings = new ArrayList<>();
        // As a name's words are kept: folded, abbreviations expanded, translations read, stopwords left out.
        for (YamlMap.Located ending : parts.strings("endings")) {
            List<String> words = List.of(expanded(expanded(fold(ending.value()), abbreviations), translated).split(" "))
                    .stream().filter(word -> !word.isEmpty() && !stopwords.contains(word)).toList();
            if (words.isEmpty()) {
                // Nothing would be left out: the name "without" it would be the name itself, as another name.
                throw parts.errorAt(ending, "the ending '" + ending.value() + "' has no word that is not a stopword;"
                        + " give the owner's own words or leave it out");
            }
            endings.add(words);
        }
        int minWords = parts.integer("min_words");
        if (minWords < 2) {
            throw parts.errorAt("min_words", "min_words is a number of words of at least 2");
        }
        OptionalParts optionalParts = new OptionalParts(endings, folded(parts, "eponym_markers"), minWords);
        YamlMap near = file.map("near", "near");
        int minLength = near.integer("min_length");
        int maxEdits = near.integer("max_edits");
        double minSimilarity = near.decimal("min_similarity");
        if (minLength < 4 || maxEdits < 0 || maxEdits > 5 || minSimilarity <= 0 || minSimilarity > 1) {
            throw near.errorAt("min_length", "near needs min_length >= 4, max_edits from 0 to 5 and min_similarity"
                    + " above 0 and at most 1");
        }
        return new NameRules(stopwords, abbreviations, minLength, maxEdits, minSimilarity,
                structure(file.map("structure", "structure"), abbreviations, translated),
                chinese(file.map("chinese", "chinese"), simplified), translations, optionalParts);
    }

    private static NameStructure structure(YamlMap map, Map<String, String> abbreviations,
                                           Map<String, String> translated) {
        List<String> owners = new ArrayList<>();
        // Owners are compared with a text's words as read, abbreviations expanded and translations read
        // ("Academy of Sciences", "Chinese Academie van Wetenschappen").
        map.strings("owner_prefixes").forEach(owner -> owners.add(
                expanded(expanded(fold(owner.value()), abbreviations), translated)));
        Set<String> ambiguous = new HashSet<>();
        map.strings("ambiguous_abbreviations").forEach(a -> ambiguous.add(a.value().strip()));
        Map<String, Set<String>> countries = new HashMap<>();
        Map<String, Set<String>> places = new HashMap<>();
        for (Node node : map.list("countries")) {
            YamlMap country = map.child(node, "a country");
            Set<String> words = folded(country, "words");
            Set<String> where = new HashSet<>(words);
            if (country.has("places")) {
                where.addAll(folded(country, "places"));
            }
            Set<String> all = Set.copyOf(where);
            country.strings("country").forEach(name -> {
                countries.put(fold(name.value()), words);
                places.put(fold(name.value()), all);
            });
        }
        int shortAbbreviation = map.integer("short_abbreviation");
        if (shortAbbreviation < 0 || shortAbbreviation > 6) {
            throw map.errorAt("short_abbreviation", "short_abbreviation is a number of letters from 0 to 6");
        }
        return new NameStructure(folded(map, "connectors"), folded(map, "articles"), folded(map, "conjunctions"),
                folded(map, "unit_words"), folded(map, "function_words"), owners, folded(map, "parent_words"),
                folded(map, "general_words"), shortAbbreviation, ambiguous, countries, places);
    }

    private static ChineseRules chinese(YamlMap map, Map<Integer, Integer> simplified) {
        List<String> owners = new ArrayList<>();
        map.strings("owner_prefixes").forEach(owner -> owners.add(fold(owner.value(), simplified)));
        Set<Integer> joiners = new HashSet<>();
        map.string("joining_characters").codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(joiners::add);
        int shortForm = map.integer("short_form");
        if (shortForm < 0 || shortForm > 10) {
            throw map.errorAt("short_form", "short_form is a number of characters from 0 to 10");
        }
        List<String> unitEndings = new ArrayList<>();
        map.strings("unit_endings").forEach(ending -> unitEndings.add(fold(ending.value(), simplified)));
        int maxAttached = map.integer("max_attached");
        if (maxAttached < 0 || maxAttached > 30) {
            throw map.errorAt("max_attached", "max_attached is a number of characters from 0 to 30");
        }
        return new ChineseRules(simplified, owners, joiners, shortForm, unitEndings, maxAttached);
    }

    private static Set<String> folded(YamlMap map, String key) {
        Set<String> words = new HashSet<>();
        map.strings(key).forEach(word -> words.add(fold(word.value())));
        return words;
    }

    /** A folded phrase with each word as a text's word is read: its abbreviation expanded. */
    private static String expanded(String folded, Map<String, String> abbreviations) {
        List<String> words = new ArrayList<>();
        for (String word : folded.split(" ")) {
            words.add(abbreviations.getOrDefault(word, word));
        }
        return String.join(" ", words);
    }

    /** A word or phrase as names are compared: lower case, no diacritics, no apostrophes, one space between words. */
    static String fold(String phrase) {
        return NameStructure.fold(phrase);
    }

    private static String fold(String phrase, Map<Integer, Integer> simplified) {
        StringBuilder out = new StringBuilder();
        phrase.strip().codePoints().forEach(cp -> out.appendCodePoint(simplified.getOrDefault(cp, cp)));
        return out.toString();
    }
}
