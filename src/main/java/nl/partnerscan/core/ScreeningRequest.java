package nl.partnerscan.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a user tells partnerscan about one partnership, and who is asking.
 *
 * @param topics      short subjects ("quantum", "waterstofelektrolysers")
 * @param description a longer free text, Dutch or English; may be empty
 * @param partner     the name or description of the Chinese party; may be empty
 * @param answers     answers by question id ({@code q4}, applying to each of its checks) or check id
 *                    ({@code q4.delegation-programme}); a check's own answer wins over its question's
 * @param taxonomies  the taxonomies to screen against by id ({@value #NCTV} for the brochure's table,
 *                    {@code eu-critical}, {@code dual-use}); empty for all
 * @param organisation the id of the kind of organisation that asks ({@code gemeente}, {@code kennisinstelling},
 *                    …), which decides the contacts that come first; empty when not said
 */
public record ScreeningRequest(List<String> topics, String description, String partner, Map<String, Answer> answers,
                               Set<String> taxonomies, String organisation) {
    /** The id of the brochure's table among the taxonomies. */
    public static final String NCTV = "nctv";

    public ScreeningRequest {
        topics = List.copyOf(topics);
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(partner, "partner");
        answers = Map.copyOf(new LinkedHashMap<>(answers));
        taxonomies = Set.copyOf(taxonomies);
        Objects.requireNonNull(organisation, "organisation");
    }

    /** A request against these taxonomies, with nobody said to be asking. */
    public ScreeningRequest(List<String> topics, String description, String partner, Map<String, Answer> answers,
                            Set<String> taxonomies) {
        this(topics, description, partner, answers, taxonomies, "");
    }

    /** A request against every taxonomy. */
    public ScreeningRequest(List<String> topics, String description, String partner, Map<String, Answer> answers) {
        this(topics, description, partner, answers, Set.of());
    }

    /** The same request against these taxonomies only (all when empty). */
    public ScreeningRequest withTaxonomies(Set<String> ids) {
        return ids.equals(taxonomies) ? this
                : new ScreeningRequest(topics, description, partner, answers, ids, organisation);
    }

    /** The same request with these answers instead. */
    public ScreeningRequest withAnswers(Map<String, Answer> given) {
        return new ScreeningRequest(topics, description, partner, given, taxonomies, organisation);
    }

    /** The same request asked by this kind of organisation (its id; empty when not said). */
    public ScreeningRequest withOrganisation(String id) {
        return new ScreeningRequest(topics, description, partner, answers, taxonomies, id);
    }

    /** Whether the taxonomy with this id is screened against. */
    public boolean includes(String taxonomy) {
        return taxonomies.isEmpty() || taxonomies.contains(taxonomy);
    }

    /** A request about topics only, with no description, partner or answers. */
    public static ScreeningRequest ofTopics(String... topics) {
        return new ScreeningRequest(List.of(topics), "", "", Map.of());
    }

    /** Whether there is any subject text to screen. */
    public boolean hasSubject() {
        for (String topic : topics) { // a loop: a batch asks this a few times a row
            if (!topic.isBlank()) {
                return true;
            }
        }
        return !description.isBlank();
    }
}
