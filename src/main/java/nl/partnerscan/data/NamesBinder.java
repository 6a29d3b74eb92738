package nl.partnerscan.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.core.match.NameRules;

/** {@code names.yaml}: how partner names are compared with listed names (partnerscan's own rules). */
final class NamesBinder {
    private NamesBinder() {
    }

    static NameRules bind(YamlMap file, Sources sources) {
        sources.known(file);
        Set<String> stopwords = new HashSet<>();
        file.strings("stopwords").forEach(word -> stopwords.add(word.value().strip().toLowerCase(Locale.ROOT)));
        Map<String, String> abbreviations = new HashMap<>();
        YamlMap abbreviationMap = file.map("abbreviations", "abbreviations");
        for (String key : abbreviationMap.keys()) {
            abbreviations.put(key.strip().toLowerCase(Locale.ROOT),
                    abbreviationMap.string(key).strip().toLowerCase(Locale.ROOT));
        }
        YamlMap near = file.map("near", "near");
        int minLength = near.integer("min_length");
        int maxEdits = near.integer("max_edits");
        double minSimilarity = near.decimal("min_similarity");
        if (minLength < 1 || maxEdits < 0 || maxEdits > 5 || minSimilarity <= 0 || minSimilarity > 1) {
            throw near.errorAt("min_length", "near needs min_length >= 1, max_edits from 0 to 5 and min_similarity"
                    + " above 0 and at most 1");
        }
        return new NameRules(stopwords, abbreviations, minLength, maxEdits, minSimilarity);
    }
}
