package nl.partnerscan.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.match.Hit;
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
            sector.terms().forEach(term -> topics.add(term, sectorEntry));
            for (Technology technology : sector.technologies()) {
                TableEntry technologyEntry = new TableEntry(sector, Optional.of(technology));
                entries.put(technology.id(), technologyEntry);
                technology.terms().forEach(term -> topics.add(term, technologyEntry));
            }
        }
        for (QualifiedHead head : data.qualifiedHeads()) {
            String id = head.technology().map(Technology::id).orElse(head.sector().id());
            topics.addQualified(head.heads(), head.qualifiers(), entries.get(id));
        }
        topics.qualifierLinks(data.qualifierLinks());
        data.matchExceptions().forEach(topics::except);
        data.matchSettings().forEach(setting -> topics.exceptInSetting(setting.words(), setting.blocks()));
        return topics.build(snapshot);
    }

    /** The index of the EU taxonomies' terms, from {@code snapshot} as the table's. */
    static TermIndex<AreaEntry> taxonomyIndex(ReferenceData data, byte[] snapshot) {
        TermIndex.Builder<AreaEntry> areas = TermIndex.builder();
        for (Taxonomy taxonomy : data.taxonomies()) {
            for (Taxonomy.Area area : taxonomy.allAreas()) {
                AreaEntry areaEntry = new AreaEntry(taxonomy, area, Optional.empty());
                area.terms().forEach(term -> areas.add(term, areaEntry));
                for (Taxonomy.Item item : area.items()) {
                    AreaEntry itemEntry = new AreaEntry(taxonomy, area, Optional.of(item));
                    item.terms().forEach(term -> areas.add(term, itemEntry));
                }
            }
        }
        data.matchExceptions().forEach(areas::except);
        data.matchSettings().forEach(setting -> areas.exceptInSetting(setting.words(), setting.blocks()));
        return areas.build(snapshot);
    }

    /** The index of the terms of the brochure's other risks, from {@code snapshot} as the table's. */
    static TermIndex<Signal> signalIndex(ReferenceData data, byte[] snapshot) {
        TermIndex.Builder<Signal> signals = TermIndex.builder();
        for (Signal signal : data.signals()) {
            signal.terms().forEach(term -> signals.add(term, signal));
            signal.exceptions().forEach(signals::except);
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
