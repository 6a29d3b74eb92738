package nl.partnerscan.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.partnerscan.io.InputException;
import nl.partnerscan.report.Messages;

/**
 * What each column of a batch header means. Columns are recognised by name, in any case, in Dutch or
 * English: {@code id}, {@code topic}/{@code onderwerp}, {@code description}/{@code omschrijving},
 * {@code partner}, and one column per answer named by a question id ({@code q4}) or check id
 * ({@code q4.delegation-programme}). Every other column is passed through.
 */
final class Columns {
    /** The header names that give a role, by role. */
    private static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("id", Set.of("id"));
        ROLES.put("topic", Set.of("topic", "onderwerp"));
        ROLES.put("description", Set.of("description", "omschrijving", "beschrijving"));
        ROLES.put("partner", Set.of("partner"));
    }

    final List<String> names;
    final int id;
    final int topic;
    final int description;
    final int partner;
    /** Answer columns: column index to question or check id. */
    final Map<Integer, String> answers;

    private Columns(List<String> names, int id, int topic, int description, int partner, Map<Integer, String> answers) {
        this.names = List.copyOf(names);
        this.id = id;
        this.topic = topic;
        this.description = description;
        this.partner = partner;
        this.answers = Map.copyOf(answers);
    }

    /**
     * Reads the header.
     *
     * @param answerIds the question and check ids of the reference data, in lower case
     * @param messages  the language of errors
     * @throws InputException if no column gives the topic or description, or two columns give one role
     */
    static Columns of(String file, List<String> header, Set<String> answerIds, Messages messages) {
        Map<String, Integer> roleColumns = new LinkedHashMap<>();
        Map<Integer, String> answers = new LinkedHashMap<>();
        Map<String, Integer> answerColumns = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            names.add(name);
            String key = name.toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Set<String>> role : ROLES.entrySet()) {
                if (role.getValue().contains(key)) {
                    Integer earlier = roleColumns.putIfAbsent(role.getKey(), i);
                    if (earlier != null) {
                        throw new InputException(messages.format("input.same_role", file, header.get(earlier).strip(),
                                name, messages.get("role." + role.getKey())));
                    }
                }
            }
            if (answerIds.contains(key)) {
                Integer earlier = answerColumns.putIfAbsent(key, i);
                if (earlier != null) {
                    throw new InputException(messages.format("input.answer_twice", file, name));
                }
                answers.put(i, key);
            }
        }
        if (!roleColumns.containsKey("topic") && !roleColumns.containsKey("description")) {
            throw new InputException(messages.format("input.no_subject", file, String.join(", ", names)));
        }
        return new Columns(names, roleColumns.getOrDefault("id", -1), roleColumns.getOrDefault("topic", -1),
                roleColumns.getOrDefault("description", -1), roleColumns.getOrDefault("partner", -1), answers);
    }

    int size() {
        return names.size();
    }

    /**
     * The header names of the columns that say what to screen, for error messages: 'onderwerp' and
     * 'omschrijving', joined by {@code and} in the run's language.
     */
    String subjectNames(String and) {
        List<String> subject = new ArrayList<>();
        if (topic >= 0) {
            subject.add("'" + names.get(topic) + "'");
        }
        if (description >= 0) {
            subject.add("'" + names.get(description) + "'");
        }
        return String.join(and, subject);
    }
}
