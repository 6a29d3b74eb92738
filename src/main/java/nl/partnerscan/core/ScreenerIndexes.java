package nl.partnerscan.core;

import nl.partnerscan.core.match.TermIndex;

/**
 * The indexes a {@link Screener} is made of, which are nearly all the time it takes to build one, in two
 * steps of about equal size that do not depend on each other, so that a caller with a thread to spare can
 * take them at once: on two cores a single {@code screen} then waits for the larger step instead of both.
 * Each step reads only the data and writes only its own indexes. The caller makes both steps' work
 * visible to the thread that makes the screener (by joining the threads, or through a {@code Future});
 * {@link Screener#Screener(ScreenerIndexes)} refuses indexes that are not all built.
 * {@link Screener#Screener(ReferenceData)} takes both steps itself, on the caller's thread.
 */
public final class ScreenerIndexes {
    private final ReferenceData data;
    private volatile TermIndex<TextFinder.TableEntry> table;
    private volatile TermIndex<TextFinder.AreaEntry> taxonomies;
    private volatile TermIndex<Signal> signals;
    private volatile PartnerFinder partners;

    /** Indexes of {@code data}, none built yet. */
    public ScreenerIndexes(ReferenceData data) {
        this.data = data;
    }

    /** The data the indexes are of. */
    public ReferenceData data() {
        return data;
    }

    /** Builds the index of the table's terms and generic heads, the largest one. */
    public void buildTable() {
        table = TextFinder.tableIndex(data);
    }

    /**
     * Builds the other indexes: the listed organisations' names and the partner indicators, the EU
     * taxonomies' terms, and those of the brochure's other risks.
     */
    public void buildOthers() {
        partners = new PartnerFinder(data);
        taxonomies = TextFinder.taxonomyIndex(data);
        signals = TextFinder.signalIndex(data);
    }

    TextFinder textFinder() {
        return new TextFinder(built(table), built(taxonomies), built(signals));
    }

    PartnerFinder partnerFinder() {
        return built(partners);
    }

    private static <T> T built(T index) {
        if (index == null) {
            throw new IllegalStateException("a screener needs all its indexes built: buildTable and buildOthers");
        }
        return index;
    }
}
