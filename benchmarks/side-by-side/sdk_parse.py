"""Runs the metrics-operator Python SDK's OSU parser over the same inputs osu-scale reads.

Usage: PYTHONPATH=ANCHORS/metricsoperator-sdk python3 sdk_parse.py FILE_OR_DIR...
A launcher log is parsed whole; an SDK JSON export (a list of iterations) is parsed one iteration at a time, its
"data" lines joined, as the SDK does when it reads a pod's log. Prints the number of parsed sections. Our own driver:
it only calls the SDK's parse_log.
"""
import json
import os
import sys

from metricsoperator.metrics import get_metric


def inputs(paths):
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                if name.endswith((".log", ".json")):
                    yield os.path.join(path, name)
        else:
            yield path


def main():
    parser = get_metric("network-osu-benchmark")()
    sections = 0
    for path in inputs(sys.argv[1:]):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if text.lstrip().startswith("["):
            for iteration in json.loads(text):
                sections += len(parser.parse_log("\n".join(iteration["data"]))["data"])
        else:
            sections += len(parser.parse_log(text)["data"])
    print(sections)


if __name__ == "__main__":
    main()
