package nl.partnerscan.core.match;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around a listed name that decide whether a text names that organisation or another one, and
 * the words that tell organisations apart. All words folded (lower case, no diacritics); phrases as
 * their folded words joined by one space.
 *
 * @param connectors             words that, followed by a capitalised word, continue a name ({@code of}, {@code de})
 * @param articles               articles skipped after a connector ({@code the}, {@code de})
 * @param conjunctions           words that, followed by a capitalised general word, continue a name ({@code and})
 * @param unitWords              words naming a part of an organisation ({@code hospital}, {@code campus})
 * @param functionWords          words after which a name starts afresh, even when capitalised ({@code met}, {@code from})
 * @param ownerPrefixes          owners written before a name ({@code pla}, {@code strategic support force})
 * @param parentWords            words that make a name after a comma a parent organisation ({@code university})
 * @param generalWords           words many organisations' names share ({@code institute}, {@code technology})
 * @param shortAbbreviation      abbreviations of at most this many letters need a confirming word
 * @param ambiguousAbbreviations longer abbreviations that need one as well, as written
 * @param countryWords           by a country as lists write it (folded), the words that name it (folded)
 * @param countryPlaces          by a country as lists write it (folded), its words and the places in it that
 *                               an address names (folded): a text that names one of another country is about
 *                               an organisation there
 */
public record NameStructure(Set<String> connectors, Set<String> articles, Set<String> conjunctions,
                            Set<String> unitWords, Set<String> functionWords, List<String> ownerPrefixes,
                            Set<String> parentWords, Set<String> generalWords, int shortAbbreviation,
                            Set<String> ambiguousAbbreviations, Map<String, Set<String>> countryWords,
                            Map<String, Set<String>> countryPlaces) {
    public NameStructure {
        connectors = Set.copyOf(connectors);
        articles = Set.copyOf(articles);
        conjunctions = Set.copyOf(conjunctions);
        unitWords = Set.copyOf(unitWords);
        functionWords = Set.copyOf(functionWords);
        ownerPrefixes = List.copyOf(ownerPrefixes);
        parentWords = Set.copyOf(parentWords);
        generalWords = Set.copyOf(generalWords);
        ambiguousAbbreviations = Set.copyOf(ambiguousAbbreviations);
        countryWords = Map.copyOf(countryWords);
        countryPlaces = Map.copyOf(countryPlaces);
        if (shortAbbreviation < 0) {
            throw new IllegalArgumentException("short abbreviation length below 0");
        }
    }

    /** No structure: every name stands as found (for tests of the plain matching). */
    public static NameStructure none() {
        return new NameStructure(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Set.of(), 0,
                Set.of(), Map.of(), Map.of());
    }

    /** A word or phrase as names are compared: its folded words (lower case, no diacritics) joined by one space. */
    public static String fold(String phrase) {
        return NameText.fold(phrase);
    }

    /** Whether the folded word names one of the countries. */
    boolean isCountryWord(String word) {
        return countryWords.values().stream().anyMatch(words -> words.contains(word));
    }

    /**
     * A word or place of a country other than {@code country} that the text names, when it names none of
     * {@code country}'s own; null otherwise.
     */
    String elsewhere(String country, NameText read) {
        Set<String> own = countryPlaces.getOrDefault(NameText.fold(country), Set.of());
        if (own.stream().anyMatch(read::has)) {
            return null;
        }
        // The first such word of the text, so that the hit names the same word on every run.
        for (NameText.Word word : read.words) {
            String key = word.key();
            if (!own.contains(key) && countryPlaces.values().stream().anyMatch(places -> places.contains(key))) {
                return key;
            }
        }
        return null;
    }

    /** The words that name {@code country} (as a list writes it), folded; empty when unknown. */
    Set<String> country(String country) {
        return countryWords.getOrDefault(NameText.fold(country), Set.of());
    }
}
