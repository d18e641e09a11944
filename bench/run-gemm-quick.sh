#!/usr/bin/env bash
# Shorter GEMM run (~9 min): vecnet and OpenBLAS only, every shape, 1 and 2 threads, float and double.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
source bench/jvm-options.sh
OUT=results/bench/gemm-quick
mkdir -p "$OUT"
for t in 1 2; do
  OPENBLAS_NUM_THREADS=$t "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas)$' \
    -p threads=$t -f 1 -wi 2 -i 3 -w 1s -r 1s -rf csv -rff "$OUT/t$t.csv"
done
python3 bench/gemm-table.py "$OUT"/*.csv
