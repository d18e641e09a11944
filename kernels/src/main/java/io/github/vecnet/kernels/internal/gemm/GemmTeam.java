package io.github.vecnet.kernels.internal.gemm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One fixed pool of daemon workers that runs one GEMM at a time, SPMD style (BLIS's thread team): every member runs
 * the same loop nest on its own share of the output tiles; members meet only at the start and the end of a call.
 * The caller is member 0 and a call on {@code t} threads hands work to workers 1 .. t-1 only; the others stay
 * parked. The pool only grows (to the largest thread count asked for so far) and is never torn down, so calls whose
 * useful thread count changes with the shape start no threads (issue 12: the old team was rebuilt whenever the
 * count changed, 800 threads in 400 alternating calls).
 *
 * <p>Only one GEMM uses the pool at a time. A GEMM that finds it busy runs on its caller alone: results are
 * bit-identical for every thread count, so this changes only the speed.
 */
public final class GemmTeam {

    /** The work of one member: {@code member} in {@code [0, members)}. */
    public interface Body {
        void run(int member, int members);
    }

    private static final ReentrantLock LOCK = new ReentrantLock();
    private static final List<Worker> WORKERS = new ArrayList<>(); // worker w is member w + 1; guarded by LOCK
    private static final AtomicInteger STARTED = new AtomicInteger();

    private GemmTeam() {}

    /**
     * Runs {@code body} on {@code threads} members and returns true, or returns false without running anything
     * when the pool is busy with another GEMM (the caller then runs the body alone).
     */
    public static boolean tryRun(int threads, Body body) {
        if (!LOCK.tryLock()) {
            return false;
        }
        try {
            while (WORKERS.size() < threads - 1) {
                WORKERS.add(new Worker(WORKERS.size() + 1));
            }
            Call call = new Call(body, threads);
            for (int w = 0; w < threads - 1; w++) {
                WORKERS.get(w).hand(call);
            }
            call.runMember(0);
            call.awaitWorkers();
            call.rethrow();
            return true;
        } finally {
            LOCK.unlock();
        }
    }

    /** How many worker threads the pool has started since the JVM began (tests watch it for churn). */
    static int threadsStarted() {
        return STARTED.get();
    }

    /** One GEMM call: its body, its size, the workers still running and the first failure. */
    private static final class Call {
        final Body body;
        final int members;
        final CountDownLatch workersDone;
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Call(Body body, int members) {
            this.body = body;
            this.members = members;
            this.workersDone = new CountDownLatch(members - 1);
        }

        void runMember(int member) {
            try {
                body.run(member, members);
            } catch (Throwable t) {
                failure.compareAndSet(null, t);
            }
        }

        void awaitWorkers() {
            boolean interrupted = false;
            while (true) {
                try {
                    workersDone.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the workers write into the caller's C: wait for them whatever happens
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        void rethrow() {
            Throwable t = failure.get();
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            if (t != null) {
                throw new IllegalStateException(t);
            }
        }
    }

    /** A parked daemon thread that runs one member's share of each call handed to it. */
    private static final class Worker {
        private final BlockingQueue<Call> inbox = new LinkedBlockingQueue<>();

        Worker(int member) {
            Thread thread = new Thread(() -> loop(member), "vecnet-gemm-" + member);
            thread.setDaemon(true);
            thread.start();
            STARTED.incrementAndGet();
        }

        /** Queues the call without waiting for the worker to wake (calls run one at a time, so it is idle). */
        void hand(Call call) {
            inbox.add(call);
        }

        private void loop(int member) {
            while (true) {
                Call call;
                try {
                    call = inbox.take();
                } catch (InterruptedException e) {
                    continue; // nobody interrupts the pool on purpose; keep serving
                }
                call.runMember(member);
                call.workersDone.countDown();
            }
        }
    }
}
