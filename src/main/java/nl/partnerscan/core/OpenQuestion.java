package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;

/** A question of the brochure with the checks that have not been answered yet. */
public record OpenQuestion(Question question, List<Check> openChecks) {
    public OpenQuestion {
        Objects.requireNonNull(question, "question");
        openChecks = List.copyOf(openChecks);
    }
}
