package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Weighs findings and answers into reasons, a score and a verdict, by the rules of {@code scoring.yaml}: a
 * pure function of its inputs. Every point has a reason; a reason without points is a note. The verdict
 * follows the score's thresholds, raised to a rule's minimum where a finding has one (a table match is
 * always at least elevated: the brochure's rule, whatever the weights). Thread-safe.
 *
 * <p>Written with loops rather than lambdas and streams: a single screen runs each of them once, and on a
 * cold JVM a lambda's first run, which links it, costs more than the loop it stands for (README,
 * performance).
 */
public final class Scorer {
    private final ScoringRules rules;
    private final Map<String, Check> checksById = new LinkedHashMap<>();
    /** Reason texts filled in once per rule and entries, not once per screening (batch runs millions). */
    private final Map<String, Localized> filledReasons = new ConcurrentHashMap<>();

    public Scorer(ScoringRules rules, List<Question> questions) {
        this.rules = rules;
        for (Question question : questions) {
            for (Check check : question.checks()) {
                checksById.put(check.id(), check);
            }
        }
    }

    /**
     * The weighing of {@code findings} with {@code answers} (by check id, as resolved by the screener).
     *
     * @throws IllegalArgumentException if an answer names no check
     */
    public Scoring score(Findings findings, Map<String, Answer> answers) {
        List<Reason> reasons = new ArrayList<>();
        List<Verdict> minimums = new ArrayList<>();
        if (findings.tableScreened()) {
            addTopicReasons(findings.sectors(), findings.technologies(), reasons, minimums);
        }
        if (!findings.subjectScreened()) {
            ScoringRules.Rule alone = rules.rule(ReasonCode.SUBJECT_NOT_SCREENED);
            reasons.add(new Reason(ReasonCode.SUBJECT_NOT_SCREENED.id(), alone.points(), alone.reason()));
        }
        addAnswerReasons(answers, reasons);
        for (PartnerSignal signal : findings.partnerSignals()) {
            ScoringRules.Rule rule = signal.indicator().rule();
            reasons.add(new Reason(ReasonCode.PARTNER_INDICATOR.id(), rule.points(),
                    fill(rule.reason(), "{term}", Localized.same(signal.matchedText()))));
        }
        addListReasons(findings.partnerHits(), !findings.sectors().isEmpty(), reasons, minimums);
        addTaxonomyReasons(findings.taxonomyMatches(), !findings.sectors().isEmpty(), reasons, minimums);
        addSignalReasons(findings.signals(), !findings.sectors().isEmpty(), reasons, minimums);
        if (findings.disguised()) {
            ScoringRules.Rule disguised = rules.rule(ReasonCode.DISGUISED_TEXT);
            reasons.add(new Reason(ReasonCode.DISGUISED_TEXT.id(), disguised.points(), disguised.reason()));
        }
        int total = 0;
        for (Reason reason : reasons) {
            total += reason.points();
        }
        if (total > ScoringRules.MAX_SCORE) {
            reasons.add(new Reason(ReasonCode.CAP.id(), ScoringRules.MAX_SCORE - total,
                    rules.rule(ReasonCode.CAP).reason()));
        }
        int score = Math.max(0, Math.min(ScoringRules.MAX_SCORE, total));
        Verdict verdict = rules.verdictFor(score);
        for (Verdict minimum : minimums) {
            verdict = verdict.atLeast(minimum);
        }
        return new Scoring(reasons, score, verdict);
    }

