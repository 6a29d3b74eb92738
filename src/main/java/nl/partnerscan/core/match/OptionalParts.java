package nl.partnerscan.core.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parts of a listed name that texts leave out without naming another organisation: an owner at the end
 * ("48 Центральный научно-исследовательский институт Министерства обороны" without "Российской Федерации",
 * "Институт проблем передачи информации РАН" without the eponym "им. А. А. Харкевича"). A name with such a
 * part is also looked for without it, when what remains is long enough to tell the organisation apart.
 *
 * @param endings        owners written at the end of a name, as folded words (abbreviations expanded)
 * @param eponymMarkers  folded words that introduce an eponym ({@code им}, {@code имени}): the marker, the
 *                       initials (single letters) after it and the one name after those are the eponym
 * @param minWords       the fewest words a name keeps without its parts
 */
public record OptionalParts(List<List<String>> endings, Set<String> eponymMarkers, int minWords) {
    public OptionalParts {
        endings = endings.stream().map(List::copyOf).toList();
        eponymMarkers = Set.copyOf(eponymMarkers);
    }

    /** No optional parts. */
    public static OptionalParts none() {
        return new OptionalParts(List.of(), Set.of(), Integer.MAX_VALUE);
    }

    /** A shorter form of a name: its words, and where the words left out stood among the name's words. */
    record Shorter(List<String> words, List<Integer> leftOut) {
    }

    /** The name's words without its eponym, without its owner at the end, and without both; none when it has neither. */
    List<Shorter> shorter(List<String> words) {
        List<Shorter> forms = new ArrayList<>(3);
        Shorter withoutEponym = withoutEponym(words);
        if (withoutEponym != null) {
            forms.add(withoutEponym);
            Shorter withoutBoth = withoutEnding(withoutEponym);
            if (withoutBoth != null) {
                forms.add(withoutBoth);
            }
        }
        Shorter withoutEnding = withoutEnding(new Shorter(words, List.of()));
        if (withoutEnding != null) {
            forms.add(withoutEnding);
        }
        forms.removeIf(form -> form.words().size() < minWords);
        return forms;
    }

    private Shorter withoutEponym(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (eponymMarkers.contains(words.get(i))) {
                int end = i + 1;
                while (end < words.size() && words.get(end).codePointCount(0, words.get(end).length()) == 1) {
                    end++;
                }
                if (end < words.size()) {
                    List<String> rest = new ArrayList<>(words.subList(0, i));
                    rest.addAll(words.subList(end + 1, words.size()));
                    return new Shorter(rest, range(i, end + 1));
                }
            }
        }
        return null;
    }

    /** The form without an ending; the positions left out count in the full name's words. */
    private Shorter withoutEnding(Shorter form) {
        List<String> words = form.words();
        for (List<String> ending : endings) {
            int start = words.size() - ending.size();
            if (start > 0 && words.subList(start, words.size()).equals(ending)) {
                int full = words.size() + form.leftOut().size();
                List<Integer> leftOut = new ArrayList<>(form.leftOut());
                leftOut.addAll(range(full - ending.size(), full));
                return new Shorter(List.copyOf(words.subList(0, start)), leftOut);
            }
        }
        return null;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> range = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            range.add(i);
        }
        return range;
    }
}
