package nl.partnerscan.core.match;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How partner names are compared: words that do not tell names apart ({@code of}, {@code and}), common
 * abbreviations ({@code univ} for {@code university}), when a spelling counts as near, the words around a
 * name that make it another organisation's ({@link NameStructure}), and how Chinese characters are read
 * ({@link ChineseRules}).
 *
 * @param stopwords         folded words left out of every name
 * @param abbreviations     folded abbreviation to the folded word it stands for
 * @param nearMinLength     the shortest name (in letters, without spaces) that may match as near
 * @param nearMaxEdits      the most single-letter edits a near spelling may differ by
 * @param nearMinSimilarity the lowest similarity (1 − edits / length) of a near spelling
 * @param structure         the words around a name that decide whose name it is
 * @param chinese           how names in Chinese characters are read
 * @param translations      words of names in other languages read as the English words of the lists
 * @param optionalParts     parts of names that texts leave out (an owner at the end, an eponym)
 */
public record NameRules(Set<String> stopwords, Map<String, String> abbreviations, int nearMinLength, int nearMaxEdits,
                        double nearMinSimilarity, NameStructure structure, ChineseRules chinese,
                        Translations translations, OptionalParts optionalParts) {
    public NameRules {
        stopwords = Set.copyOf(stopwords);
        abbreviations = Map.copyOf(abbreviations);
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(chinese, "chinese");
        Objects.requireNonNull(translations, "translations");
        Objects.requireNonNull(optionalParts, "optionalParts");
        if (nearMinLength < 4 || nearMaxEdits < 0 || nearMinSimilarity <= 0 || nearMinSimilarity > 1) {
            throw new IllegalArgumentException("near rules out of range");
        }
    }
}
