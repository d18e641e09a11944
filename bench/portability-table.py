#!/usr/bin/env python3
"""Summarises one bench/run-portability.sh run (its CSVs and logs in the directory given) as the markdown tables of
docs/BENCHMARKS.md: each vecnet number beside the peer measured in the same run, and their ratio, against the
targets of issue 12. Only reads what the run wrote; prints '-' for anything missing."""
import csv
import os
import re
import sys

out = sys.argv[1] if len(sys.argv) > 1 else "results/bench/portability"


def read(name):
    path = os.path.join(out, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return list(csv.DictReader(f))


def gflops(r):
    dims = [int(x) for x in r["Param: shape"].split("x")]
    m, k, n = dims if len(dims) == 3 else dims * 3
    return 2.0 * m * n * k / (float(r["Score"]) * 1e-6) / 1e9


def fmt(x, digits=1):
    return "-" if x is None else ("%." + str(digits) + "f") % x


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


gemm = {}
for name in ["gemm-t1.csv", "gemm-t2.csv"]:
    for r in read(name):
        impl = r["Benchmark"].rsplit(".", 1)[1]
        gemm[(r["Param: precision"], r["Param: shape"], int(r["Param: threads"]), impl)] = gflops(r)
alt = {}
for name, label in [("gemm-mr4.csv", "4-row tile"), ("gemm-mr6.csv", "6-row tile"), ("gemm-machine.csv", "analytical blocks"),
                    ("gemm-table.csv", "table blocks")]:
    for r in read(name):
        alt[(label, r["Param: precision"], r["Param: shape"])] = gflops(r)

print("GEMM, GFLOP/s = 2mnk/t (target: vecnet / OpenBLAS >= 1.0)\n")
print("| precision | shape (m x k x n) | threads | vecnet | OpenBLAS | vecnet / OpenBLAS |")
print("|---|---|---:|---:|---:|---:|")
for precision in ["float", "double"]:
    for threads, shapes in [(1, ["256", "512", "1024", "256x784x256", "1024x1024x10", "256x256x10"]), (2, ["1024"])]:
        for shape in shapes:
            v = gemm.get((precision, shape, threads, "vecnet"))
            o = gemm.get((precision, shape, threads, "openblas"))
            if v is None and o is None:
                continue
            print("| %s | %s | %d | %s | %s | %s |" % (precision, shape, threads, fmt(v), fmt(o), fmt(ratio(v, o), 2)))
print()
for precision in ["float", "double"]:
    v1, v2 = gemm.get((precision, "1024", 1, "vecnet")), gemm.get((precision, "1024", 2, "vecnet"))
    o1, o2 = gemm.get((precision, "1024", 1, "openblas")), gemm.get((precision, "1024", 2, "openblas"))
    print("- %s 1024, 2 threads / 1 thread: vecnet %sx, OpenBLAS %sx (target >= 1.9x)"
          % (precision, fmt(ratio(v2, v1), 2), fmt(ratio(o2, o1), 2)))
if alt:
    print("\nThe choices behind the defaults, vecnet only, same run (GFLOP/s, 1 thread):\n")
    print("| precision | shape | default | 4-row tile (`-Dvecnet.kernels.mr=4`) | 6-row tile (`-Dvecnet.kernels.mr=6`) "
          "| analytical blocks (`profile=machine`) | table blocks (`profile=table`) |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for precision in ["float", "double"]:
        for shape in ["512", "1024"]:
            print("| %s | %s | %s | %s | %s | %s | %s |" % (precision, shape, fmt(gemm.get((precision, shape, 1, "vecnet"))),
                                                fmt(alt.get(("4-row tile", precision, shape))),
                                                fmt(alt.get(("6-row tile", precision, shape))),
                                                fmt(alt.get(("analytical blocks", precision, shape))),
                                                fmt(alt.get(("table blocks", precision, shape)))))

mlp = {r["Param: config"]: float(r["Score"]) for r in read("mlp.csv")}
torch = {}
path = os.path.join(out, "pytorch.log")
if os.path.exists(path):
    for line in open(path):
        m = re.match(r"(\S+)\s+median\s+([\d.]+) ms/step", line)
        if m:
            torch[m.group(1)] = float(m.group(2))
if mlp or torch:
    print("\nMLP training step, ms/step, 1 thread (target: PyTorch / vecnet >= 1.5 for a and b, >= 5 for c)\n")
    print("| model | vecnet | PyTorch CPU | PyTorch / vecnet |")
    print("|---|---:|---:|---:|")
    for config in sorted(set(mlp) | set(torch)):
        v, t = mlp.get(config), torch.get(config)
        print("| %s | %s | %s | %s |" % (config, fmt(v, 3), fmt(t, 3), fmt(ratio(t, v), 2)))

ew = {}
for r in read("elementwise.csv"):
    ew[(r["Benchmark"].rsplit(".", 1)[1], int(r["Param: size"]))] = float(r["Score"])
if ew:
    print("\nsigmoid / tanh, float (target: vecnet >= 1.5x the lanewise(EXP) loop)\n")
    print("| function | size | vecnet | lanewise(EXP) loop | vecnet / loop |")
    print("|---|---:|---:|---:|---:|")
    unit = read("elementwise.csv")[0]["Unit"]
    faster_is_lower = unit.endswith("/op")
    for fn in ["sigmoid", "tanh"]:
        for size in [1024, 65536]:
            v, l = ew.get((fn + "Vecnet", size)), ew.get((fn + "LanewiseExp", size))
            speedup = ratio(l, v) if faster_is_lower else ratio(v, l)
            print("| %s | %d | %s %s | %s | %s |" % (fn, size, fmt(v, 3), unit, fmt(l, 3), fmt(speedup, 2)))
