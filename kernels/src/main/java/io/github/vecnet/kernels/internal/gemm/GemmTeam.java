package io.github.vecnet.kernels.internal.gemm;

import java.util.concurrent.Phaser;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed team of daemon threads that runs one GEMM at a time, SPMD style (BLIS's thread team): every member runs
 * the same loop nest on its own share of the output tiles and meets the others at {@link #sync()}. The caller is
 * member 0, so a team of {@code t} threads starts {@code t - 1} workers, once.
 *
 * <p>Only one GEMM uses the team at a time. A GEMM that finds it busy runs on its caller alone: results are
 * bit-identical for every thread count, so this changes only the speed.
 */
public final class GemmTeam {

  /** The work of one member: {@code member} in {@code [0, members)}. */
  public interface Body {
    void run(int member, int members);
  }

  private static final ReentrantLock LOCK = new ReentrantLock();
  private static volatile GemmTeam current; // replaced only under LOCK

  private final int members;
  private final Phaser phaser;
  private volatile Body body;
  private volatile Throwable failure;

  private GemmTeam(int members) {
    this.members = members;
    this.phaser = new Phaser(members);
    for (int w = 1; w < members; w++) {
      int member = w;
      Thread thread = new Thread(() -> workLoop(member), "vecnet-gemm-" + w);
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Runs {@code body} on {@code threads} members and returns true, or returns false without running anything
   * when the team is busy with another GEMM (the caller then runs the body alone).
   */
  public static boolean tryRun(int threads, Body body) {
    if (!LOCK.tryLock()) {
      return false;
    }
    try {
      if (current == null || current.members != threads || current.phaser.isTerminated()) {
        if (current != null) {
          current.phaser.forceTermination(); // old workers see a negative phase and exit
        }
        current = new GemmTeam(threads);
      }
      current.runAll(body);
      return true;
    } finally {
      LOCK.unlock();
    }
  }

  /** Barrier between the phases of one GEMM (after packing B, before packing the next B). */
  public static void sync() {
    GemmTeam team = current;
    if (team.phaser.arriveAndAwaitAdvance() < 0) {
      throw new IllegalStateException("vecnet GEMM team stopped after a failure in another member");
    }
  }

  private void runAll(Body work) {
    failure = null;
    body = work;
    phaser.arriveAndAwaitAdvance(); // start
    try {
      work.run(0, members);
    } catch (Throwable t) {
      fail(t);
    }
    phaser.arriveAndAwaitAdvance(); // end
    body = null;
    Throwable t = failure;
    if (t != null) {
      if (t instanceof RuntimeException) {
        throw (RuntimeException) t;
      }
      if (t instanceof Error) {
        throw (Error) t;
      }
      throw new IllegalStateException(t);
    }
  }

  private void workLoop(int member) {
    while (true) {
      if (phaser.arriveAndAwaitAdvance() < 0) {
        return;
      }
      try {
        body.run(member, members);
      } catch (Throwable t) {
        fail(t);
      }
      if (phaser.arriveAndAwaitAdvance() < 0) {
        return;
      }
    }
  }

  private void fail(Throwable t) {
    if (failure == null) {
      failure = t;
    }
    phaser.forceTermination(); // releases every member blocked in sync(); the team is rebuilt next time
  }
}
