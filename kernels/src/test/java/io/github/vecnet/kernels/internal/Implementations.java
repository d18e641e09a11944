package io.github.vecnet.kernels.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Every implementation the running JVM can use: scalar always, panama when the vector module is present. */
final class Implementations {
    private Implementations() {}

    static List<VectorizationProvider> all() {
        List<VectorizationProvider> all = new ArrayList<>();
        all.add(VectorizationProvider.scalar());
        VectorizationProvider.panamaIfSupported().ifPresent(all::add);
        return all;
    }

    /** Lanes of the widest float vector in play (16 for 512-bit, 8 for 256-bit), or 8 when scalar only. */
    static int floatLanes() {
        return VectorizationProvider.panamaIfSupported()
                .map(p -> p.vectorBits() / 32)
                .orElse(8);
    }

    /** 0, 1, lanes - 1, lanes, lanes + 1 (float and double lanes), unroll and block boundaries, primes, 1003. */
    static List<Integer> awkwardLengths() {
        int lf = floatLanes();
        int ld = lf / 2;
        TreeSet<Integer> lengths = new TreeSet<>(List.of(0, 1, 2, 3, 5, 13, 31, 61, 127, 1003));
        for (int l : new int[] {lf, ld, 4 * lf, 4 * ld}) {
            lengths.add(l - 1);
            lengths.add(l);
            lengths.add(l + 1);
        }
        return new ArrayList<>(lengths);
    }

    /** Lengths around the reduction block (1024) as well, for sums, dots and norms. */
    static List<Integer> reductionLengths() {
        TreeSet<Integer> lengths = new TreeSet<>(awkwardLengths());
        lengths.addAll(List.of(1023, 1024, 1025, 2049, 4099));
        return new ArrayList<>(lengths);
    }
}
