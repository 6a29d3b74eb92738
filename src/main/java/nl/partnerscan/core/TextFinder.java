package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.match.Hit;
import nl.partnerscan.core.match.Term;
import nl.partnerscan.core.match.TermIndex;
import nl.partnerscan.core.match.Words;

/**
 * Finds in a topic or description what the reference data names: the table's sectors and technologies
 * (with the generic heads that need a qualifier), the EU taxonomies' areas, and the brochure's other risks.
 * Built once per data set; thread-safe.
 */
final class TextFinder {
    /** What a taxonomy term points to: an area, or an item of an area. */
    record AreaEntry(Taxonomy taxonomy, Taxonomy.Area area, Optional<Taxonomy.Item> item) {
    }

    /** What a table term points to: a sector, or a technology of a sector. */
    record TableEntry(Sector sector, Optional<Technology> technology) {
    }

    private final TermIndex<TableEntry> topicIndex;
    private final TermIndex<AreaEntry> taxonomyIndex;
    private final TermIndex<Signal> signalIndex;

    /** A finder of indexes built apart ({@link ScreenerIndexes}), each by its method below, from the same data. */
    TextFinder(TermIndex<TableEntry> topicIndex, TermIndex<AreaEntry> taxonomyIndex, TermIndex<Signal> signalIndex) {
        this.topicIndex = topicIndex;
        this.taxonomyIndex = taxonomyIndex;
        this.signalIndex = signalIndex;
    }

    /**
     * The index of the table's terms and generic heads: the largest of a screener's indexes. Read from
     * {@code snapshot} where that is this index's ({@link TermIndex.Builder#build(byte[])}), else built.
     */
    static TermIndex<TableEntry> tableIndex(ReferenceData data, byte[] snapshot) {
        TermIndex.Builder<TableEntry> topics = TermIndex.builder();
        // One entry object per sector or technology, for its terms and its qualified heads alike: the hit
        // policy tells entries apart by identity.
        Map<String, TableEntry> entries = new HashMap<>();
        for (Sector sector : data.sectors()) {
            TableEntry sectorEntry = new TableEntry(sector, Optional.empty());
            entries.put(sector.id(), sectorEntry);
            for (Term term : sector.terms()) {
                topics.add(term, sectorEntry);
            }
            for (Technology technology : sector.technologies()) {
                TableEntry technologyEntry = new TableEntry(sector, Optional.of(technology));
                entries.put(technology.id(), technologyEntry);
                for (Term term : technology.terms()) {
                    topics.add(term, technologyEntry);
                }
            }
        }
        for (QualifiedHead head : data.qualifiedHeads()) {
            String id = head.technology().isPresent() ? head.technology().get().id() : head.sector().id();
            topics.addQualified(head.heads(), head.qualifiers(), entries.get(id));
        }
        topics.qualifierLinks(data.qualifierLinks());
        exceptions(data, topics);
        return topics.build(snapshot);
    }

    /** The index of the EU taxonomies' terms, from {@code snapshot} as the table's. */
    static TermIndex<AreaEntry> taxonomyIndex(ReferenceData data, byte[] snapshot) {
        TermIndex.Builder<AreaEntry> areas = TermIndex.builder();
        for (Taxonomy taxonomy : data.taxonomies()) {
            for (Taxonomy.Area area : taxonomy.allAreas()) {
                AreaEntry areaEntry = new AreaEntry(taxonomy, area, Optional.empty());
                for (Term term : area.terms()) {
                    areas.add(term, areaEntry);
                }
                for (Taxonomy.Item item : area.items()) {
                    AreaEntry itemEntry = new AreaEntry(taxonomy, area, Optional.of(item));
                    for (Term term : item.terms()) {
                        areas.add(term, itemEntry);
                    }
                }
            }
        }
        exceptions(data, areas);
        return areas.build(snapshot);
    }

    /**
     * The data's words that contain a term but mean something else, and its settings that block terms.
     * Loops, here and in the other index steps, not lambdas: each lambda is linked on its first run, which
     * on a cold JVM costs more than the loop it stands for (README, performance).
     */
    private static void exceptions(ReferenceData data, TermIndex.Builder<?> index) {
        for (String exception : data.matchExceptions()) {
            index.except(exception);
        }
        for (MatchSetting setting : data.matchSettings()) {
            index.exceptInSetting(setting.words(), setting.blocks());
        }
    }

    /** The index of the terms of the brochure's other risks, from {@code snapshot} as the table's. */
    static TermIndex<Signal> signalIndex(ReferenceData data, byte[] snapshot) {
        TermIndex.Builder<Signal> signals = TermIndex.builder();
        for (Signal signal : data.signals()) {
            for (Term term : signal.terms()) {
                signals.add(term, signal);
            }
            for (String exception : signal.exceptions()) {
                signals.except(exception);
            }
        }
        return signals.build(snapshot);
    }

    /** The table's entries found in one text, by the term index's hit policy. */
    List<TopicMatch> topics(Words text) {
        List<TopicMatch> matches = new ArrayList<>();
        for (Hit<TableEntry> hit : topicIndex.find(text)) {
            matches.add(new TopicMatch(hit.matchedText(), hit.term(), hit.entry().sector(), hit.entry().technology()));
        }
        return matches;
    }

    /** The EU taxonomies' areas found in one text, of every taxonomy. */
    List<TaxonomyMatch> taxonomies(Words text) {
        List<TaxonomyMatch> matches = new ArrayList<>();
        for (Hit<AreaEntry> hit : taxonomyIndex.find(text)) {
            AreaEntry entry = hit.entry();
            matches.add(new TaxonomyMatch(hit.matchedText(), hit.term(), entry.taxonomy(), entry.area(), entry.item()));
        }
        return matches;
    }

    /** The brochure's other risks found in one text. */
    List<SignalMatch> signals(Words text) {
        List<SignalMatch> matches = new ArrayList<>();
        for (Hit<Signal> hit : signalIndex.find(text)) {
            matches.add(new SignalMatch(hit.matchedText(), hit.term(), hit.entry()));
        }
        return matches;
    }
}
