package nl.partnerscan.batch;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import nl.partnerscan.core.Verdict;

/**
 * What a batch run did, as data: the front end words it and chooses the exit code.
 *
 * @param rows               the data rows read; each has an output row
 * @param verdicts           the screened rows per verdict; a verdict no row got may be absent
 * @param errors             the rows that could not be screened
 * @param firstError         the error of the first such row
 * @param emptyRows          the rows skipped because every cell was empty; they have no output row
 * @param input              what the input turned out to be: name, separator, encoding, byte-order mark
 * @param windows1252Guessed whether the input was read as Windows-1252 because it was not UTF-8
 * @param elapsed            how long the run took, the overview included
 */
public record BatchSummary(long rows, Map<Verdict, Long> verdicts, long errors, Optional<String> firstError,
                           long emptyRows, String input, boolean windows1252Guessed, Duration elapsed) {
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

        BatchSummary summary(BatchInput input, String described, Duration elapsed) {
            return new BatchSummary(rows, verdicts, errors, Optional.ofNullable(firstError), input.emptyRows(),
                    described, input.windows1252Guessed(), elapsed);
        }
    }
}
