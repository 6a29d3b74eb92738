package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.partnerscan.core.match.Disguises;
import nl.partnerscan.core.match.Words;

/**
 * Screens partnerships against the reference data: reads each text as a person sees it (undoing disguises),
 * finds the table's sectors and technologies, the EU taxonomies' areas and the brochure's other risks in the
 * subject, what the partner's name says, and the listed organisations named in any of its texts, resolves the answers to the six questions,
 * and has the {@link Scorer} weigh it all, with a reason for every point. Build one per data set and reuse
 * it: building the indexes is the expensive part, screening is linear in the length of the text.
 * Thread-safe.
 */
public final class Screener {
    private final ReferenceData data;
    private final TextFinder texts;
    private final PartnerFinder partners;
    private final Map<String, Question> questionsById = new LinkedHashMap<>();
    private final Map<String, Check> checksById = new LinkedHashMap<>();
    /** Every question with all its checks: the open questions when nothing is answered (most batch rows). */
    private final List<OpenQuestion> allQuestionsOpen;
    /** Every technology of the table, in table order. */
    private final List<Technology> allTechnologies;
    private final Scorer scorer;
    private final ContactRouter router;
    /**
     * The result of a request that finds nothing, per set of taxonomies screened, subject or not, and
     * organisation (whose contacts come first): a batch has one or a few.
     */
    private final Map<List<Object>, ScreeningResult> nothingFound = new ConcurrentHashMap<>();
    /**
     * What each topic holds, kept for later rows: a spreadsheet's topic column repeats the same few
     * subjects ("Stedenband", "Handelsmissie") over many rows; its descriptions seldom repeat, and are not kept.
     */
    private final KeptFindings<SubjectText> topicsKept = new KeptFindings<>(this::subjectText);

    /** A screener of {@code data}, its indexes built on this thread. */
    public Screener(ReferenceData data) {
        this(builtOnThisThread(data));
    }

    /**
     * A screener of indexes built in steps, on threads of the caller's choosing.
     *
     * @throws IllegalStateException if a step was not taken
     */
    public Screener(ScreenerIndexes indexes) {
        this.data = indexes.data();
        this.texts = indexes.textFinder();
        this.partners = indexes.partnerFinder();
        for (Question question : data.questions()) {
            questionsById.put(question.id(), question);
            for (Check check : question.checks()) {
                checksById.put(check.id(), check);
            }
        }
        this.allQuestionsOpen = openQuestions(Map.of());
        List<Technology> technologies = new ArrayList<>();
        for (Sector sector : data.sectors()) {
            technologies.addAll(sector.technologies());
        }
        this.allTechnologies = List.copyOf(technologies);
        this.scorer = new Scorer(data.scoring(), data.questions());
        this.router = new ContactRouter(data);
    }

