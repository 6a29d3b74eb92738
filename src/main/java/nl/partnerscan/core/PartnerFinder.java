package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.match.Hit;
import nl.partnerscan.core.match.NameIndex;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.core.match.TermIndex;
import nl.partnerscan.core.match.Words;

/**
 * Finds what the partner's name says (the words that describe it: a party or state body, the armed forces,
 * …) and the listed organisations named in the partner field, the topics and the description. Built once
 * per data set; thread-safe.
 */
final class PartnerFinder {
    /** An organisation on one list. */
    private record ListEntry(DesignationList list, ListedOrganisation organisation) {
    }

    /**
     * A text to look for names in, and which field it is; {@code names} the names found in a topic or
     * description already ({@link #namesIn(String, Words)}), null for the partner field, whose names are
     * found here.
     */
    record Text(String text, PartnerHit.Field field, Names names) {
    }

    /** The listed names found in a topic or description, for {@link #listHits}. */
    static final class Names {
        private final List<NameIndex.NameHit<ListEntry>> hits;

        private Names(List<NameIndex.NameHit<ListEntry>> hits) {
            this.hits = List.copyOf(hits);
        }
    }

    private final TermIndex<ScoringRules.PartnerIndicator> indicatorIndex;
    private final NameIndex<ListEntry> listIndex;
    /** The digest of the data the names were read from: the key of the names' snapshot. */
    private final String dataDigest;
    /** The listed names in each partner field, kept for later rows: a batch names the same few partners over and over. */
    private final KeptFindings<List<NameIndex.NameHit<ListEntry>>> partnerNames =
            new KeptFindings<>(this::partnerNames);
    /** The place of each listed organisation in the data (lists in order, then entries), by identity. */
    private final Map<ListedOrganisation, Integer> listOrder = new IdentityHashMap<>();

    /**
     * A finder of {@code data}'s partner indicators and listed names, each index read from its snapshot
     * where that is this data's ({@link #indicatorSnapshot()}, {@link #namesSnapshot()}), else built.
     */
    PartnerFinder(ReferenceData data, byte[] indicatorSnapshot, byte[] namesSnapshot) {
        TermIndex.Builder<ScoringRules.PartnerIndicator> indicators = TermIndex.builder();
        for (ScoringRules.PartnerIndicator indicator : data.scoring().partnerIndicators()) {
            for (Term term : indicator.terms()) {
                indicators.add(term, indicator);
            }
        }
        this.indicatorIndex = indicators.build(indicatorSnapshot);
        NameIndex.Builder<ListEntry> names = NameIndex.builder(data.nameRules());
        int position = 0;
        for (DesignationList list : data.lists()) {
            for (ListedOrganisation organisation : list.entries()) {
                listOrder.put(organisation, position++);
                names.add(new ListEntry(list, organisation), organisation.country(), names(organisation));
            }
        }
        this.dataDigest = data.dataDigest();
        this.listIndex = names.build(namesSnapshot, dataDigest);
    }

    /** The index of the partner indicators, as bytes for the constructor. */
    byte[] indicatorSnapshot() {
        return indicatorIndex.snapshot();
    }

    /**
     * The index of the listed names, as bytes for the constructor; keyed by the data's digest, because the
     * names were read by the data's rules.
     */
    byte[] namesSnapshot() {
        return listIndex.snapshot(dataDigest);
    }

    /** Whether both indexes were read from snapshots rather than built. */
    boolean readFromSnapshots() {
        return indicatorIndex.readFromSnapshot() && listIndex.readFromSnapshot();
    }

    private static List<NameIndex.Name> names(ListedOrganisation organisation) {
        List<NameIndex.Name> names = new ArrayList<>(1 + organisation.aliases().size() + organisation.names().size());
        names.add(new NameIndex.Name(organisation.name(), NameIndex.Kind.OFFICIAL));
        for (String alias : organisation.aliases()) {
            names.add(new NameIndex.Name(alias, NameIndex.Kind.ALIAS));
        }
        for (ListedOrganisation.ScriptName name : organisation.names()) {
            names.add(new NameIndex.Name(name.text(), name.transliteration() ? NameIndex.Kind.TRANSLITERATION
                    : name.sharedWith().isPresent() ? NameIndex.Kind.SHARED : NameIndex.Kind.ALIAS));
        }
        return names;
    }

    /** The words of the partner's description that raise the risk, the first per indicator. */
    List<PartnerSignal> indicators(String partner) {
        Map<String, PartnerSignal> firstPerIndicator = new LinkedHashMap<>();
        for (Hit<ScoringRules.PartnerIndicator> hit : indicatorIndex.find(partner)) {
            firstPerIndicator.putIfAbsent(hit.entry().id(), new PartnerSignal(hit.matchedText(), hit.term(), hit.entry()));
        }
        return List.copyOf(firstPerIndicator.values());
    }

    /**
     * The listed organisations named in the texts, once each (the best hit; on a tie the first field), in
     * the order of the lists and their entries.
     */
    List<PartnerHit> listHits(List<Text> texts) {
        Map<ListedOrganisation, PartnerHit> best = new IdentityHashMap<>();
        for (Text text : texts) {
            if (text.text().isBlank()) {
                continue;
            }
            for (NameIndex.NameHit<ListEntry> hit : namesIn(text)) {
                PartnerHit.Match match = hit.near() ? PartnerHit.Match.NEAR
                        : hit.official() ? PartnerHit.Match.EXACT : PartnerHit.Match.ALIAS;
                PartnerHit found = new PartnerHit(hit.entry().list(), hit.entry().organisation(), hit.name(), hit.text(),
                        match, hit.similarity(), text.field(), hit.basis(), hit.detail());
                best.merge(found.entry(), found, (earlier, later) -> rank(later) > rank(earlier) ? later : earlier);
            }
        }
        List<PartnerHit> hits = new ArrayList<>(best.values());
        // In the order of the lists and of their entries, whichever way each name was found.
        hits.sort(Comparator.comparingInt(h -> listOrder.get(h.entry())));
        return hits;
    }

    /**
     * The listed names in one text: found in a topic or description already, or, for the partner field,
     * kept from an earlier row with the same partner (the near spellings cost the most) or found now.
     */
    private List<NameIndex.NameHit<ListEntry>> namesIn(Text text) {
        return text.names() != null ? text.names().hits : partnerNames.get(text.text());
    }

    /** The listed names in a partner field, read as a name rather than as running text. */
    private List<NameIndex.NameHit<ListEntry>> partnerNames(String partner) {
        return listIndex.find(partner, false);
    }

    /** The listed names in a topic or description ({@code text}, split into {@code words}). */
    Names namesIn(String text, Words words) {
        return new Names(text.isBlank() ? List.of() : listIndex.find(words, true));
    }

    private static double rank(PartnerHit hit) {
        return switch (hit.match()) {
            case EXACT -> 3;
            case ALIAS -> 2;
            case NEAR -> hit.similarity();
        };
    }
}
