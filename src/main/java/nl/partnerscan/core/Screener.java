package nl.partnerscan.core;

import nl.partnerscan.core.match.Term;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.partnerscan.core.match.Hit;
import nl.partnerscan.core.match.NameIndex;
import nl.partnerscan.core.match.TermIndex;

/**
 * Screens partnerships against the reference data: finds the table's sectors and technologies in the
 * subject, weighs the answers to the six questions and the partner's description, and explains every
 * point of the score. Build one per data set and reuse it: building the term index is the expensive
 * part, screening is linear in the length of the text. Thread-safe.
 */
public final class Screener {
    private final ReferenceData data;
    private final TermIndex<TableEntry> topicIndex;
    private final TermIndex<ScoringRules.PartnerIndicator> partnerIndex;
    /** Built on first use: most screenings name no partner, and a single screen is a person waiting. */
    private volatile NameIndex<ListEntry> listIndex;
    private final TermIndex<AreaEntry> taxonomyIndex;
    /** The place of each listed organisation in the data (lists in order, then entries), by identity. */
    private final Map<ListedOrganisation, Integer> listOrder = new java.util.IdentityHashMap<>();
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Check> checksById = new LinkedHashMap<>();
    /** Every question with all its checks: the open questions when nothing is answered (most batch rows). */
    private final List<OpenQuestion> allQuestionsOpen;
    /** Reason texts filled in once per rule and sectors, not once per screening. */
    private final Map<String, Localized> filledReasons = new java.util.concurrent.ConcurrentHashMap<>();

    /** An organisation on one list. */
    private record ListEntry(DesignationList list, ListedOrganisation organisation) {
    }

    /** What a taxonomy term points to: an area, or an item of an area. */
    private record AreaEntry(Taxonomy taxonomy, Taxonomy.Area area, Optional<Taxonomy.Item> item) {
    }

    /** What a table term points to: a sector, or a technology of a sector. */
    private record TableEntry(Sector sector, Optional<Technology> technology) {
    }

    public Screener(ReferenceData data) {
        this.data = data;
        TermIndex.Builder<TableEntry> topics = TermIndex.builder();
        for (Sector sector : data.sectors()) {
            TableEntry sectorEntry = new TableEntry(sector, Optional.empty());
            sector.terms().forEach(term -> topics.add(term, sectorEntry));
            for (Technology technology : sector.technologies()) {
                TableEntry technologyEntry = new TableEntry(sector, Optional.of(technology));
                technology.terms().forEach(term -> topics.add(term, technologyEntry));
            }
        }
        data.matchExceptions().forEach(topics::except);
        this.topicIndex = topics.build();
        TermIndex.Builder<ScoringRules.PartnerIndicator> partners = TermIndex.builder();
        for (ScoringRules.PartnerIndicator indicator : data.scoring().partnerIndicators()) {
            indicator.terms().forEach(term -> partners.add(term, indicator));
        }
        this.partnerIndex = partners.build();
        TermIndex.Builder<AreaEntry> areas = TermIndex.builder();
        for (Taxonomy taxonomy : data.taxonomies()) {
            for (Taxonomy.Area area : taxonomy.allAreas()) {
                AreaEntry areaEntry = new AreaEntry(taxonomy, area, Optional.empty());
                area.terms().forEach(term -> areas.add(term, areaEntry));
                for (Taxonomy.Item item : area.items()) {
                    AreaEntry itemEntry = new AreaEntry(taxonomy, area, Optional.of(item));
                    item.terms().forEach(term -> areas.add(term, itemEntry));
                }
            }
        }
        data.matchExceptions().forEach(areas::except);
        this.taxonomyIndex = areas.build();
        int position = 0;
        for (DesignationList list : data.lists()) {
            for (ListedOrganisation organisation : list.entries()) {
                listOrder.put(organisation, position++);
            }
        }
        for (Question question : data.questions()) {
            questionsById.put(question.id(), question);
            question.checks().forEach(check -> checksById.put(check.id(), check));
        }
        this.allQuestionsOpen = openQuestions(Map.of());
    }

