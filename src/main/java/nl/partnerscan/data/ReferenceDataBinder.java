package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.QualifiedHead;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Signal;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.match.Disguises;
import nl.partnerscan.core.match.NameRules;

/**
 * Binds the data files into the core's immutable records, one binder per file, in the order of
 * {@link ReferenceDataLoader#FILES} and then the lists. Each file is refused whole at the first field no
 * binder read, and every check a record cannot make alone (ids unique across files, every {@code source}
 * known) points at its line. How the files are read and digested is {@link DataFiles}'s business.
 */
final class ReferenceDataBinder {
    private final DataFiles files;

    private ReferenceDataBinder(DataFiles files) {
        this.files = files;
    }

    /**
     * A binding of the data files read through {@code reader} (by file name, e.g. {@code sectors.yaml} or
     * {@code lists/ca-nro.yaml}; {@code listFiles} names the list files), taking the digest from
     * {@code index} where it was computed from exactly these files.
     */
    static ReferenceDataBinder prepare(Function<String, DataFiles.FileContent> reader, List<String> listFiles,
                                       Optional<BundledIndex> index) {
        return new ReferenceDataBinder(new DataFiles(reader, listFiles, index));
    }

    ReferenceData bind() {
        Sources sources = bindFile("sources.yaml", Sources::bind);
        Set<String> entryIds = new HashSet<>();
        SectorsBinder.Table table = bindFile("sectors.yaml", file -> SectorsBinder.bind(file, sources, entryIds));
        List<Taxonomy> taxonomies = new ArrayList<>();
        for (String name : List.of("eu-critical-technologies.yaml", "dual-use.yaml")) {
            taxonomies.add(bindFile(name, file -> TaxonomyBinder.bind(file, sources, entryIds)));
        }
        List<Question> questions = bindFile("questions.yaml", file -> QuestionsBinder.bind(file, sources));
        ScoringRules scoring = bindFile("scoring.yaml", file -> ScoringBinder.bind(file, sources));
        // After the taxonomies and the scoring: the routing names their ids.
        ContactsBinder.Bound bound = bindFile("contacts.yaml",
                file -> ContactsBinder.bind(file, sources, taxonomies, scoring));
        List<Contact> contacts = bound.contacts();
        Map<Integer, Integer> simplified = bindFile("chinese-characters.yaml", file -> ChineseCharactersBinder.bind(file, sources));
        NameRules nameRules = bindFile("names.yaml", file -> NamesBinder.bind(file, sources, simplified));
        Disguises disguises = bindFile("normalisation.yaml", file -> NormalisationBinder.bind(file, sources));
        QualifiedHeadsBinder.Bound qualifiedHeads = bindFile("qualified-heads.yaml",
                file -> QualifiedHeadsBinder.bind(file, sources, table.sectors()));
        List<Signal> signals = bindFile("signals.yaml", file -> SignalsBinder.bind(file, sources, questions, contacts, scoring));
        List<DesignationList> lists = lists(sources);
        try {
            return new ReferenceData(sources.dataVersion(), files.digest(), sources.all(), table.caveats(),
                    table.sectors(), table.exceptions(), table.settings(), taxonomies, questions, contacts, lists, nameRules, scoring,
                    disguises, qualifiedHeads.heads(), qualifiedHeads.links(), signals, bound.routing());
        } catch (IllegalArgumentException e) {
            // The binders catch every case with its place; this is the records' own safety net.
            throw new DataException(files.label("sources.yaml"), 0, 0, e.getMessage());
        }
    }

    /** Binds one YAML file, then refuses it if it has a field that no binder read. */
    private <T> T bindFile(String name, Function<YamlMap, T> binder) {
        YamlMap file = files.root(name);
        T bound = binder.apply(file);
        file.refuseUnread();
        return bound;
    }

    private List<DesignationList> lists(Sources sources) {
        List<DesignationList> lists = new ArrayList<>();
        List<ListBinder.Supplement> supplements = new ArrayList<>();
        Set<String> listIds = new HashSet<>();
        for (String name : files.listFiles()) {
            DesignationList list;
            if (name.endsWith(".csv")) {
                DataFiles.FileContent content = files.read(name);
                list = ListCsv.read(content.label(), content.bytes());
            } else {
                YamlMap root = files.root(name);
                if (ListBinder.isSupplement(root)) {
                    supplements.add(ListBinder.bindSupplement(root, sources));
                    root.refuseUnread();
                    continue;
                }
                list = ListBinder.bind(root);
                root.refuseUnread();
            }
            if (!listIds.add(list.id())) {
                throw new DataException(files.label(name), 0, 0, "a list with id '" + list.id()
                        + "' is loaded already; give this list another id");
            }
            lists.add(list);
        }
        for (ListBinder.Supplement supplement : supplements) {
            int at = -1;
            for (int i = 0; i < lists.size(); i++) {
                at = lists.get(i).id().equals(supplement.listId()) ? i : at;
            }
            if (at < 0) {
                throw new DataException(supplement.label(), 0, 0, "supplements list '" + supplement.listId()
                        + "', which is not loaded; the lists are " + listIds);
            }
            lists.set(at, supplemented(lists.get(at), supplement));
        }
        return lists;
    }

    /** The list with the supplement's names added to its entries; every name must be an entry's. */
    private static DesignationList supplemented(DesignationList list, ListBinder.Supplement supplement) {
        Map<String, List<ListedOrganisation.ScriptName>> names = new HashMap<>(supplement.names());
        List<ListedOrganisation> entries = new ArrayList<>();
        for (ListedOrganisation entry : list.entries()) {
            List<ListedOrganisation.ScriptName> more = names.remove(entry.name());
            entries.add(more == null ? entry : entry.withNames(more));
        }
        if (!names.isEmpty()) {
            throw new DataException(supplement.label(), 0, 0, "names entries that list '" + list.id()
                    + "' does not have: " + names.keySet().iterator().next() + "; use the entry's name exactly");
        }
        return new DesignationList(list.id(), list.name(), list.kind(), list.publisher(), list.source(), list.date(),
                list.retrieved(), list.licence(), list.attribution(), list.meaning(), entries);
    }

    /** A list file in YAML, read on its own ({@code --list}). */
    static DesignationList designationList(DataFiles.FileContent content) {
        YamlMap file = DataFiles.parse(content);
        DesignationList list = ListBinder.bind(file);
        file.refuseUnread();
        return list;
    }
}
