import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.partnerscan.core.ScreeningRequest;
import nl.partnerscan.core.Screener;
import nl.partnerscan.data.ReferenceDataLoader;

/**
 * The screening core alone, as a batch uses it: every row of a CSV (id;onderwerp;omschrijving;partner)
 * screened on one thread, over and over; prints the thread's CPU time of each pass after the first two
 * (which compile the code), one per line in milliseconds. No CSV writing, no threads, no start-up: what
 * changes in the matcher shows here undiluted, and CPU time is less disturbed by a busy machine than wall
 * time.
 *
 *   java -cp partnerscan.jar:DIR ScreenLoop ROWS.csv [passes]
 */
public class ScreenLoop {
    public static void main(String[] args) throws Exception {
        Screener screener = new Screener(ReferenceDataLoader.loadBundled());
        List<ScreeningRequest> requests = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(';').ofCsvRecord(Path.of(args[0]))) {
            boolean header = true;
            for (CsvRecord row : csv) {
                if (!header) {
                    requests.add(new ScreeningRequest(List.of(row.getField(1)), row.getField(2), row.getField(3), Map.of()));
                }
                header = false;
            }
        }
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        for (int pass = 0; pass < passes + 2; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (ScreeningRequest request : requests) {
                checksum += screener.screen(request).score();
            }
            if (pass >= 2) {
                System.out.println((threads.getCurrentThreadCpuTime() - start) / 1_000_000);
            }
        }
        System.err.println("ScreenLoop: " + requests.size() + " rows, score sum " + checksum / (passes + 2));
    }
}
