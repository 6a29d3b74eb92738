package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Caveat;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.DesignationList;
import nl.partnerscan.core.ListedOrganisation;
import nl.partnerscan.core.match.NameRules;
import nl.partnerscan.core.Flag;
import nl.partnerscan.core.Localized;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Source;
import nl.partnerscan.core.Taxonomy;
import nl.partnerscan.core.Technology;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.core.Verdict;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds the YAML node trees of the data files into the core's immutable records, checking everything a
 * record cannot check alone (ids unique across a file, every {@code source} known, answers and flags
 * spelled right) so that each error points at its line.
 */
final class ReferenceDataBinder {
    /** The bytes of one data file and the name to show for it. */
    record FileContent(String label, byte[] bytes) {
    }

    private final Function<String, FileContent> files;
    private final List<String> listFiles;
    /** SHA-256 over every file read, name and bytes, in the order bound. */
    private final java.security.MessageDigest digest;
    /**
     * Each YAML file read and parsed once, by whichever thread gets to it first: the binding thread in
     * order, or another thread that {@link #help}s while it would otherwise wait (start-up time).
     */
    private final Map<String, java.util.concurrent.FutureTask<YamlMap>> parsed = new java.util.LinkedHashMap<>();
    private final Map<String, FileContent> contents = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    /** The trees parsed at build time, used for the files they were made from. */
    private final Optional<NodeSnapshot> snapshot;

    private ReferenceDataBinder(Function<String, FileContent> files, List<String> listFiles,
                                Optional<NodeSnapshot> snapshot) {
        this.snapshot = snapshot;
        try {
            this.digest = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        this.files = name -> {
            FileContent content = contents.computeIfAbsent(name, files);
            digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content.bytes());
            return content;
        };
        this.listFiles = listFiles;
        List<String> yamlFiles = new ArrayList<>(ReferenceDataLoader.FILES);
        listFiles.stream().filter(name -> name.endsWith(".yaml")).forEach(yamlFiles::add);
        for (String name : yamlFiles) {
            parsed.put(name, new java.util.concurrent.FutureTask<>(() -> root(name, contents.computeIfAbsent(name, files))));
        }
    }

    /**
     * A binding of the data files read through {@code files} (by file name, e.g. {@code sectors.yaml} or
     * {@code lists/ca-nro.yaml}; {@code listFiles} names the list files): {@link #bind()} on one thread,
     * and {@link #help()} from another while it waits.
     */
    static ReferenceDataBinder prepare(Function<String, FileContent> files, List<String> listFiles) {
        return new ReferenceDataBinder(files, listFiles, Optional.empty());
    }

    /** As {@link #prepare(Function, List)}, taking a file's tree from {@code snapshot} where it was made from that file. */
    static ReferenceDataBinder prepare(Function<String, FileContent> files, List<String> listFiles, NodeSnapshot snapshot) {
        return new ReferenceDataBinder(files, listFiles, Optional.of(snapshot));
    }

    /** Parses the files nobody has started yet, last first, so as to meet the binding thread halfway. */
    void help() {
        List<java.util.concurrent.FutureTask<YamlMap>> tasks = new ArrayList<>(parsed.values());
        java.util.Collections.reverse(tasks);
        tasks.forEach(java.util.concurrent.FutureTask::run);
    }

    ReferenceData bind() {
        return bindAll();
    }

