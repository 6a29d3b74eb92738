package nl.partnerscan.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import nl.partnerscan.core.ReferenceData;
import nl.partnerscan.core.Screener;
import nl.partnerscan.core.ScreenerIndexes;
import nl.partnerscan.data.ReferenceDataLoader;

/**
 * The bundled reference data and a screener built on it, each made at most once per run.
 * {@link #prefetch()} starts making both on a second thread while picocli builds its model of the
 * command, so that on a two-core machine a single {@code screen} does not wait for the two in turn; the
 * thread that asks for them, rather than wait, takes the work the second thread has not started: the
 * screener's indexes other than the table's. The data and the indexes are read from what the build stored
 * for the bundled data ({@link ReferenceDataLoader#loadBundled}, {@link ReferenceDataLoader#bundledIndexSnapshot}),
 * not bound and built.
 */
final class BundledData {
    private static final FutureTask<ReferenceData> DATA = new FutureTask<>(ReferenceDataLoader::loadBundled);
    private static final FutureTask<ScreenerIndexes> INDEXES = new FutureTask<>(() -> {
        ReferenceData data = await(DATA);
        return new ScreenerIndexes(data, ReferenceDataLoader.bundledIndexSnapshot(data));
    });
    private static final FutureTask<Void> TABLE_INDEX = new FutureTask<>(() -> await(INDEXES).buildTable(), null);
    private static final FutureTask<Void> OTHER_INDEXES = new FutureTask<>(() -> await(INDEXES).buildOthers(), null);
    private static final FutureTask<Screener> SCREENER = new FutureTask<>(() -> {
        await(TABLE_INDEX);
        await(OTHER_INDEXES);
        return new Screener(await(INDEXES));
    });

    private BundledData() {
    }

    /** Starts reading the data and building the screener in the background; harmless if nobody asks. */
    static void prefetch() {
        Thread thread = new Thread(() -> {
            DATA.run();
            TABLE_INDEX.run();
            OTHER_INDEXES.run();
            SCREENER.run();
        }, "partnerscan-data");
        thread.setDaemon(true);
        thread.start();
    }

    /** The bundled data: the prefetched copy, or read now if no prefetch was started. */
    static ReferenceData data() {
        return await(DATA);
    }

    /**
     * A screener on the bundled data: the prefetched one, or built now. The indexes other than the table's
     * first: the prefetch thread starts with the table's.
     */
    static Screener screener() {
        await(OTHER_INDEXES);
        return await(SCREENER);
    }

    /** Runs {@code task} unless another thread has started it, then waits for its value. */
    private static <T> T await(FutureTask<T> task) {
        task.run();
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the reference data", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory, reported as such
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
