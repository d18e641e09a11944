package io.github.vecnet.examples.intrinsic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Fashion-MNIST from IDX files: pixels scaled to [0, 1], labels 0..9. Nothing is downloaded: the files come from
 * Debian's {@code dataset-fashion-mnist} or from a directory given with {@code --data}.
 *
 * @param trainImages row-major {@code trainCount x pixels}
 * @param trainLabels length trainCount
 * @param testImages row-major {@code testCount x pixels}
 * @param testLabels length testCount
 * @param pixels values per image (784)
 */
public record FashionMnist(float[] trainImages, int[] trainLabels, float[] testImages, int[] testLabels, int pixels) {

    /** Where Debian's {@code dataset-fashion-mnist} installs the files. */
    public static final Path DEBIAN_DIRECTORY = Paths.get("/usr/share/datasets/fashion-mnist");

    /** What a SKIPPED row names as the supplier of the data. */
    public static final String SUPPLIER = "Debian package dataset-fashion-mnist, or --data DIR";

    static final String[] FILES = {
        "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"
    };

    public int trainCount() {
        return trainLabels.length;
    }

    public int testCount() {
        return testLabels.length;
    }

    /**
     * Loads the four files ({@code .gz} or raw) from {@code directory}, or from {@link #DEBIAN_DIRECTORY} when it is
     * null.
     *
     * @throws DataNotFoundException when a file is missing, naming the Debian package and the {@code --data} option
     * @throws IOException when a file is truncated or not IDX
     */
    public static FashionMnist load(Path directory) throws IOException {
        Path dir = directory == null ? DEBIAN_DIRECTORY : directory;
        Path[] paths = new Path[FILES.length];
        for (int i = 0; i < FILES.length; i++) {
            paths[i] = locate(dir, FILES[i]);
        }
        IdxFile trainImages = IdxReader.read(paths[0]);
        IdxFile trainLabels = IdxReader.read(paths[1]);
        IdxFile testImages = IdxReader.read(paths[2]);
        IdxFile testLabels = IdxReader.read(paths[3]);
        checkPair(trainImages, trainLabels, paths[0], paths[1]);
        checkPair(testImages, testLabels, paths[2], paths[3]);
        if (trainImages.itemSize() != testImages.itemSize()) {
            throw new IOException(
                    "train images have " + trainImages.itemSize() + " pixels, test images " + testImages.itemSize());
        }
        return new FashionMnist(
                pixels(trainImages),
                labels(trainLabels, paths[1]),
                pixels(testImages),
                labels(testLabels, paths[3]),
                trainImages.itemSize());
    }

    /** The message users see when the data is absent. */
    static String missingMessage(Path dir, String file) {
        return "Fashion-MNIST file " + file + "(.gz) not found in " + dir + ". Install Debian's package"
                + " dataset-fashion-mnist (sudo apt-get install dataset-fashion-mnist, files under " + DEBIAN_DIRECTORY
                + ") or pass --data <directory> holding train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,"
                + " t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz.";
    }

    private static Path locate(Path dir, String name) throws DataNotFoundException {
        Path gz = dir.resolve(name + ".gz");
        if (Files.isRegularFile(gz)) {
            return gz;
        }
        Path raw = dir.resolve(name);
        if (Files.isRegularFile(raw)) {
            return raw;
        }
        throw new DataNotFoundException(missingMessage(dir, name));
    }

    private static void checkPair(IdxFile images, IdxFile labels, Path imagePath, Path labelPath) throws IOException {
        if (images.dimensions().length != 3 || labels.dimensions().length != 1) {
            throw new IOException(imagePath + " must have 3 dimensions and " + labelPath + " 1");
        }
        if (images.count() != labels.count()) {
            throw new IOException(imagePath + " has " + images.count() + " images but " + labelPath + " has "
                    + labels.count() + " labels");
        }
    }

    private static float[] pixels(IdxFile images) {
        float[] out = new float[images.data().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = images.unsigned(i) / 255f;
        }
        return out;
    }

    private static int[] labels(IdxFile labels, Path path) throws IOException {
        int[] out = new int[labels.count()];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels.unsigned(i);
            if (out[i] > 9) {
                throw new IOException(path + ": label " + out[i] + " at index " + i + " is not in 0..9");
            }
        }
        return out;
    }
}
