package nl.partnerscan.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Organisation;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.AtomicFile;
import nl.partnerscan.report.JsonOutput;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.ResultText;
import nl.partnerscan.report.Verbosity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerscan screen}: screens one partnership and prints the verdict, its reasons and the contact. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false)
final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--topic"}, paramLabel = "TEXT")
    List<String> topics = new ArrayList<>();

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT")
    String description = "";

    @Option(names = {"-p", "--partner"}, paramLabel = "NAME")
    String partner = "";

    @Option(names = {"-a", "--answer"}, paramLabel = "ID=ANSWER")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = {"--organisation", "--organization"}, paramLabel = "KIND")
    String organisation = "";

    @Option(names = {"-i", "--interactive"})
    boolean interactive;

    @Mixin
    RecordOptions record;

    @Option(names = "--brief")
    boolean brief;

    @Option(names = "--all-checks")
    boolean allChecks;

    @Option(names = {"-v", "--verbose"})
    boolean verbose;

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    private final InputStream stdin;
    private final BooleanSupplier interactiveTerminal;
    private final Supplier<ZonedDateTime> clock;

    ScreenCommand(InputStream stdin, BooleanSupplier interactiveTerminal,
                  Supplier<ZonedDateTime> clock) {
        this.stdin = stdin;
        this.interactiveTerminal = interactiveTerminal;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        ScreeningRequest request = new ScreeningRequest(topics, description, partner, parseAnswers(), taxonomy.ids(),
                organisation.strip().toLowerCase(Locale.ROOT));
        if (!request.hasSubject() && request.partner().isBlank()) {
            throw new ParameterException(spec.commandLine(), common.texts().get("error.nothing_to_screen"));
        }
        record.check();
        if (brief && (format.json() || verbose || allChecks)) {
            throw new ParameterException(spec.commandLine(), common.texts().format("error.brief_with",
                    format.json() ? "--format json" : verbose ? "--verbose" : "--all-checks"));
        }
        if (interactive && !interactiveTerminal.getAsBoolean()) {
            throw new ParameterException(spec.commandLine(), common.texts().get("error.not_a_terminal"));
        }
        OutputTargets.of(common).output(record.file, "--record").check();
        // Opened now, so that a record that cannot be written stops the run before any question is asked.
        try (AtomicFile recordFile = record.open()) {
            return screen(request, recordFile);
        }
    }

    private int screen(ScreeningRequest request, AtomicFile recordFile) {
        // Made before the screener is asked for: in a single screen the reference data is still being read
        // then, on another thread, and the result's texts load meanwhile instead of after it.
        ResultText text = format.json() ? null : new ResultText(Messages.of(common.language()), common.style(),
                common.terminal().textWidth(),
                verbose ? Verbosity.VERBOSE : allChecks ? Verbosity.ALL_CHECKS : Verbosity.NORMAL);
        Screener screener = common.screener();
        checkAnswerIds(screener.data(), request.answers().keySet());
        checkOrganisation(screener.data(), request.organisation());
        if (interactive) {
            Map<String, Answer> given;
            try {
                given = screener.resolveAnswers(request.answers());
            } catch (IllegalArgumentException unknownQuestion) {
                throw new ParameterException(spec.commandLine(), "--answer: " + unknownQuestion.getMessage());
            }
            Questionnaire questionnaire = new Questionnaire(new BufferedReader(new InputStreamReader(stdin,
                    StandardCharsets.UTF_8)), spec.commandLine().getOut(), Messages.of(common.language()),
                    common.terminal().textWidth());
            request = request.withAnswers(questionnaire.ask(screener.data(), given));
            record.askMissing(questionnaire);
        }
        ScreeningResult result = screener.screen(request);
        PrintWriter out = spec.commandLine().getOut();
        if (recordFile != null) {
            record.write(recordFile, request, result, screener.data(), clock.get(), Messages.of(common.language()),
                    spec.commandLine().getErr());
        }
        if (format.json()) {
            JsonOutput.writeResult(out, result, common.language());
        } else {
            out.print(brief ? text.brief(result) : text.render(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private Map<String, Answer> parseAnswers() {
        Map<String, Answer> parsed = new LinkedHashMap<>();
        answers.forEach((id, text) -> parsed.put(id.strip(), Answer.parse(text).orElseThrow(() ->
                new ParameterException(spec.commandLine(), common.texts().format("error.bad_answer", id, text)))));
        return parsed;
    }

    /** An organisation the routing does not know is a usage error in the run's language, naming those it knows. */
    private void checkOrganisation(ReferenceData data, String id) {
        if (!id.isEmpty() && data.routing().organisation(id).isEmpty()) {
            throw new ParameterException(spec.commandLine(), common.texts().format("error.unknown_organisation", id,
                    String.join(", ", data.routing().organisations().stream().map(Organisation::id).toList())));
        }
    }

    /** Every answered id names a question or a check: a usage error in the run's language, before screening. */
    private void checkAnswerIds(ReferenceData data, Set<String> ids) {
        Set<String> known = new LinkedHashSet<>();
        List<String> questions = new ArrayList<>();
        for (Question question : data.questions()) {
            questions.add(question.id());
            known.add(question.id());
            question.checks().forEach(check -> known.add(check.id()));
        }
        for (String id : ids) {
            if (!known.contains(id)) {
                String example = data.questions().get(0).checks().get(0).id();
                throw new ParameterException(spec.commandLine(), common.texts().format("error.unknown_answer", id,
                        String.join(", ", questions), example));
            }
        }
    }
}
