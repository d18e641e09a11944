package io.github.vecnet.examples.common;

import java.util.Locale;
import org.slf4j.Logger;

/**
 * Progress with an ETA through SLF4J: call {@link #advance} after each unit of work; a line is logged at most every
 * {@code interval} seconds (and at the end). The ETA assumes the remaining units cost what the finished ones did.
 */
public final class Progress {
    private final Logger log;
    private final String task;
    private final double total;
    private final long intervalNanos;
    private final Stopwatch watch = Stopwatch.start();
    private double done;
    private long lastLog;

    /** @param total total amount of work in any unit (runs, epochs x samples, ...), > 0 */
    public Progress(Logger log, String task, double total, double intervalSeconds) {
        if (log == null) {
            throw new IllegalArgumentException("log: expected a logger");
        }
        if (!(total > 0) || Double.isInfinite(total)) {
            throw new IllegalArgumentException("total: expected a finite positive amount of work, got " + total);
        }
        if (!(intervalSeconds >= 0)) {
            throw new IllegalArgumentException("intervalSeconds: expected >= 0, got " + intervalSeconds);
        }
        this.log = log;
        this.task = task;
        this.total = total;
        this.intervalNanos = (long) (intervalSeconds * 1e9);
        this.lastLog = System.nanoTime();
    }

    public Progress(Logger log, String task, double total) {
        this(log, task, total, 10.0);
    }

    /** Records {@code units} more work done; {@code detail} (may be null) describes the unit just finished. */
    public void advance(double units, String detail) {
        done = Math.min(total, done + units);
        long now = System.nanoTime();
        if (now - lastLog >= intervalNanos || done >= total) {
            lastLog = now;
            if (log.isInfoEnabled()) {
                log.info(line(detail));
            }
        }
    }

    /** The fraction of work done, in [0, 1]. */
    public double fraction() {
        return done / total;
    }

    /** Seconds left at the current average rate; NaN before any work is done. */
    public double etaSeconds() {
        if (done <= 0) {
            return Double.NaN;
        }
        return watch.seconds() * (total - done) / done;
    }

    String line(String detail) {
        return String.format(
                Locale.ROOT,
                "%s: %5.1f%% done, %s elapsed, ETA %s%s",
                task,
                100 * fraction(),
                Stopwatch.format(watch.seconds()),
                Stopwatch.format(etaSeconds()),
                detail == null ? "" : " (" + detail + ")");
    }
}
