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
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.partnerscan.core.Answer;
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
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Screens one partnership. Prints the answer first: the verdict (low, elevated, high) with its score,"
                    + " the advice and the contact (the ICP of RVO); then the reasons for every point of the score,"
                    + " the sectors and technologies of the NCTV table it touches with the words that matched, and"
                    + " the questions still to answer. On a terminal the text is wrapped to its width.",
            "Example: partnerscan screen --topic quantum --answer q4=no"})
final class ScreenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--topic"}, paramLabel = "TEXT",
            description = "Subject of the partnership, Dutch or English (repeatable): quantum, waterstofelektrolysers.")
    List<String> topics = new ArrayList<>();

    @Option(names = {"-d", "--description"}, paramLabel = "TEXT",
            description = "A longer description of the partnership.")
    String description = "";

    @Option(names = {"-p", "--partner"}, paramLabel = "NAME",
            description = "Name or description of the Chinese party. Alone (without --topic or --description) only"
                    + " the partner is screened, and the result says so.")
    String partner = "";

    @Option(names = {"-a", "--answer"}, paramLabel = "ID=ANSWER",
            description = "Answer to a question (q1..q6, for all its checks) or a check (q4.delegation-programme):"
                    + " yes, no, unknown or n/a (ja, nee, weet-niet, nvt: not applicable, which closes the check"
                    + " without counting). Repeatable. See: partnerscan questions.")
    Map<String, String> answers = new LinkedHashMap<>();

    @Option(names = {"--organisation", "--organization"}, paramLabel = "KIND",
            description = "Who is asking: gemeente, provincie, ontwikkelingsmaatschappij, kennisinstelling or bedrijf."
                    + " Decides which contacts come first (see: partnerscan contacts); what was found adds more.")
    String organisation = "";

    @Option(names = {"-i", "--interactive"},
            description = "Ask each open check of the six questions in turn (on a terminal), then print the result.")
    boolean interactive;

    @Mixin
    RecordOptions record;

    @Option(names = "--brief",
            description = "Print one line: the verdict with its score, the sectors and areas that matched, the"
                    + " partner's hits on lists, and the contact.")
    boolean brief;

    @Option(names = "--all-checks",
            description = "List every open check. Without it, when nothing is answered, each of the six questions"
                    + " shows how many checks it has.")
    boolean allChecks;

    @Option(names = {"-v", "--verbose"},
            description = "Show everything: every open check, the contact in full and every caveat.")
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
            throw new ParameterException(spec.commandLine(),
                    "nothing to screen: give --topic TEXT, --description TEXT or --partner NAME");
        }
        record.check();
        if (brief && (format.json() || verbose || allChecks)) {
            throw new ParameterException(spec.commandLine(), "--brief prints one line of text; leave out "
                    + (format.json() ? "--format json" : verbose ? "--verbose" : "--all-checks"));
        }
        if (interactive && !interactiveTerminal.getAsBoolean()) {
            throw new ParameterException(spec.commandLine(), "--interactive asks questions on a terminal, and standard"
                    + " input is not one; give the answers with --answer ID=yes|no|unknown instead");
        }
        OutputTargets.of(common).output(record.file, "--record").check();
        // Opened now, so that a record that cannot be written stops the run before any question is asked.
        try (AtomicFile recordFile = record.open()) {
            return screen(request, recordFile);
        }
    }

    private int screen(ScreeningRequest request, AtomicFile recordFile) {
        Screener screener = common.screener();
        try {
            screener.organisation(request.organisation());
        } catch (IllegalArgumentException unknown) {
            throw new ParameterException(spec.commandLine(), "--organisation: " + unknown.getMessage());
        }
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
        ScreeningResult result;
        try {
            result = screener.screen(request);
        } catch (IllegalArgumentException unknownQuestion) {
            throw new ParameterException(spec.commandLine(), "--answer: " + unknownQuestion.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (recordFile != null) {
            record.write(recordFile, request, result, screener.data(), clock.get(), Messages.of(common.language()),
                    spec.commandLine().getErr());
        }
        if (format.json()) {
            JsonOutput.writeResult(out, result, common.language());
        } else {
            ResultText text = new ResultText(Messages.of(common.language()), common.style(),
                    common.terminal().textWidth(),
                    verbose ? Verbosity.VERBOSE : allChecks ? Verbosity.ALL_CHECKS : Verbosity.NORMAL);
            out.print(brief ? text.brief(result) : text.render(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private Map<String, Answer> parseAnswers() {
        Map<String, Answer> parsed = new LinkedHashMap<>();
        answers.forEach((id, text) -> parsed.put(id.strip(), Answer.parse(text).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--answer " + id + "=" + text
                        + ": the answer must be yes, no, unknown or n/a (ja, nee, weet-niet, nvt)"))));
        return parsed;
    }
}
