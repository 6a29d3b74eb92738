package nl.partnerscan.report;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import nl.partnerscan.io.ProgramVersion;

/**
 * What a decision record holds besides the screening: when it was made and by which partnerscan, and what
 * the person who made it adds for the dossier. Whatever is not given is shown as not given, never guessed.
 *
 * @param when          when the screening was made
 * @param assessor      who made it
 * @param caseReference the dossier's case reference
 * @param decision      the decision taken ("aangaan onder voorwaarden")
 * @param reasoning     why
 * @param nextReview    when to screen again; empty for the period the scoring rules give the verdict
 * @param program       the partnerscan that made the record
 */
public record RecordDetails(ZonedDateTime when, Optional<String> assessor, Optional<String> caseReference,
                            Optional<String> decision, Optional<String> reasoning, Optional<LocalDate> nextReview,
                            ProgramVersion program) {
    public RecordDetails {
        Objects.requireNonNull(when, "when");
        assessor = blankAsEmpty(assessor);
        caseReference = blankAsEmpty(caseReference);
        decision = blankAsEmpty(decision);
        reasoning = blankAsEmpty(reasoning);
        Objects.requireNonNull(nextReview, "nextReview");
        Objects.requireNonNull(program, "program");
    }

    /** A record made now-ish by {@code program}, with nothing added by a person. */
    public static RecordDetails of(ZonedDateTime when, ProgramVersion program) {
        return new RecordDetails(when, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), program);
    }

    private static Optional<String> blankAsEmpty(Optional<String> value) {
        return value.map(String::strip).filter(v -> !v.isEmpty());
    }
}
