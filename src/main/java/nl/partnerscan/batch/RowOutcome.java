package nl.partnerscan.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.partnerscan.core.ScreeningResult;
import nl.partnerscan.core.Sector;
import nl.partnerscan.core.Taxonomy;

/**
 * What {@code rescreen} compares of a row between two runs: its verdict ({@value #ERROR} when it could not be
 * screened), the sectors of the table, the EU areas and dual-use categories, and the partner's hits on lists
 * as {@code list:name (match)} ({@code list:name (match, field)} for a name found in the topic or
 * description), as the batch output writes them. A row whose id cell is empty has the empty id.
 *
 * @param line where the row starts in its input; 0 when the file it was read from does not say
 */
record RowOutcome(String id, long line, String verdict, Set<String> sectors, Set<String> areas,
                         Set<String> partnerHits) {
    /** The verdict of a row that could not be screened. */
    static final String ERROR = "error";

    public RowOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        sectors = sorted(sectors);
        areas = sorted(areas);
        partnerHits = sorted(partnerHits);
    }

    /** A row of this run: screened, or (when {@code result} is null) not. */
    static RowOutcome of(InputRow row, ScreeningResult result) {
        if (result == null) {
            return new RowOutcome(row.id().orElse(""), row.line(), ERROR, Set.of(), Set.of(), Set.of());
        }
        Set<String> areas = new TreeSet<>();
        for (String taxonomy : List.of(Taxonomy.EU_CRITICAL, Taxonomy.DUAL_USE)) {
            result.areasOf(taxonomy).forEach(area -> areas.add(area.id()));
        }
        Set<String> hits = new TreeSet<>();
        result.partnerHits().forEach(hit -> hits.add(CsvOutput.partnerHit(hit)));
        return new RowOutcome(row.id().orElse(""), row.line(), result.verdict().id(),
                new TreeSet<>(result.sectors().stream().map(Sector::id).toList()), areas, hits);
    }

    /** What changed from {@code before} to this, field by field; empty when nothing did. */
    List<Change> changesSince(RowOutcome before) {
        List<Change> changes = new ArrayList<>();
        if (!verdict.equals(before.verdict)) {
            changes.add(new Change("verdict", Set.of(before.verdict), Set.of(verdict)));
        }
        addIfChanged(changes, "sectors", before.sectors, sectors);
        addIfChanged(changes, "areas", before.areas, areas);
        addIfChanged(changes, "partner_hits", before.partnerHits, partnerHits);
        return changes;
    }

    private static void addIfChanged(List<Change> changes, String field, Set<String> before, Set<String> now) {
        if (!before.equals(now)) {
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(now);
            Set<String> added = new TreeSet<>(now);
            added.removeAll(before);
            changes.add(new Change(field, removed, added));
        }
    }

    /**
     * One field that changed: what it lost and what it gained (for the verdict, the old and the new).
     *
     * @param field {@code verdict}, {@code sectors}, {@code areas} or {@code partner_hits}
     */
    record Change(String field, Set<String> removed, Set<String> added) {
        public Change {
            removed = sorted(removed);
            added = sorted(added);
        }
    }

    /** An unmodifiable copy that iterates in order, so that output is the same on every run. */
    private static Set<String> sorted(Set<String> values) {
        return Collections.unmodifiableSet(new TreeSet<>(values));
    }
}
