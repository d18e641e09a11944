package io.github.vecnet.kernels;

/** Started in a child JVM by {@link FallbackNoticeProcessTest}: triggers the kernel choice and prints nothing. */
final class NoticeProbe {
    private NoticeProbe() {}

    public static void main(String[] args) {
        float[] x = {1, 2, 3};
        if (VectorOps.dot(3, x, 0, x, 0) != 14f) {
            throw new AssertionError("dot product wrong");
        }
    }
}
