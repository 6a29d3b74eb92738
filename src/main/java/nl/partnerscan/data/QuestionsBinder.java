package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.Answer;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ScoringRules;
import org.yaml.snakeyaml.nodes.Node;

/** {@code questions.yaml}: the brochure's six questions and the checks a user answers. */
final class QuestionsBinder {
    private final Sources sources;
    private final Set<String> ids = new HashSet<>();

    private QuestionsBinder(Sources sources) {
        this.sources = sources;
    }

    static List<Question> bind(YamlMap file, Sources sources) {
        QuestionsBinder binder = new QuestionsBinder(sources);
        List<Question> questions = new ArrayList<>();
        for (Node node : file.list("questions")) {
            questions.add(binder.question(file.child(node, "a question")));
        }
        return questions;
    }

    private Question question(YamlMap map) {
        String id = Fields.uniqueId(map, ids, "question or check");
        YamlMap question = map.as("question '" + id + "'");
        List<Check> checks = new ArrayList<>();
        for (Node node : question.list("checks")) {
            checks.add(check(question.child(node, "a check of question '" + id + "'")));
        }
        return new Question(id, Fields.localized(question, "question_nl", "question_en"),
                Fields.localized(question, "explanation_nl", "explanation_en"), checks, sources.known(question));
    }

    private Check check(YamlMap map) {
        String id = Fields.uniqueId(map, ids, "question or check");
        YamlMap check = map.as("check '" + id + "'");
        String wordingText = check.string("wording");
        Check.Wording wording = switch (wordingText) {
            case "verbatim" -> Check.Wording.VERBATIM;
            case "adapted" -> Check.Wording.ADAPTED;
            default -> throw check.errorAt("wording", "field 'wording' must be verbatim or adapted, found '"
                    + wordingText + "'");
        };
        Optional<String> basedOn = check.optionalString("based_on");
        if (wording == Check.Wording.ADAPTED && basedOn.isEmpty()) {
            throw check.errorAt("wording", "an adapted check needs 'based_on': the source sentence it rephrases");
        }
        Set<Answer> riskIf = EnumSet.noneOf(Answer.class);
        for (YamlMap.Located item : check.strings("risk_if")) {
            Answer answer = Answer.parse(item.value()).filter(a -> a != Answer.NOT_APPLICABLE)
                    .orElseThrow(() -> check.errorAt(item, "risk_if takes yes, no or unknown, found '" + item.value()
                            + "' ('not applicable' closes a check without counting)"));
            riskIf.add(answer);
        }
        int weight = check.integer("weight");
        if (weight < 0 || weight > ScoringRules.MAX_SCORE) {
            throw check.errorAt("weight", "weight must be between 0 and " + ScoringRules.MAX_SCORE + ", found " + weight);
        }
        return new Check(id, Fields.localized(check, "nl", "en"), wording, basedOn, riskIf, weight,
                sources.known(check));
    }
}