    /** The file's parsed root, parsing it now unless another thread already did or is doing so. */
    private YamlMap parsedRoot(String name) {
        java.util.concurrent.FutureTask<YamlMap> task = parsed.get(name);
        files.apply(name); // into the digest, in binding order
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + name, e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private ReferenceData bindAll() {
        YamlMap sourcesFile = root("sources.yaml");
        sourcesFile.allowOnly("data_version", "sources");
        String dataVersion = sourcesFile.string("data_version");
        List<Source> sources = new ArrayList<>();
        for (Node node : sourcesFile.list("sources")) {
            sources.add(source(YamlMap.of(sourcesFile.file(), node, "a source")));
        }

        YamlMap sectorsFile = root("sectors.yaml");
        sectorsFile.allowOnly("caveats", "exceptions", "sectors");
        List<String> exceptions = new ArrayList<>();
        if (sectorsFile.has("exceptions")) {
            YamlMap exceptionsMap = sectorsFile.map("exceptions", "exceptions");
            exceptionsMap.allowOnly("words", "source");
            knownSource(exceptionsMap);
            for (YamlMap.Located word : exceptionsMap.strings("words")) {
                if (!word.value().strip().codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == ' ')
                        || !word.value().strip().codePoints().anyMatch(Character::isLetterOrDigit)) {
                    throw exceptionsMap.errorAt(word, "the exception '" + word.value()
                            + "' must be a word or phrase (letters, digits, hyphens and spaces only)");
                }
                exceptions.add(word.value().strip());
            }
        }
        List<Caveat> caveats = new ArrayList<>();
        for (Node node : sectorsFile.list("caveats")) {
            caveats.add(caveat(YamlMap.of(sectorsFile.file(), node, "a caveat")));
        }
        Set<String> entryIds = new HashSet<>();
        List<Sector> sectors = new ArrayList<>();
        for (Node node : sectorsFile.list("sectors")) {
            sectors.add(sector(YamlMap.of(sectorsFile.file(), node, "a sector"), entryIds));
        }

        List<Taxonomy> taxonomies = new ArrayList<>();
        for (String name : List.of("eu-critical-technologies.yaml", "dual-use.yaml")) {
            taxonomies.add(taxonomy(root(name), entryIds));
        }

        YamlMap questionsFile = root("questions.yaml");
        questionsFile.allowOnly("questions");
        Set<String> questionIds = new HashSet<>();
        List<Question> questions = new ArrayList<>();
        for (Node node : questionsFile.list("questions")) {
            questions.add(question(YamlMap.of(questionsFile.file(), node, "a question"), questionIds));
        }

        YamlMap contactsFile = root("contacts.yaml");
        contactsFile.allowOnly("contacts");
        Set<String> contactIds = new HashSet<>();
        List<Contact> contacts = new ArrayList<>();
        for (Node node : contactsFile.list("contacts")) {
            contacts.add(contact(YamlMap.of(contactsFile.file(), node, "a contact"), contactIds));
        }
        if (contacts.isEmpty()) {
            throw contactsFile.errorAt("contacts", "the list of contacts is empty; the first contact is shown with every result");
        }

        ScoringRules scoring = scoring(root("scoring.yaml"));
        NameRules nameRules = nameRules(root("names.yaml"));
        List<DesignationList> lists = new ArrayList<>();
        Set<String> listIds = new HashSet<>();
        for (String name : listFiles) {
            DesignationList list;
            if (name.endsWith(".csv")) {
                FileContent content = files.apply(name);
                list = ListCsv.read(content.label(), content.bytes());
            } else {
                list = designationList(parsedRoot(name));
            }
            FileContent content = contents.get(name);
            if (!listIds.add(list.id())) {
                throw new DataException(content.label(), 0, 0, "a list with id '" + list.id()
                        + "' is loaded already; give this list another id");
            }
            lists.add(list);
        }
        try {
            return new ReferenceData(dataVersion, "sha256:" + java.util.HexFormat.of().formatHex(digest.digest()), sources, caveats, sectors, exceptions, taxonomies, questions, contacts,
                    lists, nameRules, scoring);
        } catch (IllegalArgumentException e) {
            // The checks above catch every case with its place; this is the records' own safety net.
            throw new DataException(sourcesFile.file(), 0, 0, e.getMessage());
        }
    }

    private YamlMap root(String name) {
        return parsedRoot(name);
    }

    private YamlMap root(String name, FileContent content) {
        Optional<Node> stored = snapshot.flatMap(s -> s.tree(name, content.label(), content.bytes()));
        return stored.isPresent() ? YamlMap.of(content.label(), stored.get(), "the file") : root(content);
    }

    private static YamlMap root(FileContent content) {
        return YamlMap.of(content.label(), SafeYaml.parse(content.label(), content.bytes()), "the file");
    }

