package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** An entry with its names, and what its names tell about it. */
final class NameEntry<E> {
    final E value;
    final String country;
    final List<NameTarget<E>> targets = new ArrayList<>(4);
    private volatile List<String> distinctive;

    NameEntry(E value, String country) {
        this.value = value;
        this.country = country;
    }

    /** The words of its Latin names that tell it apart (not general words), and its country's words. */
    List<String> confirming(NameStructure structure) {
        List<String> words = distinctive;
        if (words == null) {
            TreeSet<String> set = new TreeSet<>();
            for (NameTarget<E> target : targets) {
                if (target.kind != NameIndex.Kind.TRANSLITERATION && target.kind != NameIndex.Kind.SHARED) {
                    target.words.stream().filter(w -> !structure.generalWords().contains(w)).forEach(set::add);
                }
            }
            set.addAll(structure.country(country));
            words = List.copyOf(set);
            distinctive = words;
        }
        return words;
    }

    /** Whether a Chinese country (its names are in Chinese characters) confirms an abbreviation. */
    boolean hasChineseName() {
        return targets.stream().anyMatch(t -> !t.han.isEmpty());
    }
}
