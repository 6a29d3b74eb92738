package nl.partnerscan.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Language;
import nl.partnerscan.core.OpenQuestion;
import nl.partnerscan.core.ScreeningResult;

/**
 * The questions still open, as text. The checks a finding makes urgent come first, always. With nothing
 * answered, every check of the six questions would bury the answer, so the questions stand with the
 * number of their checks and how to answer them; once answering has begun, or on request, every open
 * check is listed.
 */
record OpenQuestionsText(Messages messages, Style style) {
    private static final String QUESTION_INDENT = "  ";
    private static final String CHECK_INDENT = "      ";

    void append(TextBlock out, ScreeningResult result, boolean everyCheck) {
        out.heading(style.bold(messages.get("open")));
        if (result.openQuestions().isEmpty()) {
            out.paragraph(QUESTION_INDENT + messages.get("open.none"));
            return;
        }
        List<Check> urgent = urgentChecks(result);
        if (!urgent.isEmpty()) {
            out.item(QUESTION_INDENT + style.bold(messages.get("open.urgent")));
            urgent.forEach(check -> appendCheck(out, check));
        }
        Set<String> shown = Set.copyOf(result.urgentChecks());
        boolean summary = !everyCheck && result.answers().isEmpty();
        for (OpenQuestion open : result.openQuestions()) {
            String question = style.bold(open.question().id() + "  " + open.question().question().in(language()));
            if (summary) {
                int checks = open.openChecks().size();
                String count = checks == 1 ? messages.get("open.check") : messages.format("open.checks", checks);
                out.line(QUESTION_INDENT + question + "  " + style.dim(TextBlock.glued("(" + count + ")")),
                        CHECK_INDENT.length());
                continue;
            }
            List<Check> rest = open.openChecks().stream().filter(check -> !shown.contains(check.id())).toList();
            if (!rest.isEmpty()) {
                out.line(QUESTION_INDENT + question, CHECK_INDENT.length());
                rest.forEach(check -> appendCheck(out, check));
            }
        }
        out.paragraph(QUESTION_INDENT + style.dim(messages.get(summary ? "open.how" : "open.hint")));
    }

    private void appendCheck(TextBlock out, Check check) {
        out.line(CHECK_INDENT + check.id() + "  " + check.text().in(language()), CHECK_INDENT.length() + 2);
    }

    /** The urgent checks that are still open, in the order the result names them. */
    private static List<Check> urgentChecks(ScreeningResult result) {
        List<Check> urgent = new ArrayList<>();
        for (String id : result.urgentChecks()) {
            Check open = openCheck(result, id);
            if (open != null) {
                urgent.add(open);
            }
        }
        return urgent;
    }

    /** The open check {@code id}, or null if it is answered. A loop: see {@link FindingsText} on lambdas. */
    private static Check openCheck(ScreeningResult result, String id) {
        for (OpenQuestion open : result.openQuestions()) {
            for (Check check : open.openChecks()) {
                if (check.id().equals(id)) {
                    return check;
                }
            }
        }
        return null;
    }

    private Language language() {
        return messages.language();
    }
}
