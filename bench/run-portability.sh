#!/usr/bin/env bash
# Every issue-12 table for the CPU it runs on, in one short run: the header (CPU, caches, JDK, load, chosen kernel
# tile and blocks), then vecnet and OpenBLAS (netlib NativeBLAS) in the same JMH invocation for sgemm/dgemm
# 256/512/1024 and the MLP shapes on one thread, 1024 on two threads, the MLP training step against PyTorch CPU
# (one thread each), sigmoid/tanh against the lanewise(EXP) loop, and the alternatives the defaults were chosen over
# (the 4- and 6-row tiles, the analytical blocks). Short forks (1 fork, 2 x 1 s warm-up, 3 x 1 s measurement); about 8
# minutes, plus 2 for the MLP step interleaved with PyTorch (bench/mlp-interleaved.py). Ends with the markdown tables
# of docs/BENCHMARKS.md (bench/portability-table.py).
# Needs: mvn -B -ntp -DskipTests -pl bench -am package; apt-get install -y libopenblas0-pthread python3-torch
set -u
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
source bench/jvm-options.sh
OUT=results/bench/portability
mkdir -p $OUT
source bench/header.sh
JMH=(-f 1 -wi 2 -i 3 -w 1s -r 1s)
load gemm-t1
OPENBLAS_NUM_THREADS=1 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas)$' \
  -p shape=256,512,1024,256x784x256,1024x1024x10,256x256x10 -p threads=1 "${JMH[@]}" \
  -rf csv -rff $OUT/gemm-t1.csv > $OUT/gemm-t1.log 2>&1
load gemm-t2
OPENBLAS_NUM_THREADS=2 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas)$' \
  -p shape=1024 -p threads=2 "${JMH[@]}" -rf csv -rff $OUT/gemm-t2.csv > $OUT/gemm-t2.log 2>&1
load elementwise
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar \
  'ElementwiseBenchmark\.(sigmoidVecnet|sigmoidLanewiseExp|tanhVecnet|tanhLanewiseExp)$' \
  -p size=1024,65536 "${JMH[@]}" -rf csv -rff $OUT/elementwise.csv > $OUT/elementwise.log 2>&1
load mlp
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'MlpStepBenchmark' -p threads=1 -f 1 -wi 3 -i 5 -w 1s -r 1s \
  -rf csv -rff $OUT/mlp.csv > $OUT/mlp.log 2>&1
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/pytorch/mlp_step.py > $OUT/pytorch.log 2>&1
# The alternatives the defaults were chosen over, vecnet only: the 4-row and 6-row register tiles (the default is
# one of them: 4 rows at 256 bits, 6 at 512, so its column repeats the default and shows the run's noise), the
# BLIS analytical blocks (the default at 512 bits) and the fixed table (the default at 256 bits). A command-line
# -jvmArgsAppend replaces the annotation's, so it repeats --add-modules.
load alternatives
for alt in "mr4:-Dvecnet.kernels.mr=4" "mr6:-Dvecnet.kernels.mr=6" "machine:-Dvecnet.kernels.profile=machine" \
  "table:-Dvecnet.kernels.profile=table"; do
  "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.vecnet$' -p shape=512,1024 -p threads=1 \
    -jvmArgsAppend "--add-modules=jdk.incubator.vector ${alt#*:}" "${JMH[@]}" \
    -rf csv -rff $OUT/gemm-${alt%%:*}.csv > $OUT/gemm-${alt%%:*}.log 2>&1
done
# The MLP step again, vecnet and PyTorch alternating in short rounds (the table above compares two minutes).
load mlp-interleaved
python3 bench/mlp-interleaved.py --rounds 3 --java "$JAVA" > $OUT/mlp-interleaved.md 2>&1
load end
python3 bench/portability-table.py $OUT | tee $OUT/tables.md
printf '\nMLP training step, vecnet and PyTorch alternating (bench/mlp-interleaved.py)\n\n' | tee -a $OUT/tables.md
tee -a $OUT/tables.md < $OUT/mlp-interleaved.md
echo done > $OUT/DONE
