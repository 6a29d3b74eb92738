package nl.partnerscan.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.partnerscan.core.match.Term;

/**
 * A term of the reference data as the listings show it: its text, where it comes from, and whether it
 * matches only in its own case (written only when it does, as most terms do not).
 */
record TermJson(String text, String origin, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean caseSensitive) {
    static List<TermJson> of(List<Term> terms) {
        return terms.stream().map(t -> new TermJson(t.text(), origin(t), t.caseSensitive())).toList();
    }

    /** {@code quoted} for a term the source document uses, {@code added} for one partnerscan adds. */
    static String origin(Term term) {
        return term.origin() == Term.Origin.QUOTED ? "quoted" : "added";
    }
}
