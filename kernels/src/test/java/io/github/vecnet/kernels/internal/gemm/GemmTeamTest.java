package io.github.vecnet.kernels.internal.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/**
 * The team does not churn: calls whose thread count alternates (as the useful count does with the shape) reuse the
 * same worker threads. The old team, rebuilt whenever the count changed, started 2 + 3 threads per alternation.
 */
class GemmTeamTest {

    @Test
    void alternatingThreadCountsReuseTheSameWorkers() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        int startedBefore = GemmTeam.threadsStarted();
        for (int call = 0; call < 200; call++) {
            int threads = call % 2 == 0 ? 2 : 4;
            AtomicIntegerArray ran = new AtomicIntegerArray(threads);
            assertTrue(GemmTeam.tryRun(threads, (member, members) -> {
                assertEquals(threads, members);
                seen.add(Thread.currentThread());
                ran.incrementAndGet(member);
            }));
            for (int m = 0; m < threads; m++) {
                assertEquals(1, ran.get(m), "member " + m + " of " + threads + " at call " + call);
            }
        }
        // The caller plus at most 3 workers (fewer if an earlier test in this JVM already grew the pool).
        assertTrue(seen.size() <= 4, seen.size() + " distinct threads ran 200 calls: " + seen);
        assertTrue(
                GemmTeam.threadsStarted() - startedBefore <= 3,
                GemmTeam.threadsStarted() - startedBefore + " threads started in 200 alternating calls");
    }

    @Test
    void aFailingMemberFailsTheCallAndTheTeamServesTheNext() {
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> GemmTeam.tryRun(3, (member, n) -> {
                    if (member == 2) {
                        throw new IllegalStateException("member 2 failed");
                    }
                }));
        assertEquals("member 2 failed", e.getMessage());
        int[] hits = new int[3];
        assertTrue(GemmTeam.tryRun(3, (member, n) -> hits[member]++));
        assertArrayEquals(new int[] {1, 1, 1}, hits);
    }
}
