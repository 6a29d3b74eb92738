package nl.partnerscan.core;

import java.util.List;

/**
 * What a screening found in a partnership's texts and partner name, before any weighing.
 *
 * @param tableScreened   whether the brochure's table was screened at all (the user may leave it out, or give
 *                        no topic or description)
 * @param subjectScreened whether a topic or description was given: without, only the partner is screened
 * @param matches         which words of the texts matched which entry of the table
 * @param sectors         the matched sectors, in the table's order
 * @param technologies    the matched sub-technologies, in the table's order
 * @param taxonomyMatches the matches in the EU's critical technology areas and the dual-use list
 * @param partnerSignals  words in the partner's description that raise the risk
 * @param partnerHits     listed organisations named in the partner field, topics or description, in the order of
 *                        the lists
 * @param signals         the brochure's other risks found in the topic and description, first match per signal
 * @param disguised       whether a text held characters that disguise words (look-alike letters, invisible
 *                        characters inside a word, a right-to-left override)
 */
public record Findings(boolean tableScreened, boolean subjectScreened, List<TopicMatch> matches, List<Sector> sectors,
                       List<Technology> technologies,
                       List<TaxonomyMatch> taxonomyMatches, List<PartnerSignal> partnerSignals,
                       List<PartnerHit> partnerHits, List<SignalMatch> signals, boolean disguised) {
    public Findings {
        matches = List.copyOf(matches);
        signals = List.copyOf(signals);
        sectors = List.copyOf(sectors);
        technologies = List.copyOf(technologies);
        taxonomyMatches = List.copyOf(taxonomyMatches);
        partnerSignals = List.copyOf(partnerSignals);
        partnerHits = List.copyOf(partnerHits);
    }

    /** Whether nothing at all was found: no entry, area, word, list hit or signal, and no disguise. */
    public boolean nothing() {
        return matches.isEmpty() && taxonomyMatches.isEmpty() && partnerSignals.isEmpty() && partnerHits.isEmpty()
                && signals.isEmpty() && !disguised;
    }

    /** Whether a category of the EU dual-use list matched, or the text named dual-use or military use. */
    public boolean dualUse() {
        for (TaxonomyMatch match : taxonomyMatches) {
            if (match.taxonomy().id().equals(Taxonomy.DUAL_USE)) {
                return true;
            }
        }
        return false;
    }
}