    private void addTopicReasons(List<Sector> sectors, List<Technology> technologies, List<Reason> reasons,
                                 List<Verdict> minimums) {
        if (sectors.isEmpty()) {
            ScoringRules.Rule noMatch = rules.rule(ReasonCode.NO_MATCH);
            reasons.add(new Reason(ReasonCode.NO_MATCH.id(), noMatch.points(), noMatch.reason()));
            return;
        }
        reasons.add(reason(ReasonCode.TABLE_MATCH, "{sector}", List.of(sectors.get(0))));
        addMinimum(rules.rule(ReasonCode.TABLE_MATCH).minimum(), minimums);
        for (Sector extra : sectors.subList(1, sectors.size())) {
            reasons.add(reason(ReasonCode.ADDITIONAL_SECTOR, "{sector}", List.of(extra)));
        }
        if (!technologies.isEmpty()) {
            reasons.add(reason(ReasonCode.TECHNOLOGY_MATCH, "{technology}", technologies));
        }
        List<Sector> topsectors = new ArrayList<>();
        List<Sector> keyTechnologies = new ArrayList<>();
        for (Sector sector : sectors) {
            if (sector.topsector() == Flag.YES) {
                topsectors.add(sector);
            }
            if (sector.keyTechnology() == Flag.YES) {
                keyTechnologies.add(sector);
            }
        }
        if (!topsectors.isEmpty()) {
            reasons.add(reason(ReasonCode.TOPSECTOR, "{sector}", topsectors));
        }
        if (!keyTechnologies.isEmpty()) {
            reasons.add(reason(ReasonCode.KEY_TECHNOLOGY, "{sector}", keyTechnologies));
        }
        for (Sector sector : sectors) {
            if (sector.topsector() == Flag.NOT_STATED || sector.keyTechnology() == Flag.NOT_STATED) {
                reasons.add(reason(ReasonCode.FLAG_NOT_STATED, "{sector}", List.of(sector)));
            }
        }
    }