    private NameRules nameRules(YamlMap file) {
        file.allowOnly("source", "stopwords", "abbreviations", "near");
        knownSource(file);
        Set<String> stopwords = new HashSet<>();
        file.strings("stopwords").forEach(word -> stopwords.add(word.value().strip().toLowerCase(Locale.ROOT)));
        Map<String, String> abbreviations = new HashMap<>();
        YamlMap abbreviationMap = file.map("abbreviations", "abbreviations");
        for (String key : abbreviationMap.keys()) {
            abbreviations.put(key.strip().toLowerCase(Locale.ROOT), abbreviationMap.string(key).strip().toLowerCase(Locale.ROOT));
        }
        YamlMap near = file.map("near", "near");
        near.allowOnly("min_length", "max_edits", "min_similarity");
        int minLength = near.integer("min_length");
        int maxEdits = near.integer("max_edits");
        double minSimilarity = near.decimal("min_similarity");
        if (minLength < 1 || maxEdits < 0 || maxEdits > 5 || minSimilarity <= 0 || minSimilarity > 1) {
            throw near.errorAt("min_length", "near needs min_length >= 1, max_edits from 0 to 5 and min_similarity"
                    + " above 0 and at most 1");
        }
        return new NameRules(stopwords, abbreviations, minLength, maxEdits, minSimilarity);
    }

    /** A list file in YAML: {@code list:} with its source, {@code entries:} with the organisations. */
    static DesignationList designationList(FileContent content) {
        return designationList(root(content));
    }

