package nl.partnerscan.core;

import nl.partnerscan.core.match.Term;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weights, thresholds and texts that turn a screening's findings into a score and a verdict.
 *
 * @param elevatedThreshold  the lowest score that is {@link Verdict#ELEVATED}
 * @param highThreshold      the lowest score that is {@link Verdict#HIGH}
 * @param tableMatch         points when the subject is in the table (the first matched sector)
 * @param tableMatchMinimum  the verdict a table match has at least, whatever the points (the brochure's rule)
 * @param additionalSector   points for each further matched sector
 * @param technologyMatch    points, once, when a specific sub-technology is named
 * @param topsector          points, once, when a matched sector is a Dutch top sector
 * @param keyTechnology      points, once, when a matched sector is a Dutch key technology
 * @param flagNotStated      the note (usually 0 points) for a matched sector whose flags the table leaves blank
 * @param noMatch            the note for a subject that is not in the table
 * @param riskyAnswer        the reason text for an answer that raises the risk (points come from the check)
 * @param cap                the reason text when the points add up to more than 100
 * @param partnerIndicators  words in the partner's description that add points
 * @param partnerLists       how a partner found on a designation list weighs
 * @param taxonomies         how hits of the EU's critical technology areas and the dual-use list weigh
 * @param verdicts           label and advice for each verdict
 * @param notice             shown with every result: a match is a reason to ask, not a conclusion
 */
public record ScoringRules(
        int elevatedThreshold,
        int highThreshold,
        Rule tableMatch,
        Verdict tableMatchMinimum,
        Rule additionalSector,
        Rule technologyMatch,
        Rule topsector,
        Rule keyTechnology,
        Rule flagNotStated,
        Rule noMatch,
        Rule riskyAnswer,
        Rule cap,
        List<PartnerIndicator> partnerIndicators,
        PartnerListRules partnerLists,
        TaxonomyRules taxonomies,
        Map<Verdict, VerdictText> verdicts,
        Localized notice) {

    /** The highest score. */
    public static final int MAX_SCORE = 100;

    /**
     * Points and the reason that explains them. The reason may hold placeholders ({@code {sector}},
     * {@code {technology}}, {@code {check}}, {@code {answer}}, {@code {term}}) filled in per reason.
     */
    public record Rule(int points, Localized reason, String source) {
        public Rule {
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
     * How a partner found on a list weighs: points per kind of list for an exact or alias hit, points for
     * a near one, the verdict a listed partner has at least (alone, and with a topic from the table), how
     * each kind of list is named, and the notice shown with every hit. Reasons may use {list}, {kind},
     * {name} and {matched}.
     */
    public record PartnerListRules(Map<DesignationList.Kind, Rule> hit, Rule near, Verdict minimum,
                                   Verdict minimumWithTopic, Map<DesignationList.Kind, Localized> kindNames,
                                   Localized notice) {
        public PartnerListRules {
            hit = Map.copyOf(hit);
            kindNames = Map.copyOf(kindNames);
            for (DesignationList.Kind kind : DesignationList.Kind.values()) {
                if (!hit.containsKey(kind) || !kindNames.containsKey(kind)) {
                    throw new IllegalArgumentException("no rule or name for list kind " + kind.id());
                }
            }
            Objects.requireNonNull(near, "near");
            Objects.requireNonNull(minimum, "minimum");
            Objects.requireNonNull(minimumWithTopic, "minimumWithTopic");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /**
     * How hits beyond the brochure's table weigh: an EU priority area (1 to 4) with its minimum verdict,
     * another EU area, a possible dual-use category, and the export-control line shown with a dual-use
     * hit. Reasons may use {area}.
     */
    public record TaxonomyRules(Rule priorityArea, Verdict priorityMinimum, Rule otherArea, Rule dualUse,
                                Rule dualUseNamed, Localized exportControl) {
        public TaxonomyRules {
            Objects.requireNonNull(priorityArea, "priorityArea");
            Objects.requireNonNull(priorityMinimum, "priorityMinimum");
            Objects.requireNonNull(otherArea, "otherArea");
            Objects.requireNonNull(dualUse, "dualUse");
            Objects.requireNonNull(dualUseNamed, "dualUseNamed");
            Objects.requireNonNull(exportControl, "exportControl");
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
        Objects.requireNonNull(tableMatch, "tableMatch");
        Objects.requireNonNull(tableMatchMinimum, "tableMatchMinimum");
        Objects.requireNonNull(additionalSector, "additionalSector");
        Objects.requireNonNull(technologyMatch, "technologyMatch");
        Objects.requireNonNull(topsector, "topsector");
        Objects.requireNonNull(keyTechnology, "keyTechnology");
        Objects.requireNonNull(flagNotStated, "flagNotStated");
        Objects.requireNonNull(noMatch, "noMatch");
        Objects.requireNonNull(riskyAnswer, "riskyAnswer");
        Objects.requireNonNull(cap, "cap");
        partnerIndicators = List.copyOf(partnerIndicators);
        Objects.requireNonNull(partnerLists, "partnerLists");
        Objects.requireNonNull(taxonomies, "taxonomies");
        verdicts = Map.copyOf(verdicts);
        for (Verdict verdict : Verdict.values()) {
            if (!verdicts.containsKey(verdict)) {
                throw new IllegalArgumentException("no text for verdict " + verdict.id());
            }
        }
        Objects.requireNonNull(notice, "notice");
    }

    /** The verdict for a score, before any minimum applies. */
    public Verdict verdictFor(int score) {
        if (score >= highThreshold) {
            return Verdict.HIGH;
        }
        return score >= elevatedThreshold ? Verdict.ELEVATED : Verdict.LOW;
    }
}
