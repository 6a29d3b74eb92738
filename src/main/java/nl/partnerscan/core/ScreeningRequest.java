package nl.partnerscan.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a user tells partnerscan about one partnership.
 *
 * @param topics      short subjects ("quantum", "waterstofelektrolysers")
 * @param description a longer free text, Dutch or English; may be empty
 * @param partner     the name or description of the Chinese party; may be empty
 * @param answers     answers by question id ({@code q4}, applying to each of its checks) or check id
 *                    ({@code q4.delegation-programme}); a check's own answer wins over its question's
 */
public record ScreeningRequest(List<String> topics, String description, String partner, Map<String, Answer> answers) {
    public ScreeningRequest {
        topics = List.copyOf(topics);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(partner, "partner");
        answers = Map.copyOf(new LinkedHashMap<>(answers));
    }

    /** A request about topics only, with no description, partner or answers. */
    public static ScreeningRequest ofTopics(String... topics) {
        return new ScreeningRequest(List.of(topics), "", "", Map.of());
    }

    /** Whether there is any subject text to screen. */
    public boolean hasSubject() {
        return topics.stream().anyMatch(t -> !t.isBlank()) || !description.isBlank();
    }
}
