package io.github.vecnet.bench;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import io.github.vecnet.kernels.Gemm;
import io.github.vecnet.kernels.Kernels;
import io.github.vecnet.kernels.Transpose;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ojalgo.OjAlgoUtils;
import org.ojalgo.matrix.store.R032Store;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Row-major {@code C = A B} (m x k times k x n) for vecnet and its peers in one run: OpenBLAS through netlib's JNI
 * {@code NativeBLAS}, netlib's {@code VectorBLAS} and plain {@code JavaBLAS} (column-major: the row-major product
 * is computed as {@code C^T = B^T A^T} by swapping the operands), EJML, ojAlgo and a naive i-k-j loop.
 * GFLOP/s = 2 m n k / time. OpenBLAS reads its thread count from {@code OPENBLAS_NUM_THREADS}: run each
 * {@code threads} value in its own invocation with that variable set to the same number.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 5 x 1 s of warm-up: C2 compiles the micro-kernels late; with one warm-up iteration vecnet looked 7x slower.
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules=jdk.incubator.vector"})
public class GemmBenchmark {

    /** {@code n} for n x n x n, or {@code m x k x n}. */
    @Param({"64", "128", "256", "512", "1024", "2048", "256x784x256", "1024x1024x10", "256x256x10"})
    public String shape;

    @Param({"1", "2"})
    public int threads;

    @Param({"float", "double"})
    public String precision;

    private int m;
    private int k;
    private int n;
    private float[] af;
    private float[] bf;
    private float[] cf;
    private double[] ad;
    private double[] bd;
    private double[] cd;
    private BLAS nativeBlas;
    private String nativeProblem;
    private BLAS vectorBlas;
    private BLAS javaBlas;
    private FMatrixRMaj ejmlAf;
    private FMatrixRMaj ejmlBf;
    private FMatrixRMaj ejmlCf;
    private DMatrixRMaj ejmlAd;
    private DMatrixRMaj ejmlBd;
    private DMatrixRMaj ejmlCd;
    private R032Store ojAt32;
    private R032Store ojBt32;
    private R032Store ojCt32;
    private R064Store ojAt64;
    private R064Store ojBt64;
    private R064Store ojCt64;

    @Setup(Level.Trial)
    public void setUp() {
        String[] dims = shape.split("x");
        m = Integer.parseInt(dims[0]);
        k = dims.length == 3 ? Integer.parseInt(dims[1]) : m;
        n = dims.length == 3 ? Integer.parseInt(dims[2]) : m;
        Random random = new Random(42);
        ad = new double[m * k];
        bd = new double[k * n];
        cd = new double[m * n];
        af = new float[m * k];
        bf = new float[k * n];
        cf = new float[m * n];
        for (int i = 0; i < ad.length; i++) {
            af[i] = random.nextFloat() - 0.5f;
            ad[i] = af[i];
        }
        for (int i = 0; i < bd.length; i++) {
            bf[i] = random.nextFloat() - 0.5f;
            bd[i] = bf[i];
        }
        Kernels.setThreads(threads);
        // Checked once per trial: an absent or misconfigured peer then fails with one line, not a stack trace.
        nativeProblem = Peers.openBlasProblem(threads);
        nativeBlas = nativeProblem == null ? Peers.openBlasOrNull() : null;
        vectorBlas = JavaBLAS.getInstance(); // VectorBLAS when jdk.incubator.vector is present
        javaBlas = plainJavaBlas();
        ejmlAf = FMatrixRMaj.wrap(m, k, af);
        ejmlBf = FMatrixRMaj.wrap(k, n, bf);
        ejmlCf = FMatrixRMaj.wrap(m, n, cf);
        ejmlAd = DMatrixRMaj.wrap(m, k, ad);
        ejmlBd = DMatrixRMaj.wrap(k, n, bd);
        ejmlCd = DMatrixRMaj.wrap(m, n, cd);
        OjAlgoUtils.limitThreadsTo(threads);
        // ojAlgo is column-major: the row-major arrays are the transposes, so C^T = B^T A^T.
        ojAt32 = R032Store.wrap(af, k);
        ojBt32 = R032Store.wrap(bf, n);
        ojCt32 = R032Store.wrap(cf, n);
        ojAt64 = R064Store.wrap(ad, k);
        ojBt64 = R064Store.wrap(bd, n);
        ojCt64 = R064Store.wrap(cd, n);
    }

    /** netlib's scalar Java BLAS (Java11BLAS), which {@code JavaBLAS.getInstance()} replaces by VectorBLAS. */
    private static BLAS plainJavaBlas() {
        try {
            var method = Class.forName("dev.ludovic.netlib.blas.Java11BLAS").getMethod("getInstance");
            method.setAccessible(true);
            return (BLAS) method.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("netlib Java11BLAS not found", e);
        }
    }

    private boolean single() {
        return precision.equals("float");
    }

    @Benchmark
    public Object vecnet() {
        if (single()) {
            Gemm.sgemm(Transpose.NO, Transpose.NO, m, n, k, 1f, af, 0, k, bf, 0, n, 0f, cf, 0, n);
            return cf;
        }
        Gemm.dgemm(Transpose.NO, Transpose.NO, m, n, k, 1.0, ad, 0, k, bd, 0, n, 0.0, cd, 0, n);
        return cd;
    }

    @Benchmark
    public Object openblas() {
        if (nativeBlas == null) {
            throw new PeerUnavailableException(nativeProblem);
        }
        return netlib(nativeBlas);
    }

    @Benchmark
    public Object vectorBlas() {
        if (!vectorBlas.getClass().getSimpleName().equals("VectorBLAS")) {
            throw new PeerUnavailableException("netlib VectorBLAS needs --add-modules=jdk.incubator.vector");
        }
        return netlib(vectorBlas);
    }

    @Benchmark
    public Object javaBlas() {
        return netlib(javaBlas);
    }

    /** Column-major BLAS: row-major C = A B is column-major C^T = B^T A^T. */
    private Object netlib(BLAS blas) {
        if (single()) {
            blas.sgemm("N", "N", n, m, k, 1f, bf, n, af, k, 0f, cf, n);
            return cf;
        }
        blas.dgemm("N", "N", n, m, k, 1.0, bd, n, ad, k, 0.0, cd, n);
        return cd;
    }

    @Benchmark
    public Object ejml() {
        if (single()) {
            CommonOps_FDRM.mult(ejmlAf, ejmlBf, ejmlCf);
            return ejmlCf;
        }
        CommonOps_DDRM.mult(ejmlAd, ejmlBd, ejmlCd);
        return ejmlCd;
    }

    @Benchmark
    public Object ojalgo() {
        if (single()) {
            ojCt32.fillByMultiplying(ojBt32, ojAt32);
            return ojCt32;
        }
        ojCt64.fillByMultiplying(ojBt64, ojAt64);
        return ojCt64;
    }

    /** The loop a Java user writes first: i-k-j, so the inner loop walks rows of B and C. */
    @Benchmark
    public Object naive() {
        if (single()) {
            java.util.Arrays.fill(cf, 0f);
            for (int i = 0; i < m; i++) {
                for (int p = 0; p < k; p++) {
                    float aip = af[i * k + p];
                    for (int j = 0; j < n; j++) {
                        cf[i * n + j] += aip * bf[p * n + j];
                    }
                }
            }
            return cf;
        }
        java.util.Arrays.fill(cd, 0.0);
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                double aip = ad[i * k + p];
                for (int j = 0; j < n; j++) {
                    cd[i * n + j] += aip * bd[p * n + j];
                }
            }
        }
        return cd;
    }
}
