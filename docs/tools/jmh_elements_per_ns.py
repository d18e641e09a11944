#!/usr/bin/env python3
"""Turns an ElementwiseBenchmark JMH CSV (-rf csv, mode avgt in ns/op) into Markdown tables of elements/ns.

usage: jmh_elements_per_ns.py results.csv
"""
import csv
import sys

GROUPS = [
    ("float sigmoid", ["sigmoidVecnet", "sigmoidScalarMathExp", "sigmoidLanewiseExp"]),
    ("float tanh", ["tanhVecnet", "tanhScalarMathTanh", "tanhLanewiseExp", "tanhLanewiseTanh"]),
    ("float relu / axpy vs copy", ["reluVecnet", "reluScalarLoop", "axpyVecnet", "axpyScalarLoop",
                                   "copyArraycopy", "copyLoop"]),
    ("double sigmoid", ["doubleSigmoidVecnet", "doubleSigmoidScalarMathExp", "doubleSigmoidLanewiseExp"]),
    ("double tanh", ["doubleTanhVecnet", "doubleTanhScalarMathTanh", "doubleTanhLanewiseExp"]),
]

rows = {}
for r in csv.DictReader(open(sys.argv[1])):
    name = r["Benchmark"].rsplit(".", 1)[1]
    size = int(r["Param: size"])
    rows[(name, size)] = size / float(r["Score"])  # elements per ns
sizes = sorted({s for (_, s) in rows})
for title, names in GROUPS:
    present = [n for n in names if any((n, s) in rows for s in sizes)]
    if not present:
        continue
    print(f"\n**{title}** (elements/ns, higher is better)\n")
    print("| size | " + " | ".join(present) + " |")
    print("|---:|" + "---:|" * len(present))
    for s in sizes:
        cells = [f"{rows[(n, s)]:.2f}" if (n, s) in rows else "-" for n in present]
        print(f"| {s} | " + " | ".join(cells) + " |")
