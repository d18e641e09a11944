package io.github.vecnet.spark;

/**
 * Which JDKs run Spark 4.0 here. Spark 4.0 supports Java 17 and 21. On JDK 23 and later, Hadoop's
 * {@code UserGroupInformation.getCurrentUser} (which every SparkContext calls) uses {@code Subject.getSubject}, which
 * those JDKs no longer support without a security manager (JDK 23: only with {@code -Djava.security.manager=allow};
 * JDK 24+: never), so a SparkContext cannot start: measured on JDK 25 ({@code UnsupportedOperationException:
 * getSubject is not supported}). See docs/SWEEPS.md, "Supported JDKs".
 */
final class SparkSupport {
    /** The first JDK whose Subject.getSubject breaks Hadoop 3.4's UserGroupInformation. */
    static final int FIRST_UNSUPPORTED_JDK = 23;

    private SparkSupport() {}

    static boolean supported() {
        return Runtime.version().feature() < FIRST_UNSUPPORTED_JDK;
    }

    static String reason() {
        return "Spark 4.0 cannot start on JDK " + Runtime.version().feature() + ": Hadoop's UserGroupInformation calls "
                + "Subject.getSubject, unsupported since JDK 23 without a security manager (docs/SWEEPS.md)";
    }
}
