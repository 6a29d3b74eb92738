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
import java.util.function.ToLongFunction;

/**
 * Applies a function to a stream of inputs on several threads and hands the outputs on in input order.
 * Inputs are read and outputs consumed on the calling thread. What is in flight (read, and not yet
 * consumed) is bounded twice: at most {@code 2 × threads} chunks, and at most a given total size of inputs
 * (one chunk always, however large), so that memory grows neither with the number of inputs nor with their
 * size. Used by batch screening to keep every core busy while writing rows in the order they were read.
 *
 * @param <I> an input
 * @param <O> an output
 */
final class OrderedParallelMap<I, O> {
    private final Function<? super I, ? extends O> work;
    private final ToLongFunction<? super I> size;
    private final int threads;
    private final int chunkSize;
    private final long maxInFlight;

    /**
     * @param work        the function, called from worker threads; it must be thread-safe
     * @param size        the size of an input (for batch rows, its characters)
     * @param threads     worker threads, at least 1
     * @param chunkSize   inputs handed to a worker at once, at least 1
     * @param maxInFlight the most total size of inputs in flight, at least 1
     */
    OrderedParallelMap(Function<? super I, ? extends O> work, ToLongFunction<? super I> size, int threads,
                       int chunkSize, long maxInFlight) {
        this.work = Objects.requireNonNull(work, "work");
        this.size = Objects.requireNonNull(size, "size");
        if (threads < 1 || chunkSize < 1 || maxInFlight < 1) {
            throw new IllegalArgumentException("threads, chunkSize and maxInFlight must be at least 1");
        }
        this.threads = threads;
        this.chunkSize = chunkSize;
        this.maxInFlight = maxInFlight;
    }

    /** A chunk being mapped, with the total size of its inputs. */
    private record Chunk<O>(Future<List<O>> outputs, long size) {
    }

    /**
     * Maps every input and passes each output to {@code sink}, in input order. A runtime exception or error
     * thrown by {@code work} is rethrown here, after the outputs before it have been consumed.
     */
    void run(Iterator<? extends I> inputs, Consumer<? super O> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "partnerscan-worker");
            thread.setDaemon(true);
            return thread;
        });
        // Several chunks fit in the window, so that every thread has work while the oldest is written.
        long chunkBudget = Math.max(1, maxInFlight / (2L * threads));
        try {
            Deque<Chunk<O>> inFlight = new ArrayDeque<>();
            long held = 0;
            while (inputs.hasNext()) {
                List<I> chunk = new ArrayList<>(chunkSize);
                long chunkTotal = 0;
                while (chunk.size() < chunkSize && chunkTotal < chunkBudget && inputs.hasNext()) {
                    I input = inputs.next();
                    chunk.add(input);
                    chunkTotal += size.applyAsLong(input);
                }
                while (!inFlight.isEmpty() && (inFlight.size() >= 2 * threads || held + chunkTotal > maxInFlight)) {
                    Chunk<O> oldest = inFlight.removeFirst();
                    held -= oldest.size();
                    drain(oldest.outputs(), sink);
                }
                inFlight.addLast(new Chunk<>(pool.submit(() -> mapAll(chunk)), chunkTotal));
                held += chunkTotal;
            }
            while (!inFlight.isEmpty()) {
                drain(inFlight.removeFirst().outputs(), sink);
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
