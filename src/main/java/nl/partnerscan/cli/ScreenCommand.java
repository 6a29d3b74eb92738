package nl.partnerscan.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.io.json.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partnerscan screen}: screens one partnership and prints the verdict, its reasons and the contact. */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Screens one partnership: prints the verdict (low, elevated, high), the reasons for every point of"
                    + " the score, the sectors and technologies of the NCTV table it touches with the words that"
                    + " matched, the questions still to answer, and the contact (the ICP of RVO).",
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
            description = "Name or description of the Chinese party.")
    String partner = "";

    @Option(names = {"-a", "--answer"}, paramLabel = "ID=ANSWER",
            description = "Answer to a question (q1..q6, for all its checks) or a check (q4.delegation-programme):"
                    + " yes, no or unknown (ja, nee, weet-niet). Repeatable. See: partnerscan questions.")
    Map<String, String> answers = new LinkedHashMap<>();

    @Mixin
    TaxonomyOption taxonomy;

    @Mixin
    CommonOptions common;

    @Mixin
    FormatOption format;

    @Override
    public Integer call() {
        ScreeningRequest request = new ScreeningRequest(topics, description, partner, parseAnswers(), taxonomy.ids());
        if (!request.hasSubject()) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to screen: give --topic TEXT or --description TEXT");
        }
        Screener screener = common.screener();
        ScreeningResult result;
        try {
            result = screener.screen(request);
        } catch (IllegalArgumentException unknownQuestion) {
            throw new ParameterException(spec.commandLine(), "--answer: " + unknownQuestion.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            JsonOutput.writeResult(out, result, common.language());
        } else {
            out.print(new ResultText(Messages.of(common.language()), Style.detect()).render(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private Map<String, Answer> parseAnswers() {
        Map<String, Answer> parsed = new LinkedHashMap<>();
        answers.forEach((id, text) -> parsed.put(id.strip(), Answer.parse(text).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--answer " + id + "=" + text
                        + ": the answer must be yes, no or unknown (ja, nee, weet-niet)"))));
        return parsed;
    }
}
