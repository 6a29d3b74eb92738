package nl.partnerscan.core;

import java.util.List;
import java.util.Objects;
import nl.partnerscan.core.match.Term;

/**
 * One of the brochure's risks besides its technology table (knowledge transfer, dependence, delegations,
 * the lobby channel, espionage), recognised by words in a partnership's topic and description.
 *
 * @param basedOn       the brochure's sentence the signal stands for, verbatim
 * @param basedOnSource the source of that sentence
 * @param questions     the questions it makes urgent
 * @param checks        the checks it makes urgent, asked first among the open questions
 * @param contacts      the ids of the contacts it calls for
 * @param reason        what is shown when it is found; {@code {terms}} stands for the words found
 * @param terms         the words that raise it (partnerscan's own)
 * @param exceptions    words and phrases that contain a term but are harmless
 */
public record Signal(String id, Localized name, String basedOn, String basedOnSource, List<String> questions,
                     List<String> checks, List<String> contacts, Localized reason, List<Term> terms,
                     List<String> exceptions, String source) {
    public Signal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basedOn, "basedOn");
        questions = List.copyOf(questions);
        checks = List.copyOf(checks);
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(reason, "reason");
        terms = List.copyOf(terms);
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(source, "source");
    }
}
