#!/usr/bin/env bash
# The issue-12 tables in one short run: the header (CPU, JDK, load, chosen kernel and blocks), then vecnet and
# OpenBLAS (netlib NativeBLAS) in the same JMH invocation for sgemm/dgemm 256/512/1024 and the MLP shapes on one
# thread, 1024 on two threads (vecnet's one-thread row is in the first table), and sigmoid/tanh against the
# lanewise(EXP) loop. Short forks (1 fork, 2 x 1 s warm-up, 3 x 1 s measurement) for a shared machine.
# Needs: mvn -B -ntp -DskipTests -pl bench -am package; apt-get install -y libopenblas0-pthread
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
# The model's blocks against the old fixed table (the reproducible profile) on this CPU, vecnet only. A command-line
# -jvmArgsAppend replaces the annotation's, so it repeats --add-modules.
load gemm-table
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.vecnet$' -p shape=512,1024 -p threads=1 \
  -jvmArgsAppend "--add-modules=jdk.incubator.vector -Dvecnet.kernels.profile=reproducible" "${JMH[@]}" \
  -rf csv -rff $OUT/gemm-table.csv > $OUT/gemm-table.log 2>&1
load end
echo done > $OUT/DONE
