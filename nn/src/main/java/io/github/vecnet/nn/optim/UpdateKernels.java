package io.github.vecnet.nn.optim;

import io.github.vecnet.nn.DType;
import io.github.vecnet.nn.Tensor;

/**
 * The fused Adam/AdamW update as one loop per parameter (kernels has no sqrt/div primitive yet; C2 vectorises this
 * loop). Candidate to move into vecnet-kernels. float32 parameters are updated in float arithmetic, as PyTorch.
 */
final class UpdateKernels {
  private UpdateKernels() {}

  /**
   * {@code p -= decay p; m = b1 m + (1-b1) g; v = b2 v + (1-b2) g^2; p -= stepSize m / (sqrt(v) invSqrtBias2 + eps)}.
   */
  static void adam(Tensor param, Tensor grad, Tensor m, Tensor v, double beta1, double beta2, double eps,
      double stepSize, double invSqrtBias2, double decay) {
    int n = param.size();
    if (param.dtype() == DType.FLOAT32) {
      float[] p = param.floatData();
      float[] g = grad.floatData();
      float[] ms = m.floatData();
      float[] vs = v.floatData();
      float b1 = (float) beta1;
      float c1 = (float) (1 - beta1);
      float b2 = (float) beta2;
      float c2 = (float) (1 - beta2);
      float e = (float) eps;
      float step = (float) stepSize;
      float inv = (float) invSqrtBias2;
      float keep = (float) (1 - decay);
      for (int i = 0; i < n; i++) {
        float gi = g[i];
        float mi = b1 * ms[i] + c1 * gi;
        float vi = b2 * vs[i] + c2 * gi * gi;
        ms[i] = mi;
        vs[i] = vi;
        p[i] = p[i] * keep - step * mi / ((float) Math.sqrt(vi) * inv + e);
      }
    } else {
      double[] p = param.doubleData();
      double[] g = grad.doubleData();
      double[] ms = m.doubleData();
      double[] vs = v.doubleData();
      double c1 = 1 - beta1;
      double c2 = 1 - beta2;
      double keep = 1 - decay;
      for (int i = 0; i < n; i++) {
        double gi = g[i];
        double mi = beta1 * ms[i] + c1 * gi;
        double vi = beta2 * vs[i] + c2 * gi * gi;
        ms[i] = mi;
        vs[i] = vi;
        p[i] = p[i] * keep - stepSize * mi / (Math.sqrt(vi) * invSqrtBias2 + eps);
      }
    }
  }
}
