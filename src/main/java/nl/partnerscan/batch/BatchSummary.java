package nl.partnerscan.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.Verdict;

/**
 * What a batch run did, as data: the front end words it and chooses the exit code.
 *
 * @param rows       the data rows read; each has an output row
 * @param verdicts   the screened rows per verdict; a verdict no row got may be absent
 * @param errors     the rows that could not be screened
 * @param firstError the error of the first such row
 * @param input      what the input turned out to be: name, separator, encoding, byte-order mark
 * @param elapsed    how long the run took, the overview included
 */
public record BatchSummary(long rows, Map<Verdict, Long> verdicts, long errors, Optional<String> firstError,
                           String input, Duration elapsed) {
    public BatchSummary {
        verdicts = Map.copyOf(verdicts);
    }

    /** The rows that got {@code verdict}. */
    public long count(Verdict verdict) {
        return verdicts.getOrDefault(verdict, 0L);
    }

    /** The rows that got {@code verdict} or a higher one. */
    public long atLeast(Verdict verdict) {
        return verdicts.entrySet().stream().filter(e -> e.getKey().compareTo(verdict) >= 0)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** Counts rows as they are written; one thread. */
    static final class Counter {
        private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
        private long rows;
        private long errors;
        private String firstError;

        void count(InputRow row, Optional<Verdict> verdict) {
            rows++;
            if (verdict.isPresent()) {
                verdicts.merge(verdict.get(), 1L, Long::sum);
            } else {
                errors++;
                if (firstError == null) {
                    firstError = row.error().orElse("");
                }
            }
        }

        long rows() {
            return rows;
        }

        BatchSummary summary(String input, Duration elapsed) {
            return new BatchSummary(rows, verdicts, errors, Optional.ofNullable(firstError), input, elapsed);
        }
    }
}
