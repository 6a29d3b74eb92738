package nl.partnerscan.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to a stream of inputs on several threads and hands the outputs on in input order.
 * Inputs are read and outputs consumed on the calling thread; at most {@code 2 × threads} chunks are in
 * flight, so memory does not grow with the number of inputs. Used by batch screening to keep both cores
 * busy while writing rows in the order they were read.
 *
 * @param <I> an input
 * @param <O> an output
 */
final class OrderedParallelMap<I, O> {
    private final Function<? super I, ? extends O> work;
    private final int threads;
    private final int chunkSize;

    /**
     * @param work      the function, called from worker threads; it must be thread-safe
     * @param threads   worker threads, at least 1
     * @param chunkSize inputs handed to a worker at once, at least 1
     */
    public OrderedParallelMap(Function<? super I, ? extends O> work, int threads, int chunkSize) {
        this.work = Objects.requireNonNull(work, "work");
        if (threads < 1 || chunkSize < 1) {
            throw new IllegalArgumentException("threads and chunkSize must be at least 1");
        }
        this.threads = threads;
        this.chunkSize = chunkSize;
    }

    /**
     * Maps every input and passes each output to {@code sink}, in input order. A runtime exception thrown
     * by {@code work} is rethrown here, after the outputs before it have been consumed.
     */
    public void run(Iterator<? extends I> inputs, Consumer<? super O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "partnerscan-worker");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<O>>> inFlight = new ArrayDeque<>();
            while (inputs.hasNext()) {
                List<I> chunk = new ArrayList<>(chunkSize);
                while (chunk.size() < chunkSize && inputs.hasNext()) {
                    chunk.add(inputs.next());
                }
                inFlight.addLast(pool.submit(() -> mapAll(chunk)));
                if (inFlight.size() >= 2 * threads) {
                    drain(inFlight.removeFirst(), sink);
                }
            }
            while (!inFlight.isEmpty()) {
                drain(inFlight.removeFirst(), sink);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<O> mapAll(List<I> chunk) {
        List<O> outputs = new ArrayList<>(chunk.size());
        for (I input : chunk) {
            outputs.add(work.apply(input));
        }
        return outputs;
    }

    private void drain(Future<List<O>> chunk, Consumer<? super O> sink) {
        try {
            chunk.get().forEach(sink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
