package io.github.vecnet.nn.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.layers.Mlp;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

/**
 * Coverage-guided fuzzing of the safetensors reader ({@link SafeTensors#fromBytes} and
 * {@link SafeTensors#modelFromBytes}): any input is read or rejected with {@link ModelFormatException} (or, for a
 * valid file that does not fit the model, {@link IllegalArgumentException}), never another exception or an
 * OutOfMemoryError, and a rejected file leaves the model untouched. Each input is also tried as the JSON header of
 * a file with a correct length prefix, so the fuzzer reaches the header checks. Runs in the {@code fuzz-*} surefire
 * executions (docs/FUZZING.md).
 */
class SafeTensorsFuzzTest {
    private static final Mlp MODEL = Mlp.builder(DType.FLOAT32)
            .widths(2, 3, 1)
            .rng(new SplittableRandom(5))
            .build();

    @FuzzTest(maxDuration = "10s")
    void readAcceptsOrRejectsCleanly(byte[] data) {
        readOrReject(data);
        // The input as the header: 8-byte little-endian length, the input, then 64 data bytes.
        ByteBuffer file = ByteBuffer.allocate(8 + data.length + 64).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(data.length).put(data);
        readOrReject(file.array());
    }

    private static void readOrReject(byte[] data) {
        try {
            SafeTensors.fromBytes(data, "fuzz");
        } catch (ModelFormatException expected) {
            // documented rejection
        }
        ParameterSnapshot before = ParameterSnapshot.of(MODEL);
        try {
            SafeTensors.modelFromBytes(MODEL, data, "fuzz");
            return;
        } catch (ModelFormatException | IllegalArgumentException expected) {
            // documented rejection: the model must be untouched
        }
        before.assertUnchanged("a rejected file");
    }
}
