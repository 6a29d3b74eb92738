package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of screening one partnership.
 *
 * @param verdict        low, elevated or high
 * @param score          0 to 100; the sum of the reasons' points
 * @param verdictText    the verdict's label and advice
 * @param sectors        the matched sectors, in the table's order
 * @param technologies   the matched sub-technologies, in the table's order
 * @param matches        which words of the text matched which entry of the brochure's table
 * @param taxonomyMatches which words matched which area of the EU's critical technology areas or the
 *                       dual-use list
 * @param exportControl  on a possible dual-use hit: check export control before sharing technology
 * @param partnerSignals words in the partner's description that raised the risk
 * @param partnerHits    the partner's name found on designation lists, assessments or the user's lists
 * @param signals        the brochure's other risks found in the topic and description (knowledge transfer,
 *                       dependence, delegations, lobbying, espionage)
 * @param reasons        every point of the score, with why
 * @param answers        the answer taken for each check that has one, by check id, in the questions' order
 * @param openQuestions  the questions with checks still unanswered; never counted as a safe answer
 * @param urgentChecks   the ids of open checks that something found makes urgent, to be asked first; no
 *                       rule names such checks yet, so it is empty until one does
 * @param contact        whom to contact first: the first of {@code contacts}
 * @param caveats        the table's caveats
 * @param notice         a match is a reason to ask, not a conclusion
 * @param listNotice     a hit on a list is not a sanctions finding, and no hit is not a clearance
 * @param dataVersion    the version of the reference data used
 * @param organisation   who is asking, if said
 * @param contacts       whom to contact, first first: the organisation's desks (without one, the ICP), then
 *                       those that what was found calls for, each with why
 */
public record ScreeningResult(
        Verdict verdict,
        int score,
        ScoringRules.VerdictText verdictText,
        List<Sector> sectors,
        List<Technology> technologies,
        List<TopicMatch> matches,
        List<TaxonomyMatch> taxonomyMatches,
        Optional<Localized> exportControl,
        List<PartnerSignal> partnerSignals,
        List<PartnerHit> partnerHits,
        List<SignalMatch> signals,
        List<Reason> reasons,
        Map<String, Answer> answers,
        List<OpenQuestion> openQuestions,
        List<String> urgentChecks,
        Contact contact,
        List<Caveat> caveats,
        Localized notice,
        Localized listNotice,
        String dataVersion,
        Optional<Organisation> organisation,
        List<RoutedContact> contacts) {
    public ScreeningResult {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(verdictText, "verdictText");
        sectors = List.copyOf(sectors);
        technologies = List.copyOf(technologies);
        matches = List.copyOf(matches);
        taxonomyMatches = List.copyOf(taxonomyMatches);
        Objects.requireNonNull(exportControl, "exportControl");
        partnerSignals = List.copyOf(partnerSignals);
        partnerHits = List.copyOf(partnerHits);
        signals = List.copyOf(signals);
        reasons = List.copyOf(reasons);
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        openQuestions = List.copyOf(openQuestions);
        urgentChecks = List.copyOf(urgentChecks);
        Objects.requireNonNull(contact, "contact");
        caveats = List.copyOf(caveats);
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(listNotice, "listNotice");
        Objects.requireNonNull(dataVersion, "dataVersion");
        Objects.requireNonNull(organisation, "organisation");
        contacts = List.copyOf(contacts);
        // By id (unique among the contacts), not by the record's equals: a record's first equals is bootstrapped
        // through method handles, which costs a single screen more than the rest of the screening.
        if (contacts.isEmpty() || !contacts.get(0).contact().id().equals(contact.id())) {
            throw new IllegalArgumentException("the contact shown first must be the first of the contacts");
        }
    }

    /** The areas of one taxonomy that matched, each once, in the taxonomy's order. */
    public List<Taxonomy.Area> areasOf(String taxonomyId) {
        if (taxonomyMatches.isEmpty()) {
            return List.of(); // most results, and a batch asks twice a row
        }
        // Loops, not streams: run once per screen, where a lambda's first run costs more (README, performance).
        Set<String> ids = new HashSet<>();
        Taxonomy taxonomy = null;
        for (TaxonomyMatch match : taxonomyMatches) {
            if (match.taxonomy().id().equals(taxonomyId)) {
                ids.add(match.area().id());
                if (taxonomy == null) {
                    taxonomy = match.taxonomy();
                }
            }
        }
        if (taxonomy == null) {
            return List.of();
        }
        List<Taxonomy.Area> areas = new ArrayList<>();
        for (Taxonomy.Area area : taxonomy.allAreas()) {
            if (ids.contains(area.id())) {
                areas.add(area);
            }
        }
        return List.copyOf(areas);
    }
}
