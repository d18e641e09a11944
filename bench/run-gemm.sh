#!/usr/bin/env bash
# The GEMM benchmark run behind docs/bench/gemm.md (~20 min on 2 cores). Needs bench/target/benchmarks.jar
# (mvn -B -ntp -q -pl bench -am -DskipTests package) and Debian's libopenblas0-pthread for the OpenBLAS peer.
# OpenBLAS takes its thread count from OPENBLAS_NUM_THREADS, so each thread count is its own invocation.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
source bench/jvm-options.sh
OUT=results/bench/gemm
mkdir -p "$OUT"
JMH=(-f 1 -wi 2 -i 3 -w 1s -r 1s)
MAIN_SHAPES=64,128,256,512,1024,256x784x256,1024x1024x10,256x256x10

OPENBLAS_NUM_THREADS=1 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas|vectorBlas|javaBlas|ejml|ojalgo)$' \
  -p shape=$MAIN_SHAPES -p threads=1 "${JMH[@]}" -rf csv -rff "$OUT/t1.csv"
OPENBLAS_NUM_THREADS=1 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.naive$' \
  -p shape=64,128,256,512,256x784x256,1024x1024x10,256x256x10 -p threads=1 "${JMH[@]}" -rf csv -rff "$OUT/naive.csv"
OPENBLAS_NUM_THREADS=2 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas|ojalgo)$' \
  -p shape=$MAIN_SHAPES -p threads=2 "${JMH[@]}" -rf csv -rff "$OUT/t2.csv"
OPENBLAS_NUM_THREADS=1 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas|vectorBlas)$' \
  -p shape=2048 -p threads=1 "${JMH[@]}" -rf csv -rff "$OUT/t1-2048.csv"
OPENBLAS_NUM_THREADS=2 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas)$' \
  -p shape=2048 -p threads=2 "${JMH[@]}" -rf csv -rff "$OUT/t2-2048.csv"
python3 bench/gemm-table.py "$OUT"/*.csv