    private void addAnswerReasons(Map<String, Answer> answers, List<Reason> reasons) {
        Localized template = rules.rule(ReasonCode.RISKY_ANSWER).reason();
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            Check check = checksById.get(entry.getKey());
            if (check == null) {
                throw new IllegalArgumentException("unknown check '" + entry.getKey() + "'");
            }
            Answer answer = entry.getValue();
            if (check.raisesRisk(answer)) {
                Localized text = fill(template, "{check}", check.text());
                text = fill(text, "{answer}", new Localized(answer.word(Language.NL), answer.word(Language.EN)));
                reasons.add(new Reason(ReasonCode.RISKY_ANSWER.id(), check.weight(), text));
            }
        }
    }

    /** A listed partner is at least the lists' minimum verdict; with a topic from the table, a higher one. */
    private void addListReasons(List<PartnerHit> hits, boolean tableMatched, List<Reason> reasons,
                                List<Verdict> minimums) {
        ScoringRules.PartnerListRules lists = rules.partnerLists();
        for (PartnerHit hit : hits) {
            boolean near = hit.match() == PartnerHit.Match.NEAR;
            boolean inText = hit.field() != PartnerHit.Field.PARTNER;
            ScoringRules.Rule kindRule = lists.hit().get(hit.list().kind());
            ReasonCode code = near ? (inText ? ReasonCode.NEAR_IN_TEXT : ReasonCode.PARTNER_NEAR)
                    : inText ? ReasonCode.NAMED_IN_TEXT : ReasonCode.PARTNER_LISTED;
            ScoringRules.Rule rule = code == ReasonCode.PARTNER_LISTED ? kindRule : rules.rule(code);
            Localized text = fill(rule.reason(), "{list}", Localized.same(hit.list().name()));
            text = fill(text, "{kind}", lists.kindNames().get(hit.list().kind()));
            text = fill(text, "{name}", Localized.same(hit.entry().name()));
            text = fill(text, "{matched}", Localized.same(near || inText ? hit.text() : hit.matched()));
            if (inText) {
                text = fill(text, "{field}", lists.fieldNames().get(hit.field().id()));
            }
            reasons.add(new Reason(near ? ReasonCode.PARTNER_NEAR.id() : ReasonCode.PARTNER_LISTED.id(),
                    near ? rule.points() : kindRule.points(), text));
            if (!near) {
                minimums.add(tableMatched ? lists.minimumWithTopic() : lists.minimum());
            }
        }
    }

    /**
     * One reason per matched area: an EU priority area, another EU area, or a possible dual-use category.
     * When the subject is in the brochure's table already, they are notes without points (the same subject
     * is not counted twice); a rule's minimum verdict applies either way.
     */
    private void addTaxonomyReasons(List<TaxonomyMatch> matches, boolean tableMatched, List<Reason> reasons,
                                    List<Verdict> minimums) {
        Set<String> seen = new HashSet<>();
        for (TaxonomyMatch match : matches) {
            Taxonomy.Area area = match.area();
            if (!seen.add(area.id())) {
                continue;
            }
            ReasonCode code = taxonomyCode(match);
            Reason reason = reason(code, "{area}", List.of(area));
            reasons.add(tableMatched ? new Reason(reason.code(), 0, reason.text()) : reason);
            addMinimum(rules.rule(code).minimum(), minimums);
        }
    }

    /**
     * One reason per signal found, naming the words that raised it, with that signal's weight; a signal may
     * raise the verdict of a subject in the table to a minimum (knowledge transfer of a table technology).
     */
    private void addSignalReasons(List<SignalMatch> matches, boolean tableMatched, List<Reason> reasons,
                                  List<Verdict> minimums) {
        Map<String, Set<String>> wordsBySignal = new LinkedHashMap<>();
        Map<String, Signal> signals = new LinkedHashMap<>();
        for (SignalMatch match : matches) {
            Set<String> words = wordsBySignal.get(match.signal().id());
            if (words == null) {
                words = new LinkedHashSet<>();
                wordsBySignal.put(match.signal().id(), words);
                signals.put(match.signal().id(), match.signal());
            }
            words.add(match.matchedText());
        }
        for (Signal signal : signals.values()) {
            ScoringRules.SignalWeight weight = rules.signals().get(signal.id());
            StringJoiner words = new StringJoiner(", ");
            for (String word : wordsBySignal.get(signal.id())) {
                words.add("'" + word + "'");
            }
            reasons.add(new Reason(ReasonCode.SIGNAL.id(), weight.points(),
                    fill(signal.reason(), "{terms}", Localized.same(words.toString()))));
            if (tableMatched) {
                addMinimum(weight.minimumWithTopic(), minimums);
            }
        }
    }

    private static ReasonCode taxonomyCode(TaxonomyMatch match) {
        boolean dualUse = match.taxonomy().id().equals(Taxonomy.DUAL_USE);
        if (dualUse && match.area().number().isEmpty()) {
            // Not one of the Annex's categories: the text named dual-use or military use itself.
            return ReasonCode.DUAL_USE_NAMED;
        }
        if (dualUse) {
            return ReasonCode.DUAL_USE;
        }
        return match.area().priority() ? ReasonCode.EU_PRIORITY_AREA : ReasonCode.EU_AREA;
    }

    private static void addMinimum(Optional<Verdict> minimum, List<Verdict> minimums) {
        if (minimum.isPresent()) {
            minimums.add(minimum.get());
        }
    }

    /** A reason of {@code code} for these entries, its text filled in with their names: once, then cached. */
    private Reason reason(ReasonCode code, String placeholder, List<? extends Named> entries) {
        ScoringRules.Rule rule = rules.rule(code);
        StringBuilder ids = new StringBuilder(code.id());
        for (Named entry : entries) {
            ids.append('|').append(entry.id());
        }
        String key = ids.toString();
        Localized text = filledReasons.get(key);
        if (text == null) {
            text = fill(rule.reason(), placeholder, joinNames(entries));
            filledReasons.putIfAbsent(key, text);
        }
        return new Reason(code.id(), rule.points(), text);
    }

    private static Localized joinNames(List<? extends Named> entries) {
        StringJoiner nl = new StringJoiner("; ");
        StringJoiner en = new StringJoiner("; ");
        for (Named entry : entries) {
            nl.add(entry.name().nl());
            en.add(entry.name().en());
        }
        return new Localized(nl.toString(), en.toString());
    }

    private static Localized fill(Localized template, String placeholder, Localized value) {
        return new Localized(template.nl().replace(placeholder, value.nl()),
                template.en().replace(placeholder, value.en()));
    }
}
