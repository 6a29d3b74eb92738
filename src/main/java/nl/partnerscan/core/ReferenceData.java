package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.partnerscan.core.match.Disguises;
import nl.partnerscan.core.match.NameRules;

/**
 * Everything partnerscan screens against: the brochure's table with its caveats, the words that contain
 * a table term but never match it ({@code matchExceptions}) and the settings of play or art in which a bare
 * term names no technology ({@code matchSettings}), the EU's critical technology areas and
 * dual-use categories ({@code taxonomies}), the six questions, the contacts, the lists
 * a partner is checked against with the rules for comparing names, the scoring rules, how a disguised text
 * is read ({@code disguises}), the generic heads that need a qualifier and the words after a head that a
 * qualifier may follow ({@code qualifierLinks}), the brochure's other risks
 * ({@code signals}), and which contacts come first for whom and for what was found ({@code routing}), with
 * the documents they cite; {@code dataDigest} identifies the exact files it was read from (for a decision
 * record). Immutable; the constructor checks
 * that ids are unique and that every {@code source} names a known document.
 */
public record ReferenceData(
        String dataVersion,
        String dataDigest,
        List<Source> sources,
        List<Caveat> caveats,
        List<Sector> sectors,
        List<String> matchExceptions,
        List<MatchSetting> matchSettings,
        List<Taxonomy> taxonomies,
        List<Question> questions,
        List<Contact> contacts,
        List<DesignationList> lists,
        NameRules nameRules,
        ScoringRules scoring,
        Disguises disguises,
        List<QualifiedHead> qualifiedHeads,
        List<String> qualifierLinks,
        List<Signal> signals,
        Routing routing) {

    public ReferenceData {
        Objects.requireNonNull(dataVersion, "dataVersion");
        Objects.requireNonNull(dataDigest, "dataDigest");
        sources = List.copyOf(sources);
        caveats = List.copyOf(caveats);
        sectors = List.copyOf(sectors);
        matchExceptions = List.copyOf(matchExceptions);
        matchSettings = List.copyOf(matchSettings);
        taxonomies = List.copyOf(taxonomies);
        questions = List.copyOf(questions);
        contacts = List.copyOf(contacts);
        lists = List.copyOf(lists);
        Objects.requireNonNull(nameRules, "nameRules");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(disguises, "disguises");
        qualifiedHeads = List.copyOf(qualifiedHeads);
        qualifierLinks = List.copyOf(qualifierLinks);
        signals = List.copyOf(signals);
        Objects.requireNonNull(routing, "routing");
        if (contacts.isEmpty()) {
            throw new IllegalArgumentException("at least one contact is needed: the first is shown with every result");
        }
        Set<String> sourceIds = new HashSet<>();
        // Loops, not lambdas: the stored data runs this check on every start, and on a cold JVM each lambda's
        // first run costs more than the loop (README, performance).
        for (Source source : sources) {
            requireUnique(sourceIds, source.id(), "source");
        }
        Set<String> entryIds = new HashSet<>();
        for (Sector sector : sectors) {
            requireUnique(entryIds, sector.id(), "sector or technology");
            requireKnownSource(sourceIds, sector.source(), sector.id());
            for (Technology technology : sector.technologies()) {
                requireUnique(entryIds, technology.id(), "sector or technology");
                requireKnownSource(sourceIds, technology.source(), technology.id());
            }
        }
        Set<String> questionIds = new HashSet<>();
        for (Question question : questions) {
            requireUnique(questionIds, question.id(), "question or check");
            requireKnownSource(sourceIds, question.source(), question.id());
            for (Check check : question.checks()) {
                requireUnique(questionIds, check.id(), "question or check");
                requireKnownSource(sourceIds, check.source(), check.id());
            }
        }
        Set<String> contactIds = new HashSet<>();
        for (Contact contact : contacts) {
            requireUnique(contactIds, contact.id(), "contact");
            requireKnownSource(sourceIds, contact.source(), contact.id());
        }
        for (Caveat caveat : caveats) {
            requireKnownSource(sourceIds, caveat.source(), caveat.id());
        }
        for (Taxonomy taxonomy : taxonomies) {
            requireKnownSource(sourceIds, taxonomy.source(), taxonomy.id());
            for (Taxonomy.Area area : taxonomy.allAreas()) {
                requireUnique(entryIds, area.id(), "sector, technology, area or item");
                for (Taxonomy.Item item : area.items()) {
                    requireUnique(entryIds, item.id(), "sector, technology, area or item");
                }
            }
        }
        Set<String> organisationIds = new HashSet<>();
        for (Organisation organisation : routing.organisations()) {
            requireUnique(organisationIds, organisation.id(), "organisation");
            requireKnownSource(sourceIds, organisation.source(), organisation.id());
            for (String id : organisation.contacts()) {
                requireKnownContact(contactIds, id, organisation.id());
            }
        }
        for (Routing.FindingRoute route : routing.findings()) {
            requireKnownSource(sourceIds, route.source(), route.id());
            for (String id : route.contacts()) {
                requireKnownContact(contactIds, id, route.id());
            }
        }
        Set<String> listIds = new HashSet<>();
        for (DesignationList list : lists) {
            requireUnique(listIds, list.id(), "list");
        }
    }

    /** The same data with more lists (the user's own, added on the command line). */
    public ReferenceData withLists(List<DesignationList> more) {
        List<DesignationList> all = new ArrayList<>(lists);
        all.addAll(more);
        return new ReferenceData(dataVersion, dataDigest + "+" + more.size() + " own list(s)", sources, caveats,
                sectors, matchExceptions, matchSettings, taxonomies, questions, contacts, all, nameRules, scoring, disguises,
                qualifiedHeads, qualifierLinks, signals, routing);
    }

    private static void requireUnique(Set<String> seen, String id, String what) {
        if (!seen.add(id)) {
            throw new IllegalArgumentException("duplicate " + what + " id '" + id + "'");
        }
    }

    private static void requireKnownSource(Set<String> sourceIds, String source, String entry) {
        if (!sourceIds.contains(source)) {
            throw new IllegalArgumentException("entry '" + entry + "' cites unknown source '" + source + "'");
        }
    }

    private static void requireKnownContact(Set<String> contactIds, String contact, String entry) {
        if (!contactIds.contains(contact)) {
            throw new IllegalArgumentException("entry '" + entry + "' names unknown contact '" + contact + "'");
        }
    }

    /** The contact shown with every result (the first listed: the ICP in the shipped data). */
    public Contact primaryContact() {
        return contacts.get(0);
    }

    /** The sector with this id. */
    public Optional<Sector> sector(String id) {
        return sectors.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The source document with this id. */
    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
