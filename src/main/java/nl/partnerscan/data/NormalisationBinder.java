package nl.partnerscan.data;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.core.match.Disguises;

/** {@code normalisation.yaml}: the look-alike letters and filler characters that disguise a word. */
final class NormalisationBinder {
    private NormalisationBinder() {
    }

    static Disguises bind(YamlMap file, Sources sources) {
        sources.known(file);
        Map<Integer, Integer> lookAlikes = new HashMap<>();
        YamlMap map = file.map("look_alikes", "look_alikes");
        for (String key : map.keys()) {
            String latin = map.string(key);
            if (key.codePointCount(0, key.length()) != 1 || latin.length() != 1 || latin.charAt(0) >= 0x80
                    || !Character.isLetter(latin.charAt(0))) {
                throw map.errorAt(key, "a look-alike maps one letter to one Latin letter (a to z, A to Z), found '"
                        + key + "': '" + latin + "'");
            }
            lookAlikes.put(key.codePointAt(0), (int) latin.charAt(0));
        }
        Set<Integer> fillers = new HashSet<>();
        for (YamlMap.Located filler : file.strings("fillers")) {
            if (filler.value().codePointCount(0, filler.value().length()) != 1) {
                throw file.errorAt(filler, "a filler is one character, found '" + filler.value() + "'");
            }
            fillers.add(filler.value().codePointAt(0));
        }
        return new Disguises(lookAlikes, fillers);
    }
}
