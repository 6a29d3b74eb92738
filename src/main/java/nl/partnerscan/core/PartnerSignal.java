package nl.partnerscan.core;

import java.util.Objects;
import nl.partnerscan.core.match.Term;

/** A word in the partner's description that points to a kind of partner that raises the risk. */
public record PartnerSignal(String matchedText, Term term, ScoringRules.PartnerIndicator indicator) {
    public PartnerSignal {
        Objects.requireNonNull(matchedText, "matchedText");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(indicator, "indicator");
    }
}
