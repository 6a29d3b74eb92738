package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.match.Hit;
import nl.partnerscan.core.match.NameIndex;
import nl.partnerscan.core.match.TermIndex;

/**
 * Finds what the partner's name says: the words that describe it (a party or state body, the armed forces,
 * …) and the lists it is on. Built once per data set; thread-safe.
 */
final class PartnerFinder {
    /** An organisation on one list. */
    private record ListEntry(DesignationList list, ListedOrganisation organisation) {
    }

    private final ReferenceData data;
    private final TermIndex<ScoringRules.PartnerIndicator> indicatorIndex;
    /** Built on first use: most screenings name no partner, and a single screen is a person waiting. */
    private volatile NameIndex<ListEntry> listIndex;
    /** The place of each listed organisation in the data (lists in order, then entries), by identity. */
    private final Map<ListedOrganisation, Integer> listOrder = new IdentityHashMap<>();

    PartnerFinder(ReferenceData data) {
        this.data = data;
        TermIndex.Builder<ScoringRules.PartnerIndicator> indicators = TermIndex.builder();
        for (ScoringRules.PartnerIndicator indicator : data.scoring().partnerIndicators()) {
            indicator.terms().forEach(term -> indicators.add(term, indicator));
        }
        this.indicatorIndex = indicators.build();
        int position = 0;
        for (DesignationList list : data.lists()) {
            for (ListedOrganisation organisation : list.entries()) {
                listOrder.put(organisation, position++);
            }
        }
    }

    /** The words of the partner's description that raise the risk, the first per indicator. */
    List<PartnerSignal> indicators(String partner) {
        Map<String, PartnerSignal> firstPerIndicator = new LinkedHashMap<>();
        for (Hit<ScoringRules.PartnerIndicator> hit : indicatorIndex.find(partner)) {
            firstPerIndicator.putIfAbsent(hit.entry().id(), new PartnerSignal(hit.matchedText(), hit.term(), hit.entry()));
        }
        return List.copyOf(firstPerIndicator.values());
    }

    /** The partner's name found on the lists, in the order of the lists and their entries. */
    List<PartnerHit> listHits(String partner) {
        if (partner.isBlank()) {
            return List.of();
        }
        List<PartnerHit> hits = new ArrayList<>();
        for (NameIndex.NameHit<ListEntry> hit : listIndex().find(partner)) {
            PartnerHit.Match match = hit.near() ? PartnerHit.Match.NEAR
                    : hit.official() ? PartnerHit.Match.EXACT : PartnerHit.Match.ALIAS;
            hits.add(new PartnerHit(hit.entry().list(), hit.entry().organisation(), hit.name(), hit.text(), match,
                    hit.similarity()));
        }
        // In the order of the lists and of their entries, whichever way each name was found.
        hits.sort(Comparator.comparingInt(h -> listOrder.get(h.entry())));
        return hits;
    }

    private NameIndex<ListEntry> listIndex() {
        NameIndex<ListEntry> index = listIndex;
        if (index == null) {
            synchronized (this) {
                index = listIndex;
                if (index == null) {
                    NameIndex.Builder<ListEntry> names = NameIndex.builder(data.nameRules());
                    for (DesignationList list : data.lists()) {
                        for (ListedOrganisation organisation : list.entries()) {
                            ListEntry entry = new ListEntry(list, organisation);
                            names.add(organisation.name(), true, entry);
                            organisation.aliases().forEach(alias -> names.add(alias, false, entry));
                        }
                    }
                    index = names.build();
                    listIndex = index;
                }
            }
        }
        return index;
    }
}
