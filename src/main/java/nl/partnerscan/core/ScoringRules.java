package nl.partnerscan.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.core.match.Term;

/**
 * The weights, thresholds and texts that turn a screening's findings into a score and a verdict.
 *
 * @param elevatedThreshold the lowest score that is {@link Verdict#ELEVATED}
 * @param highThreshold     the lowest score that is {@link Verdict#HIGH}
 * @param rules             the rule of each reason code (all but {@link ReasonCode#PARTNER_INDICATOR} and
 *                          {@link ReasonCode#PARTNER_LISTED}, whose rules live with the indicators and lists)
 * @param partnerIndicators words in the partner's description that add points
 * @param partnerLists      how a partner found on a list weighs
 * @param signals           how each of the brochure's other risks weighs, by signal id
 * @param exportControl     shown with a possible dual-use hit: check export control before sharing technology
 * @param verdicts          label and advice for each verdict
 * @param notice            shown with every result: a match is a reason to ask, not a conclusion
 * @param reviewMonths      after how many months a decision record asks for the screening to be done again,
 *                          by verdict; a verdict without one gets no review date unless the user sets one
 */
public record ScoringRules(
        int elevatedThreshold,
        int highThreshold,
        Map<ReasonCode, Rule> rules,
        List<PartnerIndicator> partnerIndicators,
        PartnerListRules partnerLists,
        Map<String, SignalWeight> signals,
        Localized exportControl,
        Map<Verdict, VerdictText> verdicts,
        Localized notice,
        Map<Verdict, Integer> reviewMonths) {

    /** The highest score. */
    public static final int MAX_SCORE = 100;

    /**
     * Points, the verdict a finding of this kind has at least whatever the points (if any), and the reason
     * that explains them. The reason may hold placeholders ({@code {sector}}, {@code {technology}},
     * {@code {check}}, {@code {answer}}, {@code {term}}, {@code {area}}) filled in per reason.
     */
    public record Rule(int points, Optional<Verdict> minimum, Localized reason, String source) {
        public Rule {
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
        }
    }

    /** A kind of partner (a party or state body, the armed forces, …) recognised by words in its description. */
    public record PartnerIndicator(String id, Localized name, Rule rule, List<Term> terms) {
        public PartnerIndicator {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rule, "rule");
            terms = List.copyOf(terms);
        }
    }

    /**
     * How a partner found on a list weighs: points per kind of list for an exact or alias hit (a near one
     * is {@link ReasonCode#PARTNER_NEAR}), the verdict a listed partner has at least (alone, and with a topic from the table), how
     * each kind of list is named, and the notice shown with every hit. Reasons may use {list}, {kind},
     * {name} and {matched}.
     */
    public record PartnerListRules(Map<DesignationList.Kind, Rule> hit, Verdict minimum,
                                   Verdict minimumWithTopic, Map<DesignationList.Kind, Localized> kindNames,
                                   Map<String, Localized> fieldNames, int maxAgeMonths, Localized notice) {
        public PartnerListRules {
            hit = Map.copyOf(hit);
            kindNames = Map.copyOf(kindNames);
            fieldNames = Map.copyOf(fieldNames);
            if (maxAgeMonths < 1) {
                throw new IllegalArgumentException("max_age_months must be at least 1");
            }
            for (DesignationList.Kind kind : DesignationList.Kind.values()) {
                if (!hit.containsKey(kind) || !kindNames.containsKey(kind)) {
                    throw new IllegalArgumentException("no rule or name for list kind " + kind.id());
                }
            }
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(minimumWithTopic, "minimumWithTopic");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /**
     * How one of the brochure's other risks weighs: its points, and the verdict it brings at least when the
     * subject is in the table as well (knowledge transfer of a table technology is high).
     */
    public record SignalWeight(int points, Optional<Verdict> minimumWithTopic, String source) {
        public SignalWeight {
            Objects.requireNonNull(minimumWithTopic, "minimumWithTopic");
            Objects.requireNonNull(source, "source");
        }
    }

    /** How a verdict is named and what the user should do. */
    public record VerdictText(Localized label, Localized advice, String source) {
        public VerdictText {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(advice, "advice");
            Objects.requireNonNull(source, "source");
        }
    }

    public ScoringRules {
        if (elevatedThreshold <= 0 || highThreshold <= elevatedThreshold || highThreshold > MAX_SCORE) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < elevated < high <= " + MAX_SCORE
                    + ", got elevated " + elevatedThreshold + " and high " + highThreshold);
        }
        rules = Map.copyOf(rules);
        for (ReasonCode code : ReasonCode.values()) {
            if (!rules.containsKey(code) && code != ReasonCode.PARTNER_INDICATOR && code != ReasonCode.PARTNER_LISTED
                    && code != ReasonCode.SIGNAL) {
                throw new IllegalArgumentException("no rule for reason " + code.id());
            }
        }
        partnerIndicators = List.copyOf(partnerIndicators);
        Objects.requireNonNull(partnerLists, "partnerLists");
        Objects.requireNonNull(exportControl, "exportControl");
        signals = Map.copyOf(signals);
        verdicts = Map.copyOf(verdicts);
        for (Verdict verdict : Verdict.values()) {
            if (!verdicts.containsKey(verdict)) {
                throw new IllegalArgumentException("no text for verdict " + verdict.id());
            }
        }
        Objects.requireNonNull(notice, "notice");
        reviewMonths = Map.copyOf(reviewMonths);
    }

    /** Rules without review periods. */
    public ScoringRules(int elevatedThreshold, int highThreshold, Map<ReasonCode, Rule> rules,
                        List<PartnerIndicator> partnerIndicators, PartnerListRules partnerLists,
                        Map<String, SignalWeight> signals, Localized exportControl, Map<Verdict, VerdictText> verdicts,
                        Localized notice) {
        this(elevatedThreshold, highThreshold, rules, partnerIndicators, partnerLists, signals, exportControl, verdicts,
                notice, Map.of());
    }

    /** The rule of a reason code. */
    public Rule rule(ReasonCode code) {
        Rule rule = rules.get(code);
        if (rule == null) {
            throw new IllegalArgumentException("the rule of " + code.id() + " lives with the indicators or lists");
        }
        return rule;
    }

    /** The verdict for a score, before any minimum applies. */
    public Verdict verdictFor(int score) {
        if (score >= highThreshold) {
            return Verdict.HIGH;
        }
        return score >= elevatedThreshold ? Verdict.ELEVATED : Verdict.LOW;
    }
}
