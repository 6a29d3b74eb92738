package nl.partnerscan.core.match;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How partner names are compared: words that do not tell names apart ({@code of}, {@code and}), common
 * abbreviations ({@code univ} for {@code university}), and when a spelling counts as near.
 *
 * @param stopwords         folded words left out of every name
 * @param abbreviations     folded abbreviation to the folded word it stands for
 * @param nearMinLength     the shortest name (in letters, without spaces) that may match as near
 * @param nearMaxEdits      the most single-letter edits a near spelling may differ by
 * @param nearMinSimilarity the lowest similarity (1 − edits / length) of a near spelling
 */
public record NameRules(Set<String> stopwords, Map<String, String> abbreviations, int nearMinLength, int nearMaxEdits,
                        double nearMinSimilarity) {
    public NameRules {
        stopwords = Set.copyOf(stopwords);
        abbreviations = Map.copyOf(abbreviations);
        if (nearMinLength < 1 || nearMaxEdits < 0 || nearMinSimilarity <= 0 || nearMinSimilarity > 1) {
            throw new IllegalArgumentException("near rules out of range");
        }
        Objects.requireNonNull(stopwords);
    }
}
