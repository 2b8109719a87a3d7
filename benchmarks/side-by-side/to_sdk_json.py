"""Wraps launcher logs into metrics-operator SDK JSON exports, one file per size.

Usage: python3 to_sdk_json.py LOG_DIR OUT_DIR
LOG_DIR holds size-N-iter-I.log files (osu-scale simulate); OUT_DIR gets size-N.json, each a list of iterations
{"data": [lines], "metadata": {...}, "spec": {"spec": {"pods": N}}} in iteration order: the layout of a real export.
"""
import json
import os
import re
import sys

logs, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
by_size = {}
for name in os.listdir(logs):
    m = re.match(r"size-(\d+)(?:-iter-(\d+))?\.log$", name)
    if m:
        by_size.setdefault(int(m.group(1)), []).append((int(m.group(2) or 1), name))
for size, files in sorted(by_size.items()):
    iterations = []
    for _, name in sorted(files):
        with open(os.path.join(logs, name), encoding="utf-8") as f:
            lines = f.read().rstrip("\n").split("\n")
        metadata = {}
        for line in lines:
            if line.startswith("METADATA START "):
                metadata = json.loads(line[len("METADATA START "):])
                break
        iterations.append({"data": lines, "metadata": metadata, "spec": {"spec": {"pods": size}}})
    with open(os.path.join(out, f"size-{size}.json"), "w", encoding="utf-8") as f:
        json.dump(iterations, f, indent=4)
