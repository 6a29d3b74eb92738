package nl.partnerscan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.report.Messages;
import nl.partnerscan.report.TextBlock;

/**
 * Asks a person the checks of the brochure's questions that are still open, one at a time, with the
 * brochure's explanation: yes / no / unknown / not applicable (ja / nee / weet niet / n.v.t.), back one
 * step, or stop. Checks already answered (with --answer) are not asked again. For a decision record it then
 * asks the decision and its reasoning, as free text.
 */
final class Questionnaire {
    private enum Command {
        BACK,
        STOP
    }

    private final BufferedReader in;
    private final PrintWriter out;
    private final Messages messages;
    private final OptionalInt width;

    /** @param width the terminal's columns, to wrap the brochure's long explanations at */
    Questionnaire(BufferedReader in, PrintWriter out, Messages messages, OptionalInt width) {
        this.in = in;
        this.out = out;
        this.messages = messages;
        this.width = width;
    }

    /** The answers given before, with the answers to the open checks added, in the questions' order. */
    Map<String, Answer> ask(ReferenceData data, Map<String, Answer> given) {
        Language language = messages.language();
        List<Question> questions = data.questions();
        List<Check> open = new ArrayList<>();
        List<Question> ofCheck = new ArrayList<>();
        for (Question question : questions) {
            for (Check check : question.checks()) {
                if (!given.containsKey(check.id())) {
                    open.add(check);
                    ofCheck.add(question);
                }
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>(given);
        int i = 0;
        while (i < open.size()) {
            Check check = open.get(i);
            Question question = ofCheck.get(i);
            if (i == 0 || ofCheck.get(i - 1) != question) {
                out.println();
                out.print(new TextBlock(width).item(messages.format("interactive.question",
                        questions.indexOf(question) + 1, questions.size(), question.question().in(language)))
                        .paragraph("  " + question.explanation().in(language)));
            }
            out.print(new TextBlock(width).item("  " + check.id() + ": " + check.text().in(language)));
            Object reply = read();
            if (reply == Command.STOP) {
                out.println(messages.get("interactive.stopped"));
                break;
            }
            if (reply == Command.BACK) {
                if (i == 0) {
                    out.println(messages.get("interactive.first"));
                } else {
                    i--;
                    answers.remove(open.get(i).id());
                }
                continue;
            }
            answers.put(check.id(), (Answer) reply);
            i++;
        }
        out.println();
        out.flush();
        return answers;
    }

    /**
     * A line of free text after the prompt of {@code messageKey} (the decision for the record, its reasoning);
     * empty when the person leaves it empty or the input ends.
     */
    Optional<String> askText(String messageKey) {
        out.print(new TextBlock(width).item(messages.get(messageKey)).toString().stripTrailing() + " ");
        out.flush();
        try {
            String line = in.readLine();
            return line == null || line.isBlank() ? Optional.empty() : Optional.of(line.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the questions with a blank line, before the result. */
    void done() {
        out.println();
        out.flush();
    }

    /** An answer, BACK or STOP; asks again until the reply is one of those. End of input is STOP. */
    private Object read() {
        while (true) {
            out.print("  " + messages.get("interactive.prompt"));
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null) {
                return Command.STOP;
            }
            String word = line.strip().toLowerCase(Locale.ROOT);
            switch (word) {
                case "t", "terug", "b", "back" -> {
                    return Command.BACK;
                }
                case "s", "stop", "q", "quit" -> {
                    return Command.STOP;
                }
                case "w", "u" -> {
                    return Answer.UNKNOWN;
                }
                default -> {
                    var answer = Answer.parse(word);
                    if (answer.isPresent()) {
                        return answer.get();
                    }
                    out.println("  " + messages.get("interactive.again"));
                }
            }
        }
    }
}
