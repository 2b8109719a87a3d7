"""Turns a times.log into Extra-P's text format: one region per benchmark, the wall times of each size as one DATA line.

Usage: python3 extrap_input.py TIMES_LOG > walltimes.txt
Only benchmarks measured at every size are kept (Extra-P needs the same points for every region).
"""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
sizes = sorted({int(r["SIZE_NODES"]) for r in rows})
series = {}
for r in rows:
    series.setdefault(r["METRIC"], {}).setdefault(int(r["SIZE_NODES"]), []).append(float(r["TIME_SECONDS"]))
print("PARAMETER p")
print("POINTS " + " ".join(f"( {s} )" for s in sizes))
print()
for name, by_size in series.items():
    if sorted(by_size) != sizes:
        continue
    print(f"REGION {name}")
    print("METRIC time")
    for s in sizes:
        print("DATA " + " ".join(repr(v) for v in by_size[s]))
    print()
