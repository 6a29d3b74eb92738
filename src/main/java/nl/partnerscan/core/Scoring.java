package nl.partnerscan.core;

import java.util.List;

/**
 * The weighing of one screening: every reason with its points, the score they add up to (0 to 100), and
 * the verdict, which the rules may raise to a minimum whatever the points.
 */
public record Scoring(List<Reason> reasons, int score, Verdict verdict) {
    public Scoring {
        reasons = List.copyOf(reasons);
    }
}