    /** The reference data this screener uses. */
    public ReferenceData data() {
        return data;
    }

    /**
     * The table's terms found in one text, in the order of the text: one match for each place and entry,
     * with the brochure's own term where one of those matched there, else the first term. A match inside
     * a longer match of the same entry ("EDA" in "EDA tools") is left out.
     */
    public List<TopicMatch> matchTopic(String text) {
        List<Hit<TableEntry>> hits = topicIndex.find(text);
        Map<String, TopicMatch> byPlace = new LinkedHashMap<>();
        for (Hit<TableEntry> hit : hits) {
            if (insideLongerHit(hit, hits)) {
                continue;
            }
            TopicMatch match = new TopicMatch(hit.matchedText(), hit.term(), hit.entry().sector(), hit.entry().technology());
            String place = hit.start() + ":" + hit.end() + ":" + match.entryId();
            byPlace.merge(place, match,
                    (first, next) -> next.term().origin() == Term.Origin.QUOTED
                            && first.term().origin() != Term.Origin.QUOTED ? next : first);
        }
        return List.copyOf(byPlace.values());
    }

    private static boolean insideLongerHit(Hit<TableEntry> hit, List<Hit<TableEntry>> hits) {
        for (Hit<TableEntry> other : hits) {
            if (other.entry() == hit.entry() && other.start() <= hit.start() && other.end() >= hit.end()
                    && other.end() - other.start() > hit.end() - hit.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer for each check, from answers given by question id or check id; a check's own answer
     * wins over its question's. In the questions' order.
     *
     * @throws IllegalArgumentException if an id names no question or check
     */
    public Map<String, Answer> resolveAnswers(Map<String, Answer> given) {
        if (given.isEmpty()) {
            return Map.of();
        }
        for (String id : given.keySet()) {
            if (!questionsById.containsKey(id) && !checksById.containsKey(id)) {
                throw new IllegalArgumentException("unknown question or check '" + id + "'; questions are "
                        + String.join(", ", questionsById.keySet()) + ", checks are like "
                        + checksById.keySet().iterator().next());
            }
        }
        Map<String, Answer> resolved = new LinkedHashMap<>();
        for (Question question : data.questions()) {
            for (Check check : question.checks()) {
                Answer answer = given.getOrDefault(check.id(), given.get(question.id()));
                if (answer != null) {
                    resolved.put(check.id(), answer);
                }
            }
        }
        return resolved;
    }

    /**
     * Screens one partnership.
     *
     * @throws IllegalArgumentException if an answer names no question or check
     */
    public ScreeningResult screen(ScreeningRequest request) {
        Map<String, Answer> answers = resolveAnswers(request.answers());
        List<TopicMatch> matches = new ArrayList<>();
        List<TaxonomyMatch> taxonomyMatches = new ArrayList<>();
        List<String> texts = new ArrayList<>(request.topics());
        texts.add(request.description());
        for (String text : texts) {
            if (request.includes(ScreeningRequest.NCTV)) {
                matches.addAll(matchTopic(text));
            }
            taxonomyMatches.addAll(matchTaxonomies(text, request));
        }
        List<Sector> sectors = sectorsInTableOrder(matches);
        List<Technology> technologies = technologiesInTableOrder(matches);
        List<PartnerSignal> partnerSignals = partnerSignals(request.partner());
        List<PartnerHit> partnerHits = partnerHits(request.partner());

        ScoringRules rules = data.scoring();
        List<Reason> reasons = new ArrayList<>();
        if (request.includes(ScreeningRequest.NCTV)) {
            addTopicReasons(rules, sectors, technologies, reasons);
        }
        addAnswerReasons(rules, answers, reasons);
        for (PartnerSignal signal : partnerSignals) {
            ScoringRules.Rule rule = signal.indicator().rule();
            reasons.add(new Reason("partner_indicator", rule.points(),
                    fill(rule.reason(), "{term}", Localized.same(signal.matchedText()))));
        }
        addListReasons(rules.partnerLists(), partnerHits, reasons);
        boolean priorityArea = addTaxonomyReasons(rules.taxonomies(), taxonomyMatches, !sectors.isEmpty(), reasons);
        boolean dualUse = taxonomyMatches.stream().anyMatch(m -> m.taxonomy().id().equals(Taxonomy.DUAL_USE));
        int total = reasons.stream().mapToInt(Reason::points).sum();
        if (total > ScoringRules.MAX_SCORE) {
            reasons.add(new Reason("cap", ScoringRules.MAX_SCORE - total, rules.cap().reason()));
        }
        int score = Math.max(0, Math.min(ScoringRules.MAX_SCORE, total));
        Verdict verdict = rules.verdictFor(score);
        if (!sectors.isEmpty()) {
            verdict = verdict.atLeast(rules.tableMatchMinimum());
        }
        if (priorityArea) {
            verdict = verdict.atLeast(rules.taxonomies().priorityMinimum());
        }
        if (partnerHits.stream().anyMatch(hit -> hit.match() != PartnerHit.Match.NEAR)) {
            verdict = verdict.atLeast(sectors.isEmpty() ? rules.partnerLists().minimum()
                    : rules.partnerLists().minimumWithTopic());
        }
        return new ScreeningResult(verdict, score, rules.verdicts().get(verdict), sectors, technologies, matches,
                taxonomyMatches, dualUse ? Optional.of(rules.taxonomies().exportControl()) : Optional.empty(),
                partnerSignals, partnerHits, reasons, answers, answers.isEmpty() ? allQuestionsOpen : openQuestions(answers),
                List.of(), data.primaryContact(), data.caveats(),
                rules.notice(), rules.partnerLists().notice(), data.dataVersion());
    }

    private void addTopicReasons(ScoringRules rules, List<Sector> sectors, List<Technology> technologies,
                                 List<Reason> reasons) {
        if (sectors.isEmpty()) {
            reasons.add(new Reason("no_match", rules.noMatch().points(), rules.noMatch().reason()));
            return;
        }
        reasons.add(reason("table_match", rules.tableMatch(), "{sector}", List.of(sectors.get(0)), Sector::id,
                Sector::name));
        for (Sector extra : sectors.subList(1, sectors.size())) {
            reasons.add(reason("additional_sector", rules.additionalSector(), "{sector}", List.of(extra), Sector::id,
                    Sector::name));
        }
        if (!technologies.isEmpty()) {
            reasons.add(reason("technology_match", rules.technologyMatch(), "{technology}", technologies,
                    Technology::id, Technology::name));
        }
        List<Sector> topsectors = sectors.stream().filter(s -> s.topsector() == Flag.YES).toList();
        if (!topsectors.isEmpty()) {
            reasons.add(reason("topsector", rules.topsector(), "{sector}", topsectors, Sector::id, Sector::name));
        }
        List<Sector> keyTechnologies = sectors.stream().filter(s -> s.keyTechnology() == Flag.YES).toList();
        if (!keyTechnologies.isEmpty()) {
            reasons.add(reason("key_technology", rules.keyTechnology(), "{sector}", keyTechnologies, Sector::id,
                    Sector::name));
        }
        for (Sector sector : sectors) {
            if (sector.topsector() == Flag.NOT_STATED || sector.keyTechnology() == Flag.NOT_STATED) {
                reasons.add(reason("flag_not_stated", rules.flagNotStated(), "{sector}", List.of(sector), Sector::id,
                        Sector::name));
            }
        }
    }

    private void addAnswerReasons(ScoringRules rules, Map<String, Answer> answers, List<Reason> reasons) {
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            Check check = checksById.get(entry.getKey());
            Answer answer = entry.getValue();
            if (check.raisesRisk(answer)) {
                Localized text = fill(rules.riskyAnswer().reason(), "{check}", check.text());
                text = fill(text, "{answer}", new Localized(answer.word(Language.NL), answer.word(Language.EN)));
                reasons.add(new Reason("risky_answer", check.weight(), text));
            }
        }
    }

    private NameIndex<ListEntry> listIndex() {
        NameIndex<ListEntry> index = listIndex;
        if (index == null) {
            synchronized (this) {
                index = listIndex;
                if (index == null) {
                    NameIndex.Builder<ListEntry> names = NameIndex.builder(data.nameRules());
                    for (DesignationList list : data.lists()) {
                        for (ListedOrganisation organisation : list.entries()) {
                            ListEntry entry = new ListEntry(list, organisation);
                            names.add(organisation.name(), true, entry);
                            organisation.aliases().forEach(alias -> names.add(alias, false, entry));
                        }
                    }
                    index = names.build();
                    listIndex = index;
                }
            }
        }
        return index;
    }

    private List<PartnerHit> partnerHits(String partner) {
        if (partner.isBlank()) {
            return List.of();
        }
        List<PartnerHit> hits = new ArrayList<>();
        for (NameIndex.NameHit<ListEntry> hit : listIndex().find(partner)) {
            PartnerHit.Match match = hit.near() ? PartnerHit.Match.NEAR
                    : hit.official() ? PartnerHit.Match.EXACT : PartnerHit.Match.ALIAS;
            hits.add(new PartnerHit(hit.entry().list(), hit.entry().organisation(), hit.name(), hit.text(), match,
                    hit.similarity()));
        }
        // In the order of the lists and of their entries, whichever way each name was found.
        hits.sort(java.util.Comparator.comparingInt(h -> listOrder.get(h.entry())));
        return hits;
    }

    /** The terms of the EU taxonomies found in one text; each place and area or item once. */
    private List<TaxonomyMatch> matchTaxonomies(String text, ScreeningRequest request) {
        Map<String, TaxonomyMatch> byPlace = new LinkedHashMap<>();
        for (Hit<AreaEntry> hit : taxonomyIndex.find(text)) {
            AreaEntry entry = hit.entry();
            if (!request.includes(entry.taxonomy().id())) {
                continue;
            }
            String id = entry.item().map(Taxonomy.Item::id).orElse(entry.area().id());
            byPlace.putIfAbsent(hit.start() + ":" + hit.end() + ":" + id, new TaxonomyMatch(hit.matchedText(), hit.term(),
                    entry.taxonomy(), entry.area(), entry.item()));
        }
        return List.copyOf(byPlace.values());
    }

    /**
     * One reason per matched area: an EU priority area, another EU area, or a possible dual-use category.
     * When the subject is in the brochure's table already, they are notes without points: the same subject
     * is not counted twice.
     *
     * @return whether an EU priority area matched
     */
    private boolean addTaxonomyReasons(ScoringRules.TaxonomyRules rules, List<TaxonomyMatch> matches,
                                       boolean tableMatched, List<Reason> reasons) {
        boolean priority = false;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TaxonomyMatch match : matches) {
            Taxonomy.Area area = match.area();
            if (!seen.add(area.id())) {
                continue;
            }
            boolean dualUse = match.taxonomy().id().equals(Taxonomy.DUAL_USE);
            priority |= !dualUse && area.priority();
            String code;
            ScoringRules.Rule rule;
            if (dualUse && area.number().isEmpty()) {
                // Not one of the Annex's categories: the text named dual-use or military use itself.
                code = "dual_use_named";
                rule = rules.dualUseNamed();
            } else if (dualUse) {
                code = "dual_use";
                rule = rules.dualUse();
            } else if (area.priority()) {
                code = "eu_priority_area";
                rule = rules.priorityArea();
            } else {
                code = "eu_area";
                rule = rules.otherArea();
            }
            Reason reason = reason(code, rule, "{area}", List.of(area), Taxonomy.Area::id, Taxonomy.Area::name);
            reasons.add(tableMatched ? new Reason(code, 0, reason.text()) : reason);
        }
        return priority;
    }

    private static void addListReasons(ScoringRules.PartnerListRules rules, List<PartnerHit> hits, List<Reason> reasons) {
        for (PartnerHit hit : hits) {
            boolean near = hit.match() == PartnerHit.Match.NEAR;
            ScoringRules.Rule rule = near ? rules.near() : rules.hit().get(hit.list().kind());
            Localized text = fill(rule.reason(), "{list}", Localized.same(hit.list().name()));
            text = fill(text, "{kind}", rules.kindNames().get(hit.list().kind()));
            text = fill(text, "{name}", Localized.same(hit.entry().name()));
            text = fill(text, "{matched}", Localized.same(near ? hit.text() : hit.matched()));
            reasons.add(new Reason(near ? "partner_near" : "partner_listed", rule.points(), text));
        }
    }

    private List<PartnerSignal> partnerSignals(String partner) {
        Map<String, PartnerSignal> firstPerIndicator = new LinkedHashMap<>();
        for (Hit<ScoringRules.PartnerIndicator> hit : partnerIndex.find(partner)) {
            firstPerIndicator.putIfAbsent(hit.entry().id(), new PartnerSignal(hit.matchedText(), hit.term(), hit.entry()));
        }
        return List.copyOf(firstPerIndicator.values());
    }

    private List<OpenQuestion> openQuestions(Map<String, Answer> answers) {
        List<OpenQuestion> open = new ArrayList<>();
        for (Question question : data.questions()) {
            List<Check> unanswered = question.checks().stream().filter(c -> !answers.containsKey(c.id())).toList();
            if (!unanswered.isEmpty()) {
                open.add(new OpenQuestion(question, unanswered));
            }
        }
        return open;
    }

    // Sets of ids, not of records: a record's hashCode would walk the whole sector with its terms.
    private List<Sector> sectorsInTableOrder(List<TopicMatch> matches) {
        Set<String> matched = new java.util.HashSet<>();
        matches.forEach(m -> matched.add(m.sector().id()));
        return data.sectors().stream().filter(s -> matched.contains(s.id())).toList();
    }

    private List<Technology> technologiesInTableOrder(List<TopicMatch> matches) {
        Set<String> matched = new java.util.HashSet<>();
        matches.forEach(m -> m.technology().ifPresent(t -> matched.add(t.id())));
        return data.sectors().stream().flatMap(s -> s.technologies().stream()).filter(t -> matched.contains(t.id()))
                .toList();
    }

    /**
     * A reason of {@code rule} for these entries, its text filled in with their names: once per rule and
     * entries, then from the cache.
     */
    private <T> Reason reason(String code, ScoringRules.Rule rule, String placeholder, List<T> entries,
                              java.util.function.Function<T, String> id, java.util.function.Function<T, Localized> name) {
        StringBuilder key = new StringBuilder(code);
        entries.forEach(entry -> key.append('|').append(id.apply(entry)));
        Localized text = filledReasons.computeIfAbsent(key.toString(),
                k -> fill(rule.reason(), placeholder, joinNames(entries.stream().map(name).toList())));
        return new Reason(code, rule.points(), text);
    }

    private static Localized joinNames(List<Localized> names) {
        return new Localized(
                names.stream().map(Localized::nl).collect(Collectors.joining("; ")),
                names.stream().map(Localized::en).collect(Collectors.joining("; ")));
    }

    private static Localized fill(Localized template, String placeholder, Localized value) {
        return new Localized(template.nl().replace(placeholder, value.nl()),
                template.en().replace(placeholder, value.en()));
    }
}
