package nl.partnerscan.core;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A concrete check under one of the brochure's six questions, answered yes, no, unknown or not applicable.
 * Phrased so that "yes" is the careful answer; not applicable never raises the risk.
 *
 * @param basedOn the brochure sentence that an adapted check rephrases; empty for a verbatim check
 * @param riskIf  the answers that raise the risk; never {@link Answer#NOT_APPLICABLE}
 * @param weight  the points each risk-raising answer adds to the score
 */
public record Check(
        String id,
        Localized text,
        Wording wording,
        Optional<String> basedOn,
        Set<Answer> riskIf,
        int weight,
        String source) {
    /** Whether the Dutch text of a check is the brochure's sentence or partnerscan's rephrasing of one. */
    public enum Wording {
        VERBATIM,
        ADAPTED
    }

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(wording, "wording");
        Objects.requireNonNull(basedOn, "basedOn");
        riskIf = Set.copyOf(riskIf);
        if (riskIf.contains(Answer.NOT_APPLICABLE)) {
            throw new IllegalArgumentException("'not applicable' closes a check without counting: it cannot raise the risk");
        }
        if (weight < 0) {
            throw new IllegalArgumentException("weight must not be negative: " + weight);
        }
        Objects.requireNonNull(source, "source");
    }

    /** Whether the given answer to this check raises the risk. */
    public boolean raisesRisk(Answer answer) {
        return riskIf.contains(answer);
    }
}
