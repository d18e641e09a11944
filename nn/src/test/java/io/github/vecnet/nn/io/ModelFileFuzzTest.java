package io.github.vecnet.nn.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.layers.Mlp;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Coverage-guided fuzzing of {@link ModelFile#fromBytes}: any input is either loaded or rejected with one of the
 * documented exceptions ({@link ModelFormatException} for a corrupt file, {@link IllegalArgumentException} for a
 * valid file that does not match the model), and a rejected input leaves every parameter as it was. Each input is
 * tried as it is and with its checksum recomputed, so that the fuzzer also reaches the parser behind the CRC check.
 * Runs in the {@code fuzz-*} surefire executions (docs/FUZZING.md), starting from the committed inputs under
 * {@code ModelFileFuzzTestInputs/}.
 */
class ModelFileFuzzTest {
    private static final Mlp MODEL = Mlp.builder()
            .widths(2, 3, 1)
            .dtype(DType.FLOAT32)
            .rng(new SplittableRandom(5))
            .build();

    @FuzzTest(maxDuration = "10s")
    void loadAcceptsOrRejectsCleanly(byte[] data) {
        loadOrReject(data);
        if (data.length >= 4) {
            byte[] fixed = data.clone();
            CRC32 crc = new CRC32();
            crc.update(fixed, 0, fixed.length - 4);
            ByteBuffer.wrap(fixed, fixed.length - 4, 4).putInt((int) crc.getValue());
            loadOrReject(fixed);
        }
    }

    private static void loadOrReject(byte[] data) {
        ParameterSnapshot before = ParameterSnapshot.of(MODEL);
        try {
            ModelFile.fromBytes(MODEL, data, "fuzz");
            return;
        } catch (ModelFormatException | IllegalArgumentException expected) {
            // a documented rejection: the model must be untouched
        }
        before.assertUnchanged("a rejected file");
    }
}
