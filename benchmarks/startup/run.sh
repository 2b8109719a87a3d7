#!/usr/bin/env bash
# Start-up of the osu-scale tool, whole processes (issue 12): the framework-dependent portable build (JIT only, what
# the tool package carried before) against the linux-x64 ReadyToRun build the RID-specific tool package carries now,
# on `osu-scale --version` and on `osu-scale analyze` of a small simulated campaign (4 sizes, 1 repetition) and of
# data/kubecon-run1. Needs hyperfine (Debian: apt-get install hyperfine). Prints hyperfine's tables and writes
# benchmarks/startup/results.md.
#   benchmarks/startup/run.sh [RUNS]     (default 10 runs per command, 2 warm-ups)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-10}"
work="$(mktemp -d "${TMPDIR:-/tmp}/osu-scale-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
command -v hyperfine >/dev/null || { echo "startup: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }

cli="$repo/src/OsuScale.Cli/OsuScale.Cli.csproj"
echo "startup: publishing the portable (JIT) build and the linux-x64 ReadyToRun build" >&2
dotnet publish "$cli" -c Release -o "$work/jit" --artifacts-path "$work/art-jit" --nologo -v q -clp:ErrorsOnly
dotnet publish "$cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/r2r" --artifacts-path "$work/art-r2r" --nologo -v q -clp:ErrorsOnly
"$work/r2r/osu-scale" simulate -o "$work/small" --sizes 4,8,16,32 --repetitions 1 >/dev/null

hyperfine --runs "$runs" --warmup 2 --export-markdown "$work/version.md" \
  -n "portable JIT: --version" "$work/jit/osu-scale --version" \
  -n "ReadyToRun: --version" "$work/r2r/osu-scale --version"
hyperfine --runs "$runs" --warmup 2 --export-markdown "$work/small.md" \
  -n "portable JIT: analyze small" "$work/jit/osu-scale analyze $work/small -o $work/out-jit --no-series" \
  -n "ReadyToRun: analyze small" "$work/r2r/osu-scale analyze $work/small -o $work/out-r2r --no-series"
hyperfine --runs "$runs" --warmup 1 --export-markdown "$work/kubecon.md" \
  -n "portable JIT: analyze kubecon-run1" "$work/jit/osu-scale analyze $repo/data/kubecon-run1 -o $work/out-jit2" \
  -n "ReadyToRun: analyze kubecon-run1" "$work/r2r/osu-scale analyze $repo/data/kubecon-run1 -o $work/out-r2r2"
{
  echo "# osu-scale start-up: portable JIT build vs linux-x64 ReadyToRun"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); produced by \`benchmarks/startup/run.sh $runs\`."
  echo
  cat "$work/version.md"; echo; cat "$work/small.md"; echo; cat "$work/kubecon.md"
} > "$repo/benchmarks/startup/results.md"
cat "$repo/benchmarks/startup/results.md"
