package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.QualifiedHead;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Technology;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code qualified-heads.yaml}: generic head nouns that point to a sector or technology of the table only
 * with one of their technical qualifiers; each names the table entry by its id.
 */
final class QualifiedHeadsBinder {
    /** The qualified heads, and the words after a head that a qualifier may follow ("voor", "for"). */
    record Bound(List<QualifiedHead> heads, List<String> links) {
    }

    private QualifiedHeadsBinder() {
    }

    static Bound bind(YamlMap file, Sources sources, List<Sector> sectors) {
        String source = sources.known(file);
        Set<String> ids = new HashSet<>();
        List<QualifiedHead> heads = new ArrayList<>();
        for (Node node : file.list("heads")) {
            YamlMap map = file.child(node, "a qualified head");
            String id = Fields.uniqueId(map, ids, "qualified head");
            YamlMap head = map.as("qualified head '" + id + "'");
            String target = head.string("technology");
            Sector sector = null;
            Optional<Technology> technology = Optional.empty();
            for (Sector candidate : sectors) {
                if (candidate.id().equals(target)) {
                    sector = candidate;
                }
                for (Technology t : candidate.technologies()) {
                    if (t.id().equals(target)) {
                        sector = candidate;
                        technology = Optional.of(t);
                    }
                }
            }
            if (sector == null) {
                throw head.errorAt("technology", "'" + target + "' is no sector or technology of sectors.yaml");
            }
            heads.add(new QualifiedHead(id, sector, technology, words(head.map("heads", "the heads of " + id)),
                    words(head.map("qualifiers", "the qualifiers of " + id)), source));
        }
        return new Bound(heads, words(file.map("links", "the link words")));
    }

    /** The words of a {nl: [...], en: [...]} block, each a single word. */
    private static List<String> words(YamlMap languages) {
        List<String> words = new ArrayList<>();
        for (String language : List.of("nl", "en")) {
            for (YamlMap.Located word : languages.strings(language)) {
                String text = word.value().strip();
                if (text.isEmpty() || text.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-')) {
                    throw languages.errorAt(word, "'" + word.value() + "' must be one word (letters, digits, hyphens)");
                }
                words.add(text);
            }
        }
        return words;
    }
}
