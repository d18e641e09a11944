package io.github.vecnet.examples.intrinsic;

/**
 * The contents of an IDX file of unsigned bytes (type 0x08), the format of MNIST and Fashion-MNIST.
 *
 * @param dimensions sizes from the header, e.g. {@code [60000, 28, 28]} for images or {@code [60000]} for labels
 * @param data the values in row-major order; read them with {@link #unsigned(int)}
 */
public record IdxFile(int[] dimensions, byte[] data) {

    /** Value at a flat index as 0..255. */
    public int unsigned(int index) {
        return data[index] & 0xff;
    }

    /** Size of the first dimension (the number of images or labels). */
    public int count() {
        return dimensions[0];
    }

    /** Product of all dimensions but the first (784 for 28 x 28 images, 1 for labels). */
    public int itemSize() {
        int size = 1;
        for (int i = 1; i < dimensions.length; i++) {
            size *= dimensions[i];
        }
        return size;
    }
}