    private static ScreenerIndexes builtOnThisThread(ReferenceData data) {
        ScreenerIndexes indexes = new ScreenerIndexes(data);
        indexes.buildTable();
        indexes.buildOthers();
        return indexes;
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
        return texts.topics(Words.of(data.disguises().clean(text).text()));
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
     * The kind of organisation with this id; empty for an empty id.
     *
     * @throws IllegalArgumentException if the id names no organisation
     */
    public Optional<Organisation> organisation(String id) {
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(data.routing().organisation(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown organisation '" + id + "'; organisations are " + String.join(", ",
                        data.routing().organisations().stream().map(Organisation::id).toList()))));
    }

    /**
     * Screens one partnership.
     *
     * @throws IllegalArgumentException if an answer names no question or check, or the organisation is unknown
     */
    public ScreeningResult screen(ScreeningRequest request) {
        Optional<Organisation> organisation = organisation(request.organisation());
        Map<String, Answer> answers = resolveAnswers(request.answers());
        boolean disguised = false;
        List<TopicMatch> matches = new ArrayList<>();
        List<TaxonomyMatch> taxonomyMatches = new ArrayList<>();
        List<SignalMatch> signals = new ArrayList<>();
        List<PartnerFinder.Text> named = new ArrayList<>();
        Disguises.Cleaned partner = data.disguises().clean(request.partner());
        disguised |= partner.disguised();
        named.add(new PartnerFinder.Text(partner.text(), PartnerHit.Field.PARTNER, null));
        List<String> subject = new ArrayList<>(request.topics());
        subject.add(request.description());
        for (int i = 0; i < subject.size(); i++) {
            boolean topic = i < request.topics().size();
            SubjectText found = topic ? topicsKept.get(subject.get(i)) : subjectText(subject.get(i));
            disguised |= found.disguised();
            if (request.includes(ScreeningRequest.NCTV)) {
                matches.addAll(found.topics());
            }
            for (TaxonomyMatch match : found.taxonomies()) {
                if (request.includes(match.taxonomy().id())) {
                    taxonomyMatches.add(match);
                }
            }
            signals.addAll(found.signals());
            named.add(new PartnerFinder.Text(found.readable(), topic ? PartnerHit.Field.TOPIC
                    : PartnerHit.Field.DESCRIPTION, found.names()));
        }
        List<Sector> sectors = sectorsInTableOrder(matches);
        List<Technology> technologies = technologiesInTableOrder(matches);
        Findings findings = new Findings(request.includes(ScreeningRequest.NCTV) && request.hasSubject(),
                request.hasSubject(), matches, sectors, technologies, taxonomyMatches,
                partners.indicators(partner.text()), partners.listHits(named), signals, disguised);
        if (answers.isEmpty() && findings.nothing()) {
            // Most rows of a batch find nothing: their results are all alike, so one is made per kind of request.
            return nothingFound.computeIfAbsent(
                    List.of(request.taxonomies(), request.hasSubject(), organisation.map(Organisation::id).orElse("")),
                    k -> result(findings, answers, organisation));
        }
        return result(findings, answers, organisation);
    }

    /**
     * What one topic or description holds, read as a person sees it: the table's entries, the taxonomies'
     * areas (of every taxonomy; a request keeps those it includes), the other risks, and the listed names.
     */
    private record SubjectText(String readable, boolean disguised, List<TopicMatch> topics,
                               List<TaxonomyMatch> taxonomies, List<SignalMatch> signals, PartnerFinder.Names names) {
        // Immutable: a topic's is kept and read by every row, on any thread, that has the same topic.
        private SubjectText {
            topics = List.copyOf(topics);
            taxonomies = List.copyOf(taxonomies);
            signals = List.copyOf(signals);
        }
    }

    private SubjectText subjectText(String text) {
        Disguises.Cleaned cleaned = data.disguises().clean(text);
        Words words = Words.of(cleaned.text());
        return new SubjectText(cleaned.text(), cleaned.disguised(), texts.topics(words), texts.taxonomies(words),
                texts.signals(words), partners.namesIn(cleaned.text(), words));
    }

    private ScreeningResult result(Findings findings, Map<String, Answer> answers,
            Optional<Organisation> organisation) {
        List<Sector> sectors = findings.sectors();
        List<Technology> technologies = findings.technologies();
        List<SignalMatch> signals = findings.signals();
        Scoring scoring = scorer.score(findings, answers);
        ScoringRules rules = data.scoring();
        List<RoutedContact> contacts = router.route(organisation, findings);
        return new ScreeningResult(scoring.verdict(), scoring.score(), rules.verdicts().get(scoring.verdict()), sectors,
                technologies, findings.matches(), findings.taxonomyMatches(),
                findings.dualUse() ? Optional.of(rules.exportControl()) : Optional.empty(),
                findings.partnerSignals(), findings.partnerHits(), signals, scoring.reasons(), answers,
                answers.isEmpty() ? allQuestionsOpen : openQuestions(answers), urgentChecks(signals),
                contacts.get(0).contact(), data.caveats(), rules.notice(), rules.partnerLists().notice(),
                data.dataVersion(), organisation, contacts);
    }

    /** The checks the signals found make urgent, each once, in the order the signals name them. */
    private static List<String> urgentChecks(List<SignalMatch> signals) {
        Set<String> checks = new LinkedHashSet<>();
        for (SignalMatch match : signals) {
            checks.addAll(match.signal().checks());
        }
        return List.copyOf(checks);
    }

    private List<OpenQuestion> openQuestions(Map<String, Answer> answers) {
        List<OpenQuestion> open = new ArrayList<>();
        for (Question question : data.questions()) {
            List<Check> unanswered = new ArrayList<>();
            for (Check check : question.checks()) {
                if (!answers.containsKey(check.id())) {
                    unanswered.add(check);
                }
            }
            if (!unanswered.isEmpty()) {
                open.add(new OpenQuestion(question, unanswered));
            }
        }
        return open;
    }

    // Sets of ids, not of records: a record's hashCode would walk the whole sector with its terms. Loops,
    // not streams, on the way of a single screen: each lambda's first run costs more than the loop on a
    // cold JVM (README, performance).
    private List<Sector> sectorsInTableOrder(List<TopicMatch> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Set<String> matched = new HashSet<>();
        for (TopicMatch match : matches) {
            matched.add(match.sector().id());
        }
        List<Sector> inOrder = new ArrayList<>();
        for (Sector sector : data.sectors()) {
            if (matched.contains(sector.id())) {
                inOrder.add(sector);
            }
        }
        return List.copyOf(inOrder);
    }

    private List<Technology> technologiesInTableOrder(List<TopicMatch> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        Set<String> matched = new HashSet<>();
        for (TopicMatch match : matches) {
            if (match.technology().isPresent()) {
                matched.add(match.technology().get().id());
            }
        }
        List<Technology> inOrder = new ArrayList<>();
        for (Technology technology : allTechnologies) {
            if (matched.contains(technology.id())) {
                inOrder.add(technology);
            }
        }
        return List.copyOf(inOrder);
    }
}
