package nl.partnerscan.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.partnerscan.io.InputException;
import nl.partnerscan.report.Messages;

/**
 * What each column of a batch header means. Columns are recognised by name, in any case, in Dutch or
 * English: {@code id}, {@code topic}/{@code onderwerp}, {@code description}/{@code omschrijving}, {@code
 * partner}, {@code organisation}/{@code organisatie} (who is asking), and one column per answer named by a
 * question id ({@code q4}) or check id ({@code q4.delegation-programme}). A column that is none of these by
 * name but has one of the screened role words among its words ("Onderwerp (kort)", "Chinese partner") takes
 * that role, when it is the only such column. A role can also be given a column by name (--topic-column and
 * the like). Every other column is passed through.
 */
final class Columns {
    /** The header names that give a role, by role. */
    private static final Map<ColumnRole, Set<String>> ROLES = new EnumMap<>(ColumnRole.class);
    /** The roles a header may take by containing one of their words: those that are screened. */
    private static final List<ColumnRole> BY_WORD = List.of(ColumnRole.TOPIC, ColumnRole.DESCRIPTION, ColumnRole.PARTNER);

    static {
        ROLES.put(ColumnRole.ID, Set.of("id"));
        ROLES.put(ColumnRole.TOPIC, Set.of("topic", "onderwerp"));
        ROLES.put(ColumnRole.DESCRIPTION, Set.of("description", "omschrijving", "beschrijving"));
        ROLES.put(ColumnRole.PARTNER, Set.of("partner"));
        ROLES.put(ColumnRole.ORGANISATION, Set.of("organisation", "organisatie", "organization"));
    }

    final List<String> names;
    final int id;
    final int topic;
    final int description;
    final int partner;
    final int organisation;
    /** Answer columns: column index to question or check id. */
    final Map<Integer, String> answers;

    private Columns(List<String> names, Map<ColumnRole, Integer> roles, Map<Integer, String> answers) {
        this.names = List.copyOf(names);
        this.id = roles.getOrDefault(ColumnRole.ID, -1);
        this.topic = roles.getOrDefault(ColumnRole.TOPIC, -1);
        this.description = roles.getOrDefault(ColumnRole.DESCRIPTION, -1);
        this.partner = roles.getOrDefault(ColumnRole.PARTNER, -1);
        this.organisation = roles.getOrDefault(ColumnRole.ORGANISATION, -1);
        this.answers = Map.copyOf(answers);
    }

    /**
     * Reads the header.
     *
     * @param where     the file and the header's line, for messages ("partnerships.csv:1")
     * @param answerIds the question and check ids of the reference data, in lower case
     * @param chosen    columns the user named for a role (--topic-column), by role
     * @throws InputException if no column gives the topic or description, a chosen column does not exist,
     *                        or two columns give one role
     * @param messages  the language of errors
     */
    static Columns of(String where, List<String> header, Set<String> answerIds, Map<ColumnRole, String> chosen,
                      Messages messages) {
        List<String> names = header.stream().map(String::strip).toList();
        Map<ColumnRole, Integer> roles = new EnumMap<>(ColumnRole.class);
        chosen.forEach((role, name) -> {
            int column = indexOf(names, name.strip());
            if (column < 0) {
                throw new InputException(messages.format("input.no_column", where, option(role), name,
                        String.join(", ", names)));
            }
            if (roles.containsValue(column)) {
                throw new InputException(messages.format("input.two_roles", where, names.get(column)));
            }
            roles.put(role, column);
        });
        Map<Integer, String> answers = new LinkedHashMap<>();
        Map<String, Integer> answerColumns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String key = names.get(i).toLowerCase(Locale.ROOT);
            if (answerIds.contains(key) && !roles.containsValue(i)) {
                if (answerColumns.putIfAbsent(key, i) != null) {
                    throw new InputException(messages.format("input.answer_twice", where, names.get(i)));
                }
                answers.put(i, key);
            }
        }
        for (ColumnRole role : ROLES.keySet()) {
            if (!chosen.containsKey(role)) {
                assign(where, role, names, roles, answers, false, messages);
            }
        }
        for (ColumnRole role : BY_WORD) {
            if (!roles.containsKey(role)) {
                assign(where, role, names, roles, answers, true, messages);
            }
        }
        if (!roles.containsKey(ColumnRole.TOPIC) && !roles.containsKey(ColumnRole.DESCRIPTION)) {
            throw new InputException(messages.format("input.no_subject", where, String.join(", ", names)));
        }
        return new Columns(names, roles, answers);
    }

    /**
     * Gives {@code role} the one free column named after it ({@code byWord}: with one of its words among the
     * header's words); two such columns are an error rather than a guess.
     */
    private static void assign(String where, ColumnRole role, List<String> names, Map<ColumnRole, Integer> roles,
                               Map<Integer, String> answers, boolean byWord, Messages messages) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!roles.containsValue(i) && !answers.containsKey(i) && matches(role, names.get(i), byWord)) {
                candidates.add(i);
            }
        }
        if (candidates.size() > 1) {
            throw new InputException(messages.format("input.candidates", where, candidates.stream()
                    .map(i -> "'" + names.get(i) + "'").collect(Collectors.joining(messages.get("row.and"))),
                    messages.get("role." + role.name().toLowerCase(Locale.ROOT)), option(role)));
        }
        if (candidates.size() == 1) {
            roles.put(role, candidates.get(0));
        }
    }

    private static boolean matches(ColumnRole role, String name, boolean byWord) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!byWord) {
            return ROLES.get(role).contains(lower);
        }
        return Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).anyMatch(ROLES.get(role)::contains);
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The option that names the column of {@code role}: --topic-column. */
    static String option(ColumnRole role) {
        return "--" + role.name().toLowerCase(Locale.ROOT) + "-column";
    }

    int size() {
        return names.size();
    }

    /** What each column is used for, in header order. */
    List<ColumnUse> uses() {
        List<ColumnUse> uses = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            ColumnRole role = i == id ? ColumnRole.ID : i == topic ? ColumnRole.TOPIC
                    : i == description ? ColumnRole.DESCRIPTION : i == partner ? ColumnRole.PARTNER
                    : i == organisation ? ColumnRole.ORGANISATION
                    : answers.containsKey(i) ? ColumnRole.ANSWER : ColumnRole.PASSED_THROUGH;
            uses.add(new ColumnUse(names.get(i), role, answers.getOrDefault(i, "")));
        }
        return uses;
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
