package io.github.vecnet.examples.intrinsic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vecnet.examples.ResultRow;
import io.github.vecnet.nn.DType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntrinsicTargetsTest {
  private static final IntrinsicSettings SETTINGS = new IntrinsicSettings(8, 4, 10, 10, 10, 10, 1, 1, 1, 1e-3,
      DType.FLOAT32);

  @Test
  void slopeOfAnExactLine() {
    assertEquals(-1.0, IntrinsicExperiment.slope(new double[] {1, 2, 3, 4}, new double[] {5, 4, 3, 2}), 1e-15);
    assertEquals(3.0, IntrinsicExperiment.log2(8.0), 1e-15);
  }

  /** Rows with error 2^-n (slope -1) whose float network breaks from n d = 6 on. */
  private static List<ApproximationStudy.Row> rows(int breakAtNd) {
    List<ApproximationStudy.Row> rows = new ArrayList<>();
    for (int d = 1; d <= 2; d++) {
      for (LipschitzFunction f : IntrinsicExperiment.functions(d)) {
        for (int n = 1; n <= (d == 1 ? 8 : 4); n++) {
          double error = Math.scalb(1.0, -n) * f.lambda() / 10;
          double deviation = n * d >= breakAtNd ? 1.0 : 0.0;
          rows.add(new ApproximationStudy.Row(f.name(), d, n, f.lambda(), 10, error, error, error,
              5 * f.lambda() * Math.sqrt(d) * Math.scalb(1.0, -n), 10, deviation, error, n + 2, 100));
        }
      }
    }
    return rows;
  }

  @Test
  void reportsFirstBreakAndPassesWhenFloatHoldsUpToFive() {
    List<ResultRow> out = IntrinsicExperiment.approximationTargets(rows(6), SETTINGS);
    assertTrue(out.get(0).pass());
    assertTrue(out.get(1).pass() && out.get(2).pass(), out.get(1).measured());
    ResultRow floatRow = out.get(3);
    assertTrue(floatRow.pass());
    assertTrue(floatRow.measured().contains("d=1: first break at n=6")
        && floatRow.measured().contains("d=2: first break at n=3"), floatRow.measured());
    assertTrue(out.get(4).pass());
  }

  @Test
  void failsWhenFloatBreaksEarly() {
    List<ResultRow> out = IntrinsicExperiment.approximationTargets(rows(4), SETTINGS);
    assertFalse(out.get(3).pass());
    assertTrue(out.get(3).measured().contains("first break at n=4"), out.get(3).measured());
  }
}
