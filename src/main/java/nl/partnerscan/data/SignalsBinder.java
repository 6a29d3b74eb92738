package nl.partnerscan.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.partnerscan.core.Check;
import nl.partnerscan.core.Contact;
import nl.partnerscan.core.Question;
import nl.partnerscan.core.ScoringRules;
import nl.partnerscan.core.Signal;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code signals.yaml}: the brochure's risks besides its table, with the words that raise them, the questions
 * and checks they make urgent and the contacts they call for, each checked against questions.yaml and
 * contacts.yaml at its line.
 */
final class SignalsBinder {
    private SignalsBinder() {
    }

    static List<Signal> bind(YamlMap file, Sources sources, List<Question> questions, List<Contact> contacts,
                             ScoringRules scoring) {
        Set<String> questionIds = new HashSet<>();
        Set<String> checkIds = new HashSet<>();
        for (Question question : questions) {
            questionIds.add(question.id());
            question.checks().stream().map(Check::id).forEach(checkIds::add);
        }
        Set<String> contactIds = new HashSet<>();
        contacts.forEach(contact -> contactIds.add(contact.id()));
        Set<String> ids = new HashSet<>();
        List<Signal> signals = new ArrayList<>();
        for (Node node : file.list("signals")) {
            YamlMap map = file.child(node, "a signal");
            String id = Fields.uniqueId(map, ids, "signal");
            YamlMap signal = map.as("signal '" + id + "'");
            if (!scoring.signals().containsKey(id)) {
                throw signal.errorAt("id", "signal '" + id + "' has no weight in scoring.yaml; add it under signals");
            }
            String basedOnSource = signal.string("based_on_source");
            if (!sources.isKnown(basedOnSource)) {
                throw signal.errorAt("based_on_source", "unknown source '" + basedOnSource + "'");
            }
            List<String> exceptions = new ArrayList<>();
            signal.strings("exceptions").forEach(exception -> exceptions.add(exception.value().strip()));
            signals.add(new Signal(id, Fields.localized(signal, "name_nl", "name_en"), signal.string("based_on"),
                    basedOnSource, known(signal, "questions", questionIds, "question"),
                    known(signal, "checks", checkIds, "check"), known(signal, "contacts", contactIds, "contact"),
                    Fields.localized(signal, "reason_nl", "reason_en"), Fields.terms(signal), exceptions,
                    sources.known(signal)));
        }
        return signals;
    }

    private static List<String> known(YamlMap map, String key, Set<String> known, String what) {
        List<String> ids = new ArrayList<>();
        for (YamlMap.Located item : map.strings(key)) {
            if (!known.contains(item.value())) {
                throw map.errorAt(item, "unknown " + what + " '" + item.value() + "' in " + key);
            }
            ids.add(item.value());
        }
        return ids;
    }
}
