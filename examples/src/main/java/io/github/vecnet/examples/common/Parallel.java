package io.github.vecnet.examples.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs independent, individually seeded tasks (training runs) on a few threads and hands their results to a sink in
 * submission order, so output files do not depend on the thread count or on scheduling.
 */
public final class Parallel {
    private Parallel() {}

    /** A task that may throw. */
    @FunctionalInterface
    public interface Task<T, R> {
        R run(T input) throws Exception;
    }

    /**
     * Applies {@code task} to every input on {@code threads} threads (1 = the calling thread) and passes results to
     * {@code sink} in input order. The first failure is rethrown after the pool stops.
     */
    public static <T, R> void forEachOrdered(List<T> inputs, int threads, Task<T, R> task, Consumer<R> sink)
            throws Exception {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected >= 1, got " + threads);
        }
        if (threads == 1 || inputs.size() <= 1) {
            for (T input : inputs) {
                sink.accept(task.run(input));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "vecnet-examples-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) {
                futures.add(pool.submit(() -> task.run(input)));
            }
            for (Future<R> f : futures) {
                try {
                    sink.accept(f.get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof Exception) {
                        throw (Exception) cause;
                    }
                    throw e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
