package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.MatchSetting;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Technology;
import org.yaml.snakeyaml.nodes.Node;

/** {@code sectors.yaml}: the brochure's table with its caveats, and the words that only look like terms. */
final class SectorsBinder {
    /** What the file holds. */
    record Table(List<Caveat> caveats, List<String> exceptions, List<MatchSetting> settings, List<Sector> sectors) {
    }

    private final Sources sources;
    private final Set<String> entryIds;

    private SectorsBinder(Sources sources, Set<String> entryIds) {
        this.sources = sources;
        this.entryIds = entryIds;
    }

    /** @param entryIds the ids of sectors, technologies and areas so far; this file's are added */
    static Table bind(YamlMap file, Sources sources, Set<String> entryIds) {
        SectorsBinder binder = new SectorsBinder(sources, entryIds);
        YamlMap exceptionsMap = file.has("exceptions") ? file.map("exceptions", "exceptions") : null;
        List<String> exceptions = exceptionsMap == null ? List.of() : binder.exceptions(exceptionsMap);
        List<MatchSetting> settings = new ArrayList<>();
        if (exceptionsMap != null && exceptionsMap.has("settings")) {
            for (Node node : exceptionsMap.list("settings")) {
                YamlMap setting = exceptionsMap.child(node, "a setting of the exceptions");
                settings.add(new MatchSetting(binder.someWords(setting, "words"), binder.someWords(setting, "blocks")));
            }
        }
        List<Caveat> caveats = new ArrayList<>();
        for (Node node : file.list("caveats")) {
            YamlMap map = file.child(node, "a caveat");
            caveats.add(new Caveat(map.string("id"), Fields.localized(map, "nl", "en"), sources.known(map)));
        }
        List<Sector> sectors = new ArrayList<>();
        for (Node node : file.list("sectors")) {
            sectors.add(binder.sector(file.child(node, "a sector")));
        }
        return new Table(caveats, exceptions, settings, sectors);
    }

    private List<String> exceptions(YamlMap map) {
        sources.known(map);
        return words(map, "words");
    }

    /** As {@link #words}, at least one. */
    private List<String> someWords(YamlMap map, String key) {
        if (map.strings(key).isEmpty()) {
            throw map.errorAt(key, "field '" + key + "' must list at least one word or phrase");
        }
        return words(map, key);
    }

    /** A list of words and phrases (letters, digits, hyphens and spaces). */
    private List<String> words(YamlMap map, String key) {
        List<String> exceptions = new ArrayList<>();
        for (YamlMap.Located word : map.strings(key)) {
            String text = word.value().strip();
            if (!text.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == ' ')
                    || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
                throw map.errorAt(word, "the exception '" + word.value()
                        + "' must be a word or phrase (letters, digits, hyphens and spaces only)");
            }
            exceptions.add(text);
        }
        return exceptions;
    }

    private Sector sector(YamlMap map) {
        String id = Fields.uniqueId(map, entryIds, "sector or technology");
        YamlMap sector = map.as("sector '" + id + "'");
        Optional<Localized> description = sector.has("description_nl") || sector.has("description_en")
                ? Optional.of(Fields.localized(sector, "description_nl", "description_en"))
                : Optional.empty();
        List<Technology> technologies = new ArrayList<>();
        for (Node node : sector.list("technologies")) {
            YamlMap technology = sector.child(node, "a technology of sector '" + id + "'");
            String technologyId = Fields.uniqueId(technology, entryIds, "sector or technology");
            technology = technology.as("technology '" + technologyId + "'");
            technologies.add(new Technology(technologyId, Fields.localized(technology, "name_nl", "name_en"),
                    Fields.terms(technology), sources.known(technology)));
        }
        return new Sector(id, Fields.localized(sector, "name_nl", "name_en"), description, flag(sector, "topsector"),
                flag(sector, "key_technology"), Fields.terms(sector), technologies, sources.known(sector));
    }

    private static Flag flag(YamlMap map, String key) {
        String value = map.string(key);
        return switch (value) {
            case "yes" -> Flag.YES;
            case "no" -> Flag.NO;
            case "not_stated" -> Flag.NOT_STATED;
            default -> throw map.errorAt(key, "field '" + key + "' must be yes, no or not_stated (a blank cell in the"
                    + " brochure), found '" + value + "'");
        };
    }
}
