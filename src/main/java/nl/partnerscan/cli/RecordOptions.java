package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.AtomicFile;
import nl.partnerscan.io.AtomicFiles;
import nl.partnerscan.io.Printable;
import nl.partnerscan.io.ProgramVersion;
import nl.partnerscan.report.DecisionRecord;
import nl.partnerscan.report.Document;
import nl.partnerscan.report.DocumentWriters;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.RecordDetails;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options of {@code screen} for a decision record: the file, what the person adds for the dossier
 * (assessor, case, decision and reasoning, next review), and {@code --force}. A record is evidence: an
 * existing one is never replaced without {@code --force}, and that is checked before any question is asked.
 */
final class RecordOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--record", paramLabel = "FILE.md|FILE.html")
    Path file;

    @Option(names = "--force")
    boolean force;

    @Option(names = "--assessor", paramLabel = "NAME")
    String assessor;

    @Option(names = "--case", paramLabel = "REFERENCE")
    String caseReference;

    @Option(names = "--decision", paramLabel = "TEXT")
    String decision;

    @Option(names = "--reasoning", paramLabel = "TEXT")
    String reasoning;

    @Option(names = "--next-review", paramLabel = "YYYY-MM-DD")
    String nextReview;

    /** Whether a record is to be written. */
    boolean wanted() {
        return file != null;
    }

    /**
     * Opens the record's file, so that one that cannot be written stops the run before any question is
     * asked; null when no record is wanted.
     */
    AtomicFile open() {
        return file == null ? null : AtomicFiles.open(file);
    }

    /**
     * Refuses a record that cannot be written as asked: a file of another kind, an existing file without
     * {@code --force}, a date that is not one, or record fields without a record.
     */
    void check() {
        if (file == null) {
            String given = assessor != null ? "--assessor" : caseReference != null ? "--case" : decision != null
                    ? "--decision" : reasoning != null ? "--reasoning" : nextReview != null ? "--next-review"
                    : force ? "--force" : null;
            if (given != null) {
                throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.record_only",
                        given));
            }
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".md") && !name.endsWith(".html")) {
            throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.record_kind",
                    file));
        }
        refuseExisting();
        reviewDate();
    }

    /** For a record, asks at the end of the questionnaire for the decision and its reasoning, where no option gave them. */
    void askMissing(Questionnaire questionnaire) {
        if (file == null || (decision != null && reasoning != null)) {
            return;
        }
        if (decision == null) {
            decision = questionnaire.askText("interactive.decision").orElse(null);
        }
        if (reasoning == null) {
            reasoning = questionnaire.askText("interactive.reasoning").orElse(null);
        }
        questionnaire.done();
    }

    /** Writes the record into {@code target} (from {@link #open()}), whole or not at all, and says where on {@code err}. */
    void write(AtomicFile target, ScreeningRequest request, ScreeningResult result, ReferenceData data,
               ZonedDateTime when, Messages messages, PrintWriter err) {
        refuseExisting();
        RecordDetails details = new RecordDetails(when, Optional.ofNullable(assessor), Optional.ofNullable(caseReference),
                Optional.ofNullable(decision), Optional.ofNullable(reasoning), reviewDate(), ProgramVersion.current());
        Document document = DecisionRecord.build(request, result, data, details, messages);
        boolean html = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
        AtomicFiles.write(target, html ? DocumentWriters.html(document, messages.language().code())
                : DocumentWriters.markdown(document));
        err.println(messages.format("record.written", Printable.of(file.toString())));
    }

    private void refuseExisting() {
        if (!force && Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.record_exists",
                    file));
        }
    }

    private Optional<LocalDate> reviewDate() {
        if (nextReview == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(nextReview.strip()));
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), CommonOptions.texts(spec).format("error.next_review",
                    nextReview));
        }
    }
}
