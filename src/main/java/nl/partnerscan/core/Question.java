package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;

/** One of the brochure's six screening questions, with its explanation and its checks. */
public record Question(String id, Localized question, Localized explanation, List<Check> checks, String source) {
    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(explanation, "explanation");
        checks = List.copyOf(checks);
        Objects.requireNonNull(source, "source");
    }

    /** The question's weight: the sum of its checks' weights. */
    public int weight() {
        return checks.stream().mapToInt(Check::weight).sum();
    }
}
