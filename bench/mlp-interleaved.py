#!/usr/bin/env python3
"""MLP training step, vecnet (JMH MlpStepBenchmark) against PyTorch CPU (bench/pytorch/mlp_step.py), interleaved.

The two run in separate processes, so on a shared machine a PyTorch run minutes after the JMH run compares two
different minutes (on the project's Zen 3 the PyTorch time of case (b) moved from 1.75 to 2.65 ms between runs).
This script alternates them in short rounds (JMH: 1 fork, 2 x 1 s warm-up, 3 x 1 s; PyTorch: 1 s warm-up, 3 x 1 s),
one thread each, and reports each round's ratio PyTorch / vecnet and their median: every ratio compares two
measurements taken within about half a minute of each other.

Usage (from the repository root, after mvn -B -ntp -DskipTests -pl bench -am package):
  python3 bench/mlp-interleaved.py [--rounds 3] [--java /usr/lib/jvm/temurin-25-jdk-amd64/bin/java]
      [--baseline OLD.jar] [config ...]
--baseline also runs an older build's benchmarks.jar in every round (before vecnet), for before/after ratios
measured in the same minutes.
"""
import argparse
import csv
import os
import statistics
import subprocess
import tempfile

CONFIGS = ["a_784_256_256_10_f32_b256", "b_10_64x3_1_sigmoid_f32_b1024", "c_1_32x4_1_relu_f64_b20"]


def vecnet_ms(java, config, jar="bench/target/benchmarks.jar"):
    with tempfile.NamedTemporaryFile(suffix=".csv") as out:
        subprocess.run(
            [java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar",
             jar, "MlpStepBenchmark", "-p", "config=" + config, "-p", "threads=1",
             "-f", "1", "-wi", "2", "-i", "3", "-w", "1s", "-r", "1s", "-rf", "csv", "-rff", out.name],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(out.name, newline="") as f:
            return float(next(csv.DictReader(f))["Score"])


def pytorch_ms(config):
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    text = subprocess.run(["/usr/bin/python3", "bench/pytorch/mlp_step.py", "--rounds", "3", "--seconds", "1",
                           config], check=True, capture_output=True, text=True, env=env).stdout
    for line in text.splitlines():
        if line.startswith(config):
            return float(line.split()[2])
    raise RuntimeError("no timing for " + config + " in:\n" + text)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--java", default="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
    parser.add_argument("--baseline", help="an older benchmarks.jar, run in every round too")
    parser.add_argument("configs", nargs="*", default=CONFIGS)
    args = parser.parse_args()
    old = " baseline ms | baseline / vecnet |" if args.baseline else ""
    print("| model | round | vecnet ms | PyTorch ms | PyTorch / vecnet |" + old)
    print("|---|---:|---:|---:|---:|" + ("---:|---:|" if args.baseline else ""))
    summary = []
    for config in args.configs:
        ratios = []
        speedups = []
        for r in range(1, args.rounds + 1):
            b = vecnet_ms(args.java, config, args.baseline) if args.baseline else None
            v = vecnet_ms(args.java, config)
            t = pytorch_ms(config)
            ratios.append(t / v)
            row = f"| {config} | {r} | {v:.3f} | {t:.3f} | {t / v:.2f} |"
            if b is not None:
                speedups.append(b / v)
                row += f" {b:.3f} | {b / v:.2f} |"
            print(row, flush=True)
        speedup = f" {statistics.median(speedups):.2f} |" if speedups else ""
        summary.append((config, statistics.median(ratios), min(ratios), max(ratios), speedup))
    print()
    print("| model | median PyTorch / vecnet | range |" + (" median baseline / vecnet |" if args.baseline else ""))
    print("|---|---:|---|" + ("---:|" if args.baseline else ""))
    for config, med, lo, hi, speedup in summary:
        print(f"| {config} | {med:.2f} | {lo:.2f}-{hi:.2f} |{speedup}")


if __name__ == "__main__":
    main()
