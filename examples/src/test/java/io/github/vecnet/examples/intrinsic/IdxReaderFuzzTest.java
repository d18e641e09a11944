package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Coverage-guided fuzzing of {@link IdxReader#read}: any file is either read, and then holds exactly the data its
 * header announces, or rejected with an {@link IOException}; never another exception or an OutOfMemoryError. Each
 * input is tried as a file as it is and gzip-compressed, so the fuzzer reaches the IDX header checks behind a valid
 * gzip stream too. Runs in the {@code fuzz-*} surefire executions (docs/FUZZING.md).
 */
class IdxReaderFuzzTest {
    private static final Path FILE = temporaryFile();

    private static Path temporaryFile() {
        try {
            Path file = Files.createTempFile("idx-fuzz", ".bin");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readAcceptsOrRejectsCleanly(byte[] data) throws IOException {
        readOrReject(data);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(data);
        }
        readOrReject(compressed.toByteArray());
    }

    private static void readOrReject(byte[] bytes) throws IOException {
        Files.write(FILE, bytes);
        IdxFile idx;
        try {
            idx = IdxReader.read(FILE);
        } catch (IOException expected) {
            return;
        }
        long announced = 1;
        for (int dimension : idx.dimensions()) {
            announced *= dimension;
        }
        assertEquals(announced, idx.data().length, "data length differs from the header's sizes");
    }
}
