#!/usr/bin/env bash
# Every number of the summary in docs/BENCHMARKS.md: GEMM vs OpenBLAS/VectorBLAS, MLP step vs PyTorch, element-wise.
# Needs: mvn -B -ntp -DskipTests package; apt-get install -y libopenblas0-pthread python3-torch
set -u
cd "$(dirname "$0")/.."
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
source bench/jvm-options.sh
OUT=results/bench/final
mkdir -p $OUT
source bench/header.sh
load gemm-t1
OPENBLAS_NUM_THREADS=1 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas|vectorBlas)$' \
  -p shape=64,128,256,512,1024,256x784x256,1024x1024x10,256x256x10 -p threads=1 \
  -f 1 -wi 2 -i 3 -w 1s -r 1s -rf csv -rff $OUT/gemm-t1.csv > $OUT/gemm-t1.log 2>&1
load gemm-t2
OPENBLAS_NUM_THREADS=2 "$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'GemmBenchmark\.(vecnet|openblas)$' \
  -p shape=1024 -p threads=2 -f 1 -wi 2 -i 3 -w 1s -r 1s -rf csv -rff $OUT/gemm-t2.csv > $OUT/gemm-t2.log 2>&1
load mlp
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'MlpStepBenchmark' -f 1 -wi 3 -i 5 -w 1s -r 1s -rf csv -rff $OUT/mlp.csv > $OUT/mlp.log 2>&1
OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 bench/pytorch/mlp_step.py > $OUT/pytorch.log 2>&1
load elementwise
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'ElementwiseBenchmark\.(sigmoidVecnet|sigmoidScalarMathExp|sigmoidLanewiseExp|tanhVecnet|tanhScalarMathTanh|tanhLanewiseExp)$' \
  -p size=1024,65536 -f 1 -wi 3 -w 1s -i 3 -r 1s -rf csv -rff $OUT/elementwise.csv > $OUT/elementwise.log 2>&1
"$JAVA" "${JVM_OPTS[@]}" -jar bench/target/benchmarks.jar 'ElementwiseBenchmark\.(reluVecnet|axpyVecnet|copyArraycopy|copyLoop)$' \
  -p size=16777216 -f 1 -wi 3 -w 1s -i 5 -r 1s -rf csv -rff $OUT/copy.csv > $OUT/copy.log 2>&1
date >> $OUT/when.txt; uptime >> $OUT/when.txt
echo done > $OUT/DONE
