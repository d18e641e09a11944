package io.github.vecnet.kernels.internal;

import io.github.vecnet.kernels.internal.gemm.BlockSizes;

/** Parses and checks user-given cache blocks ({@code mc,kc,nc}) for a kernel with a fixed {@code mr x nr} tile. */
final class BlockSizeText {
    private BlockSizeText() {}

    /** {@code mc,kc,nc}; {@code where} names the property or file key in the message of a bad value. */
    static BlockSizes parse(String text, int mr, int nr, String where) {
        String[] parts = text.split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException(where + "=" + text + ": expected mc,kc,nc (three positive integers)");
        }
        return check(
                number(parts[0], where + " (mc)"),
                number(parts[1], where + " (kc)"),
                number(parts[2], where + " (nc)"),
                mr,
                nr,
                where);
    }

    static int number(String text, String where) {
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(where + "=" + text.trim() + ": expected a positive integer");
    }

    /** mc a multiple of mr, nc of nr, and buffers of at most 2^28 elements. */
    static BlockSizes check(int mc, int kc, int nc, int mr, int nr, String where) {
        if (mc % mr != 0 || nc % nr != 0) {
            throw new IllegalArgumentException(where + ": mc=" + mc + " must be a multiple of mr=" + mr + " and nc="
                    + nc + " a multiple of nr=" + nr);
        }
        if ((long) mc * kc > 1 << 28 || (long) kc * nc > 1 << 28) {
            throw new IllegalArgumentException(where + ": mc x kc and kc x nc must be at most 2^28 elements, got mc="
                    + mc + " kc=" + kc + " nc=" + nc);
        }
        return new BlockSizes(mr, nr, mc, kc, nc);
    }
}
