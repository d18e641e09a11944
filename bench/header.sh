# Sourced by the bench/run-*.sh scripts after OUT and JAVA are set: prints (and writes to $OUT/when.txt) the CPU
# model, caches, JDK, load and the kernel tiles and block sizes this machine chose, and defines `load NAME`, which
# records the load each table ran under (the machine may be shared).
# The strongest peer: OpenBLAS picks its kernels from CPUID when it loads, unless OPENBLAS_CORETYPE names a core. The
# project machines' environment sets OPENBLAS_CORETYPE=Haswell and OPENBLAS_L2_SIZE=512, which hold it to its AVX2
# kernels even on an AVX-512 CPU (a Zen 5 picks Cooperlake without them): drop both, so that the peer runs what a
# user's OpenBLAS would run on this CPU (PyTorch's BLAS is the same library). BENCH_OPENBLAS_CORETYPE=NAME chooses a
# core on purpose. The header's openblas line shows what ran.
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
if [ -n "${BENCH_OPENBLAS_CORETYPE:-}" ]; then
  export OPENBLAS_CORETYPE="$BENCH_OPENBLAS_CORETYPE"
fi
openblas_core() {
  python3 -c "import ctypes
l = ctypes.CDLL('libopenblas.so.0'); l.openblas_get_corename.restype = ctypes.c_char_p
print(l.openblas_get_corename().decode())" 2>/dev/null
}
{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //') ($(nproc) cpus)"
  echo "caches: $(for i in /sys/devices/system/cpu/cpu0/cache/index*; do
    printf 'L%s %s %s/%sw; ' "$(cat $i/level)" "$(cat $i/type)" "$(cat $i/size)" "$(cat $i/ways_of_associativity)"
  done)"
  echo "jdk: $("$JAVA" -version 2>&1 | head -1)"
  echo "load: $(uptime)"
  echo "openblas: $(openblas_core || echo 'not found') (OPENBLAS_CORETYPE=${OPENBLAS_CORETYPE:-unset})"
  echo "kernels: $("$JAVA" --add-modules=jdk.incubator.vector -cp bench/target/benchmarks.jar \
    io.github.vecnet.bench.PrintKernels 2>/dev/null)"
} | tee $OUT/when.txt
load() { echo "$1: $(uptime)" >> $OUT/when.txt; }
