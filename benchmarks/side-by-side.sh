#!/usr/bin/env bash
# Times whole processes side by side, paired runs in one call, the median of RUNS (5) each:
#   osu-scale tables   vs the metrics-operator Python SDK's OSU parser, on the same files
#                         (a simulated campaign of the real shape as SDK JSON, 22 benchmarks x 6 sizes x 20 repetitions,
#                          plus the launcher logs of data/kubecon-run1);
#   osu-scale analyze  (raw SDK JSON: parsing, every wall-time and message-size series)
#                      vs Extra-P modelling the 22 pre-extracted wall-time series of the same campaign.
# The anchors (their sources, unmodified) are in ../shared/anchors (ANCHORS=... to point elsewhere); they run on
# Debian's /usr/bin/python3, whose packages this script installs with apt-get when it can, or skips with a message.
# Usage: benchmarks/side-by-side.sh [RUNS]      Output: a Markdown table on stdout, progress on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-5}
anchors=${ANCHORS:-$root/../shared/anchors}
[ -d "$anchors" ] || anchors=/work/shared/anchors
py=/usr/bin/python3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
say() { echo "side-by-side: $*" >&2; }

packages="python3-numpy python3-scipy python3-sympy python3-tqdm python3-marshmallow python3-packaging python3-matplotlib python3-sklearn python3-yaml python3-kubernetes"
modules="numpy, scipy, sympy, tqdm, marshmallow, packaging, matplotlib, sklearn, yaml, kubernetes"
if [ -x "$py" ] && ! "$py" -c "import $modules" 2>/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing $packages"
        apt-get install -y -q $packages >/dev/null 2>&1 || say "apt-get could not install them"
    fi
fi
sdk=yes; extrap=yes
if [ ! -x "$py" ] || [ ! -d "$anchors/metricsoperator-sdk" ] || ! PYTHONPATH="$anchors/metricsoperator-sdk" "$py" -c 'import metricsoperator.metrics' 2>/dev/null; then
    sdk=no; say "skipping the SDK parser: /usr/bin/python3 with the metricsoperator SDK ($anchors/metricsoperator-sdk) and its packages is not available"
fi
if [ ! -x "$anchors/extrap/run" ] || ! "$py" -c 'import numpy, scipy, sympy, sklearn' 2>/dev/null; then
    extrap=no; say "skipping Extra-P: $anchors/extrap/run or its python3 packages are not available"
fi

say "publishing osu-scale (Release)"
dotnet publish src/OsuScale.Cli -c Release -o "$work/cli" -v q --nologo >&2
osu="$work/cli/osu-scale"

say "simulating the campaign (22 benchmarks, sizes 4-128, 20 repetitions) and wrapping it as SDK JSON"
"$osu" simulate -o "$work/logs" --sizes 4,8,16,32,64,128 --repetitions 20 --seed 1 >/dev/null 2>&1
"$py" benchmarks/side-by-side/to_sdk_json.py "$work/logs" "$work/json"
mkdir -p "$work/inputs"
cp "$work"/json/*.json "$work/inputs/"
for f in data/kubecon-run1/size-*.log; do cp "$f" "$work/inputs/kubecon-$(basename "$f")"; done
"$osu" times "$work/json" -o "$work/times.log" 2>/dev/null
"$py" benchmarks/side-by-side/extrap_input.py "$work/times.log" > "$work/walltimes.txt"
say "inputs: $(du -sh "$work/json" | cut -f1) of SDK JSON + kubecon-run1; $(grep -c '^REGION' "$work/walltimes.txt") wall-time series for Extra-P"

# seconds (wall clock) of one run of a command; the output is discarded, a failure aborts
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { say "failed: $*"; exit 1; }
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -a tables sdkp analyze extra
for i in $(seq "$runs"); do
    say "round $i of $runs"
    rm -rf "$work/out"
    tables+=("$(seconds "$osu" tables "$work/inputs" -o "$work/out")")
    [ $sdk = yes ] && sdkp+=("$(seconds env PYTHONPATH="$anchors/metricsoperator-sdk" "$py" benchmarks/side-by-side/sdk_parse.py "$work/inputs")")
    analyze+=("$(seconds "$osu" analyze "$work/json" -o "$work/analysis")")
    [ $extrap = yes ] && extra+=("$(seconds "$anchors/extrap/run" --text "$work/walltimes.txt")")
done

mt=$(median "${tables[@]}"); ma=$(median "${analyze[@]}")
echo "| work | osu-scale (median of $runs) | the other tool (median of $runs) | ratio |"
echo "|---|---|---|---|"
if [ $sdk = yes ]; then ms=$(median "${sdkp[@]}"); printf '| `osu-scale tables` on the SDK JSON campaign + kubecon-run1 | %.2f s | metrics-operator SDK parser: %.2f s | %.2f |\n' "$mt" "$ms" "$(echo "$mt / $ms" | bc -l)"
else printf '| `osu-scale tables` | %.2f s | (SDK parser skipped) | |\n' "$mt"; fi
if [ $extrap = yes ]; then me=$(median "${extra[@]}"); printf '| `osu-scale analyze` on the raw SDK JSON campaign | %.2f s | Extra-P on the %s pre-extracted wall-time series: %.2f s | %.2f |\n' "$ma" "$(grep -c '^REGION' "$work/walltimes.txt")" "$me" "$(echo "$ma / $me" | bc -l)"
else printf '| `osu-scale analyze` | %.2f s | (Extra-P skipped) | |\n' "$ma"; fi
echo
echo "Each run: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end; inputs $(du -sh "$work/inputs" | cut -f1)."
