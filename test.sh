#!/usr/bin/env bash
# The test command, in tiers (xUnit trait Category; docs: README "Tests"):
#   ./test.sh              every tier, exactly as CI runs it (.ci/run calls this): unit, CLI, simulation sweeps and
#                          integration (packaging and tool install from a local feed), then the samples, the notebook
#                          and the package on net8.0 and net10.0 (tests/frameworks)
#   ./test.sh fast         the inner loop: unit + CLI tests, no packaging, no sweeps, no samples or notebook (< 60 s once built)
#   ./test.sh unit | cli | sweep | integration     one tier (integration includes the samples, notebook, frameworks)
# Further arguments go to 'dotnet test' (e.g. ./test.sh fast --no-build). Ends with one summary line over everything
# it ran: "tests: N passed, N failed, N skipped" (each integration script counts as one test).
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

# The integration tier also runs what users run, each step counted as one test and timed: the samples (built against
# the library), then one OsuScale package (a unique stable version: the notebook's '#r "nuget: OsuScale"' takes the
# newest stable one; removed from the NuGet cache afterwards) for the notebook and for the net8.0/net10.0 check.
if [[ "$tier" == all || "$tier" == integration ]]; then
  work="$(mktemp -d)"
  version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' Directory.Build.props).$(date -u +%s)"
  trap 'rm -f "$log"; rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}/osuscale/$version"' EXIT
  step() {
    local name="$1" start=$SECONDS; shift
    echo "== $name"
    if "$@"; then passed=$((passed + 1)); echo "== $name: passed in $((SECONDS - start)) s"
    else failed=$((failed + 1)); status=1; echo "== $name: FAILED after $((SECONDS - start)) s" >&2; fi
  }
  step samples bash samples/run-all.sh
  step "pack OsuScale $version" dotnet pack src/OsuScale/OsuScale.csproj -c Release -o "$work/feed" --artifacts-path "$work/artifacts" \
    "-p:PackageVersion=$version" --nologo -v q -clp:ErrorsOnly
  step notebook bash samples/notebooks/run-notebook.sh "$work/feed" "$version"
  step "net8.0 and net10.0" bash tests/frameworks/run.sh "$work/feed" "$version"
fi
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit "$status"
