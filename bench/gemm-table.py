#!/usr/bin/env python3
"""Turns GemmBenchmark JMH CSV files into the markdown table of docs/bench/gemm.md: GFLOP/s = 2mnk/t, and the
ratio to OpenBLAS measured in the same run (same precision, shape and thread count)."""
import csv
import sys

rows = {}
for path in sys.argv[1:]:
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            impl = r["Benchmark"].rsplit(".", 1)[1]
            shape = r["Param: shape"]
            dims = [int(x) for x in shape.split("x")]
            m, k, n = dims if len(dims) == 3 else dims * 3
            us = float(r["Score"])
            gflops = 2.0 * m * n * k / (us * 1e-6) / 1e9
            rows[(r["Param: precision"], shape, int(r["Param: threads"]), impl)] = gflops

impls = ["vecnet", "openblas", "vectorBlas", "javaBlas", "ejml", "ojalgo", "naive"]
order = ["64", "128", "256", "512", "1024", "2048", "256x784x256", "1024x1024x10", "256x256x10"]
print("| precision | shape (m x k x n) | threads | " + " | ".join(impls) + " | vecnet / OpenBLAS | vecnet / VectorBLAS |")
print("|---|---|---|" + "---|" * (len(impls) + 2))
for precision in ["float", "double"]:
    for threads in [1, 2]:
        for shape in order:
            vals = [rows.get((precision, shape, threads, i)) for i in impls]
            if vals[0] is None:
                continue
            cells = ["%.1f" % v if v is not None else "-" for v in vals]
            ob = rows.get((precision, shape, threads, "openblas"))
            vb = rows.get((precision, shape, threads, "vectorBlas"))
            ratio = "%.2f" % (vals[0] / ob) if ob else "-"
            vratio = "%.2f" % (vals[0] / vb) if vb else "-"
            label = shape if "x" in shape else "%s x %s x %s" % (shape, shape, shape)
            print("| %s | %s | %d | %s | %s | %s |" % (precision, label, threads, " | ".join(cells), ratio, vratio))
speed = []
for precision in ["float", "double"]:
    for shape in order:
        one = rows.get((precision, shape, 1, "vecnet"))
        two = rows.get((precision, shape, 2, "vecnet"))
        if one and two:
            speed.append("%s %s: %.2fx" % (precision, shape, two / one))
print()
print("vecnet 2 threads / 1 thread: " + ", ".join(speed))