    private static DesignationList designationList(YamlMap file) {
        file.allowOnly("list", "entries");
        YamlMap list = file.map("list", "list");
        list.allowOnly("id", "name", "kind", "publisher", "source", "date", "retrieved", "licence", "attribution",
                "meaning_nl", "meaning_en");
        String id = list.string("id");
        if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw list.errorAt("id", "id '" + id + "' must be lower-case letters, digits, '-' and '.'");
        }
        String kindText = list.string("kind");
        DesignationList.Kind kind = switch (kindText) {
            case "designation" -> DesignationList.Kind.DESIGNATION;
            case "assessment" -> DesignationList.Kind.ASSESSMENT;
            case "own" -> DesignationList.Kind.OWN;
            default -> throw list.errorAt("kind", "field 'kind' must be designation (a government's list), assessment"
                    + " or own, found '" + kindText + "'");
        };
        List<ListedOrganisation> entries = new ArrayList<>();
        for (Node node : file.list("entries")) {
            YamlMap entry = YamlMap.of(file.file(), node, "an entry of list '" + id + "'");
            entry.allowOnly("name", "country", "kind", "aliases", "source");
            List<String> aliases = new ArrayList<>();
            entry.strings("aliases").forEach(alias -> aliases.add(alias.value().strip()));
            entries.add(new ListedOrganisation(entry.string("name").strip(), entry.string("country").strip(),
                    entry.optionalString("kind"), aliases));
        }
        return new DesignationList(id, list.string("name"), kind, list.string("publisher"), list.string("source"),
                list.optionalString("date").orElse("not stated"), list.optionalString("retrieved").orElse("not stated"),
                list.optionalString("licence").orElse("not stated"), list.optionalString("attribution").orElse(""),
                new Localized(list.optionalString("meaning_nl").orElse(""), list.optionalString("meaning_en").orElse("")),
                entries);
    }

    private Source source(YamlMap map) {
        map.allowOnly("id", "title", "publisher", "date", "kind");
        String id = map.string("id");
        if (!sourceIds.add(id)) {
            throw map.errorAt("id", "duplicate source id '" + id + "'");
        }
        return new Source(id, map.string("title"), map.string("publisher"), map.string("date"), map.string("kind"));
    }

    private String knownSource(YamlMap map) {
        String source = map.string("source");
        if (!sourceIds.contains(source)) {
            throw map.errorAt("source", "unknown source '" + source + "'; sources.yaml lists: "
                    + String.join(", ", new java.util.TreeSet<>(sourceIds)));
        }
        return source;
    }

    private Caveat caveat(YamlMap map) {
        map.allowOnly("id", "nl", "en", "source");
        return new Caveat(map.string("id"), localized(map, "nl", "en"), knownSource(map));
    }

    private Sector sector(YamlMap map, Set<String> entryIds) {
        map.allowOnly("id", "name_nl", "name_en", "description_nl", "description_en", "topsector", "key_technology",
                "source", "terms", "technologies");
        String id = uniqueId(map, entryIds, "sector or technology");
        YamlMap sector = map.as("sector '" + id + "'");
        Optional<Localized> description = sector.has("description_nl") || sector.has("description_en")
                ? Optional.of(localized(sector, "description_nl", "description_en"))
                : Optional.empty();
        List<Technology> technologies = new ArrayList<>();
        for (Node node : sector.list("technologies")) {
            technologies.add(technology(YamlMap.of(sector.file(), node, "a technology of sector '" + id + "'"), entryIds));
        }
        return new Sector(id, localized(sector, "name_nl", "name_en"), description, flag(sector, "topsector"),
                flag(sector, "key_technology"), terms(sector), technologies, knownSource(sector));
    }

    private Technology technology(YamlMap map, Set<String> entryIds) {
        map.allowOnly("id", "name_nl", "name_en", "source", "terms");
        String id = uniqueId(map, entryIds, "sector or technology");
        YamlMap technology = map.as("technology '" + id + "'");
        return new Technology(id, localized(technology, "name_nl", "name_en"), terms(technology), knownSource(technology));
    }

    /** A taxonomy file: {@code taxonomy:} with its names and source, {@code areas:} with their items and terms. */
    private Taxonomy taxonomy(YamlMap file, Set<String> entryIds) {
        file.allowOnly("taxonomy", "areas", "uncategorised");
        YamlMap head = file.map("taxonomy", "taxonomy");
        head.allowOnly("id", "name_nl", "name_en", "label_nl", "label_en", "source", "meaning_nl", "meaning_en");
        String taxonomyId = head.string("id");
        List<Taxonomy.Area> areas = new ArrayList<>();
        for (Node node : file.list("areas")) {
            YamlMap map = YamlMap.of(file.file(), node, "an area of taxonomy '" + taxonomyId + "'");
            map.allowOnly("id", "number", "priority", "name_en", "name_nl", "verified", "terms", "items");
            String id = uniqueId(map, entryIds, "sector, technology, area or item");
            YamlMap area = map.as("area '" + id + "'");
            List<Taxonomy.Item> items = new ArrayList<>();
            for (Node itemNode : area.list("items")) {
                YamlMap itemMap = YamlMap.of(file.file(), itemNode, "an item of area '" + id + "'");
                itemMap.allowOnly("id", "name_en", "name_nl", "verified", "terms");
                String itemId = uniqueId(itemMap, entryIds, "sector, technology, area or item");
                YamlMap item = itemMap.as("item '" + itemId + "'");
                items.add(new Taxonomy.Item(itemId, localized(item, "name_nl", "name_en"), item.bool("verified", false),
                        terms(item)));
            }
            areas.add(new Taxonomy.Area(id, OptionalInt.of(area.integer("number")),
                    localized(area, "name_nl", "name_en"), area.bool("priority", false), area.bool("verified", false),
                    terms(area), items));
        }
        Optional<Taxonomy.Area> uncategorised = Optional.empty();
        if (file.has("uncategorised")) {
            YamlMap map = file.map("uncategorised", "the uncategorised entry of taxonomy '" + taxonomyId + "'");
            map.allowOnly("id", "name_nl", "name_en", "source", "based_on", "terms");
            String id = uniqueId(map, entryIds, "sector, technology, area or item");
            knownSource(map);
            map.optionalString("based_on");
            uncategorised = Optional.of(new Taxonomy.Area(id, OptionalInt.empty(),
                    localized(map, "name_nl", "name_en"), false, false, terms(map), List.of()));
        }
        return new Taxonomy(taxonomyId, localized(head, "name_nl", "name_en"), localized(head, "label_nl", "label_en"),
                knownSource(head), localized(head, "meaning_nl", "meaning_en"), areas, uncategorised);
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

    /** The terms block: quoted terms, added Dutch and English terms, added case-sensitive abbreviations. */
    private static List<Term> terms(YamlMap owner) {
        if (!owner.has("terms")) {
            return List.of();
        }
        YamlMap map = owner.map("terms", "the terms of " + owner.what());
        map.allowOnly("quoted", "nl", "en", "cased");
        List<Term> terms = new ArrayList<>();
        Map<String, YamlMap.Located> seen = new HashMap<>();
        addTerms(map, "quoted", Term.Origin.QUOTED, false, terms, seen);
        addTerms(map, "nl", Term.Origin.ADDED, false, terms, seen);
        addTerms(map, "en", Term.Origin.ADDED, false, terms, seen);
        addTerms(map, "cased", Term.Origin.ADDED, true, terms, seen);
        return terms;
    }

    private static void addTerms(YamlMap map, String key, Term.Origin origin, boolean caseSensitive, List<Term> terms,
                                 Map<String, YamlMap.Located> seen) {
        for (YamlMap.Located item : map.strings(key)) {
            String text = item.value().strip();
            String identity = caseSensitive ? text : text.toLowerCase(Locale.ROOT);
            YamlMap.Located earlier = seen.putIfAbsent(identity, item);
            if (earlier != null) {
                throw map.errorAt(item, "the term '" + text + "' is listed twice (first at line "
                        + (earlier.mark().getLine() + 1) + ")");
            }
            if (caseSensitive && text.chars().noneMatch(Character::isUpperCase)) {
                throw map.errorAt(item, "the cased term '" + text + "' has no capital letters; put it under nl or en");
            }
            if (text.chars().noneMatch(Character::isLetterOrDigit)) {
                throw map.errorAt(item, "the term '" + text + "' has no letters or digits");
            }
            if (caseSensitive && text.chars().anyMatch(c -> !Character.isLetterOrDigit(c))) {
                throw map.errorAt(item, "the cased term '" + text + "' must be a single word");
            }
            terms.add(new Term(text, origin, caseSensitive));
        }
    }

    private Question question(YamlMap map, Set<String> questionIds) {
        map.allowOnly("id", "question_nl", "question_en", "explanation_nl", "explanation_en", "source", "checks");
        String id = uniqueId(map, questionIds, "question or check");
        YamlMap question = map.as("question '" + id + "'");
        List<Check> checks = new ArrayList<>();
        for (Node node : question.list("checks")) {
            checks.add(check(YamlMap.of(question.file(), node, "a check of question '" + id + "'"), questionIds));
        }
        return new Question(id, localized(question, "question_nl", "question_en"),
                localized(question, "explanation_nl", "explanation_en"), checks, knownSource(question));
    }

    private Check check(YamlMap map, Set<String> questionIds) {
        map.allowOnly("id", "nl", "en", "wording", "based_on", "source", "risk_if", "weight");
        String id = uniqueId(map, questionIds, "question or check");
        YamlMap check = map.as("check '" + id + "'");
        String wordingText = check.string("wording");
        Check.Wording wording = switch (wordingText) {
            case "verbatim" -> Check.Wording.VERBATIM;
            case "adapted" -> Check.Wording.ADAPTED;
            default -> throw check.errorAt("wording", "field 'wording' must be verbatim or adapted, found '"
                    + wordingText + "'");
        };
        Optional<String> basedOn = check.optionalString("based_on");
        if (wording == Check.Wording.ADAPTED && basedOn.isEmpty()) {
            throw check.errorAt("wording", "an adapted check needs 'based_on': the source sentence it rephrases");
        }
        Set<Answer> riskIf = EnumSet.noneOf(Answer.class);
        for (YamlMap.Located item : check.strings("risk_if")) {
            Answer answer = Answer.parse(item.value())
                    .orElseThrow(() -> check.errorAt(item, "risk_if takes yes, no or unknown, found '" + item.value() + "'"));
            riskIf.add(answer);
        }
        int weight = check.integer("weight");
        if (weight < 0 || weight > ScoringRules.MAX_SCORE) {
            throw check.errorAt("weight", "weight must be between 0 and " + ScoringRules.MAX_SCORE + ", found " + weight);
        }
        return new Check(id, localized(check, "nl", "en"), wording, basedOn, riskIf, weight, knownSource(check));
    }

    private Contact contact(YamlMap map, Set<String> contactIds) {
        map.allowOnly("id", "name_nl", "name_en", "email", "website", "instruction_nl", "instruction_en", "for_nl",
                "for_en", "source");
        String id = uniqueId(map, contactIds, "contact");
        YamlMap contact = map.as("contact '" + id + "'");
        Optional<Localized> instruction = contact.has("instruction_nl") || contact.has("instruction_en")
                ? Optional.of(localized(contact, "instruction_nl", "instruction_en"))
                : Optional.empty();
        return new Contact(id, localized(contact, "name_nl", "name_en"), contact.optionalString("email"),
                contact.optionalString("website"), instruction, localized(contact, "for_nl", "for_en"),
                knownSource(contact));
    }

    private ScoringRules scoring(YamlMap file) {
        file.allowOnly("thresholds", "topic", "answers", "cap", "partner_indicators", "partner_lists", "taxonomies",
                "verdicts", "notice");
        YamlMap thresholds = file.map("thresholds", "thresholds");
        thresholds.allowOnly("elevated", "high", "source");
        knownSource(thresholds);
        int elevated = thresholds.integer("elevated");
        int high = thresholds.integer("high");
        if (elevated <= 0 || high <= elevated || high > ScoringRules.MAX_SCORE) {
            throw thresholds.errorAt("elevated", "thresholds must satisfy 0 < elevated < high <= "
                    + ScoringRules.MAX_SCORE + "; found elevated " + elevated + " and high " + high);
        }
        YamlMap topic = file.map("topic", "topic");
        topic.allowOnly("table_match", "additional_sector", "technology_match", "topsector", "key_technology",
                "flag_not_stated", "no_match");
        YamlMap tableMatch = topic.map("table_match", "topic.table_match");
        String minimum = tableMatch.string("minimum_verdict");
        Verdict tableMatchMinimum = verdict(tableMatch, "minimum_verdict", minimum);
        YamlMap answers = file.map("answers", "answers");
        answers.allowOnly("risky_answer");

        List<ScoringRules.PartnerIndicator> indicators = new ArrayList<>();
        Set<String> indicatorIds = new HashSet<>();
        for (Node node : file.list("partner_indicators")) {
            YamlMap map = YamlMap.of(file.file(), node, "a partner indicator");
            map.allowOnly("id", "name_nl", "name_en", "points", "reason_nl", "reason_en", "based_on", "source", "terms");
            String id = uniqueId(map, indicatorIds, "partner indicator");
            YamlMap indicator = map.as("partner indicator '" + id + "'");
            indicators.add(new ScoringRules.PartnerIndicator(id, localized(indicator, "name_nl", "name_en"),
                    rule(indicator), terms(indicator)));
        }

        YamlMap verdictsMap = file.map("verdicts", "verdicts");
        verdictsMap.allowOnly("low", "elevated", "high");
        Map<Verdict, ScoringRules.VerdictText> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            YamlMap text = verdictsMap.map(verdict.id(), "verdicts." + verdict.id());
            text.allowOnly("label_nl", "label_en", "advice_nl", "advice_en", "source");
            verdicts.put(verdict, new ScoringRules.VerdictText(localized(text, "label_nl", "label_en"),
                    localized(text, "advice_nl", "advice_en"), knownSource(text)));
        }
        YamlMap notice = file.map("notice", "notice");
        notice.allowOnly("nl", "en", "source", "based_on");
        knownSource(notice);

        return new ScoringRules(elevated, high,
                rule(tableMatch, "minimum_verdict"), tableMatchMinimum,
                rule(topic.map("additional_sector", "topic.additional_sector")),
                rule(topic.map("technology_match", "topic.technology_match")),
                rule(topic.map("topsector", "topic.topsector")),
                rule(topic.map("key_technology", "topic.key_technology")),
                rule(topic.map("flag_not_stated", "topic.flag_not_stated")),
                rule(topic.map("no_match", "topic.no_match")),
                reasonOnly(answers.map("risky_answer", "answers.risky_answer")),
                reasonOnly(file.map("cap", "cap")),
                indicators, partnerLists(file.map("partner_lists", "partner_lists")),
                taxonomyRules(file.map("taxonomies", "taxonomies")), verdicts,
                localized(notice, "nl", "en"));
    }

    private ScoringRules.PartnerListRules partnerLists(YamlMap map) {
        map.allowOnly("designation", "assessment", "own", "near", "minimum_verdict", "minimum_verdict_with_topic",
                "kinds", "notice");
        Map<DesignationList.Kind, ScoringRules.Rule> hit = new EnumMap<>(DesignationList.Kind.class);
        Map<DesignationList.Kind, Localized> names = new EnumMap<>(DesignationList.Kind.class);
        YamlMap kinds = map.map("kinds", "partner_lists.kinds");
        kinds.allowOnly("designation", "assessment", "own");
        for (DesignationList.Kind kind : DesignationList.Kind.values()) {
            hit.put(kind, rule(map.map(kind.id(), "partner_lists." + kind.id())));
            YamlMap name = kinds.map(kind.id(), "partner_lists.kinds." + kind.id());
            name.allowOnly("nl", "en");
            names.put(kind, localized(name, "nl", "en"));
        }
        YamlMap notice = map.map("notice", "partner_lists.notice");
        notice.allowOnly("nl", "en", "source", "based_on");
        knownSource(notice);
        return new ScoringRules.PartnerListRules(hit, rule(map.map("near", "partner_lists.near")),
                verdict(map, "minimum_verdict", map.string("minimum_verdict")),
                verdict(map, "minimum_verdict_with_topic", map.string("minimum_verdict_with_topic")), names,
                localized(notice, "nl", "en"));
    }

    private ScoringRules.TaxonomyRules taxonomyRules(YamlMap map) {
        map.allowOnly("eu_priority_area", "eu_area", "dual_use", "dual_use_named", "export_control");
        YamlMap priority = map.map("eu_priority_area", "taxonomies.eu_priority_area");
        YamlMap exportControl = map.map("export_control", "taxonomies.export_control");
        exportControl.allowOnly("nl", "en", "based_on", "source");
        knownSource(exportControl);
        return new ScoringRules.TaxonomyRules(rule(priority, "minimum_verdict"),
                verdict(priority, "minimum_verdict", priority.string("minimum_verdict")),
                rule(map.map("eu_area", "taxonomies.eu_area")), rule(map.map("dual_use", "taxonomies.dual_use")),
                rule(map.map("dual_use_named", "taxonomies.dual_use_named")), localized(exportControl, "nl", "en"));
    }

    private static Verdict verdict(YamlMap map, String key, String value) {
        for (Verdict verdict : Verdict.values()) {
            if (verdict.id().equals(value)) {
                return verdict;
            }
        }
        throw map.errorAt(key, "field '" + key + "' must be low, elevated or high, found '" + value + "'");
    }

    /** A rule with points and a reason; {@code extraKeys} are further fields the caller reads itself. */
    private ScoringRules.Rule rule(YamlMap map, String... extraKeys) {
        if (!map.has("terms")) {
            List<String> allowed = new ArrayList<>(List.of("points", "reason_nl", "reason_en", "based_on", "source"));
            allowed.addAll(List.of(extraKeys));
            map.allowOnly(allowed.toArray(String[]::new));
        }
        int points = map.integer("points");
        if (points < 0 || points > ScoringRules.MAX_SCORE) {
            throw map.errorAt("points", "points must be between 0 and " + ScoringRules.MAX_SCORE + ", found " + points);
        }
        return new ScoringRules.Rule(points, localized(map, "reason_nl", "reason_en"), knownSource(map));
    }

    /** A reason text without points of its own (the points come from elsewhere). */
    private ScoringRules.Rule reasonOnly(YamlMap map) {
        map.allowOnly("reason_nl", "reason_en", "source");
        return new ScoringRules.Rule(0, localized(map, "reason_nl", "reason_en"), knownSource(map));
    }

    private static String uniqueId(YamlMap map, Set<String> seen, String what) {
        String id = map.string("id");
        if (!id.matches("[a-z0-9][a-z0-9.\\-]*")) {
            throw map.errorAt("id", "id '" + id + "' must be lower-case letters, digits, '-' and '.'");
        }
        if (!seen.add(id)) {
            throw map.errorAt("id", "duplicate " + what + " id '" + id + "'; ids must be unique");
        }
        return id;
    }

    private static Localized localized(YamlMap map, String dutchKey, String englishKey) {
        return new Localized(map.string(dutchKey), map.string(englishKey));
    }
}
