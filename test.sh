#!/usr/bin/env bash
# The test command, in tiers (xUnit trait Category; docs: README "Tests"):
#   ./test.sh              every tier, exactly as CI runs it (.ci/run calls this): unit, CLI, simulation sweeps and
#                          integration (packaging and tool install from a local feed), then the samples and the notebook
#   ./test.sh fast         the inner loop: unit + CLI tests, no packaging, no sweeps, no samples or notebook (< 60 s once built)
#   ./test.sh unit | cli | sweep | integration     one tier (integration includes the samples and the notebook)
# Further arguments go to 'dotnet test' (e.g. ./test.sh fast --no-build). Ends with one summary line over everything
# it ran: "tests: N passed, N failed, N skipped" (the samples and the notebook count as one test each).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# A variable that makes tests rewrite their expected files would make them pass whatever they compute: never in CI.
for variable in OSU_SCALE_UPDATE_GOLDEN OSUSCALE_UPDATE_PUBLIC_API; do
  if [[ -n "${!variable:-}" && "${CI:-}" == "true" ]]; then
    echo "error: $variable is set in CI; the tests would rewrite golden files, snapshots or the API baseline and pass" >&2
    echo "tests: 0 passed, 1 failed, 0 skipped"
    exit 1
  fi
done

tier=all
case "${1:-}" in all|fast|unit|cli|sweep|integration) tier="$1"; shift ;; esac
case "$tier" in
  all)         filter="" ;;
  fast)        filter="Category!=Integration&Category!=Sweep" ;;
  unit)        filter="Category!=Integration&Category!=Sweep&Category!=Cli" ;;
  cli)         filter="Category=Cli" ;;
  sweep)       filter="Category=Sweep" ;;
  integration) filter="Category=Integration" ;;
esac

.ci/setup
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
args=(test OsuScale.sln -c Release --nologo -v q)
[[ -n "$filter" ]] && args+=(--filter "$filter")
dotnet "${args[@]}" "$@" 2>&1 | tee "$log" || status=$?
count() { grep -oE "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
passed=$(count Passed); failed=$(count Failed); skipped=$(count Skipped)

# The integration tier also runs what users run: the samples (built against the library) and the notebook.
if [[ "$tier" == all || "$tier" == integration ]]; then
  for script in samples/run-all.sh samples/notebooks/run-notebook.sh; do
    echo "== $script"
    if bash "$script"; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; echo "FAILED: $script" >&2; fi
  done
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
