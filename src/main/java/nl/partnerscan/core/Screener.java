package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Map<ListedOrganisation, Integer> listOrder = new IdentityHashMap<>();
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Check> checksById = new LinkedHashMap<>();
    /** Every question with all its checks: the open questions when nothing is answered (most batch rows). */
    private final List<OpenQuestion> allQuestionsOpen;
    private final Scorer scorer;

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
        this.scorer = new Scorer(data.scoring(), data.questions());
    }

    /** The reference data this screener uses. */
    public ReferenceData data() {
        return data;
    }

    /**
     * The table's terms found in one text, in the order found: one match for each place and entry, by the
     * term index's hit policy (the brochure's own term preferred; none inside a longer match of the same
     * entry).
     */
    public List<TopicMatch> matchTopic(String text) {
        List<TopicMatch> matches = new ArrayList<>();
        for (Hit<TableEntry> hit : topicIndex.find(text)) {
            matches.add(new TopicMatch(hit.matchedText(), hit.term(), hit.entry().sector(), hit.entry().technology()));
        }
        return matches;
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
        Findings findings = new Findings(request.includes(ScreeningRequest.NCTV), sectors, technologies,
                taxonomyMatches, partnerSignals(request.partner()), partnerHits(request.partner()));
        Scoring scoring = scorer.score(findings, answers);
        ScoringRules rules = data.scoring();
        return new ScreeningResult(scoring.verdict(), scoring.score(), rules.verdicts().get(scoring.verdict()), sectors,
                technologies, matches, taxonomyMatches,
                findings.dualUse() ? Optional.of(rules.exportControl()) : Optional.empty(),
                findings.partnerSignals(), findings.partnerHits(), scoring.reasons(), answers,
                answers.isEmpty() ? allQuestionsOpen : openQuestions(answers), List.of(), data.primaryContact(),
                data.caveats(),
                rules.notice(), rules.partnerLists().notice(), data.dataVersion());
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
        hits.sort(Comparator.comparingInt(h -> listOrder.get(h.entry())));
        return hits;
    }

    /** The terms of the EU taxonomies found in one text, for the taxonomies the request includes. */
    private List<TaxonomyMatch> matchTaxonomies(String text, ScreeningRequest request) {
        List<TaxonomyMatch> matches = new ArrayList<>();
        for (Hit<AreaEntry> hit : taxonomyIndex.find(text)) {
            AreaEntry entry = hit.entry();
            if (request.includes(entry.taxonomy().id())) {
                matches.add(new TaxonomyMatch(hit.matchedText(), hit.term(), entry.taxonomy(), entry.area(),
                        entry.item()));
            }
        }
        return matches;
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
        Set<String> matched = new HashSet<>();
        matches.forEach(m -> matched.add(m.sector().id()));
        return data.sectors().stream().filter(s -> matched.contains(s.id())).toList();
    }

    private List<Technology> technologiesInTableOrder(List<TopicMatch> matches) {
        Set<String> matched = new HashSet<>();
        matches.forEach(m -> m.technology().ifPresent(t -> matched.add(t.id())));
        return data.sectors().stream().flatMap(s -> s.technologies().stream()).filter(t -> matched.contains(t.id()))
                .toList();
    }
}
