package io.github.vecnet.nn.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Coverage-guided fuzzing of {@link Npy#fromBytes}: any input is read or rejected with {@link ModelFormatException},
 * never another exception or an OutOfMemoryError. Each input is also tried as the header dictionary of a version-1.0
 * file with a correct magic and length, so the fuzzer reaches the header parser. Runs in the {@code fuzz-*} surefire
 * executions (docs/FUZZING.md).
 */
class NpyFuzzTest {
    private static final byte[] MAGIC_V1 = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    @FuzzTest(maxDuration = "10s")
    void readAcceptsOrRejectsCleanly(byte[] data) {
        readOrReject(data);
        int headerLength = Math.min(data.length, 0xffff);
        ByteBuffer file =
                ByteBuffer.allocate(MAGIC_V1.length + 2 + data.length + 32).order(ByteOrder.LITTLE_ENDIAN);
        file.put(MAGIC_V1).putShort((short) headerLength).put(data);
        readOrReject(file.array());
    }

    private static void readOrReject(byte[] data) {
        try {
            Npy.fromBytes(data, "fuzz");
        } catch (ModelFormatException expected) {
            // documented rejection
        }
    }
}
