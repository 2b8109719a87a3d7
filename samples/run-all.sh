#!/usr/bin/env bash
# Runs every sample program on data it can reach and checks that each one succeeded and printed what it should.
#   samples/run-all.sh                      samples built against the library project (as in the solution)
#   samples/run-all.sh --package FEED VER   samples built against the OsuScale package VER from the folder feed FEED
#   samples/run-all.sh --package            the same with OsuScale packed now (unique prerelease version, temp feed)
# The write-up sample uses the real campaign data/kubecon-run1 shipped with the repository,
# the others the synthetic example campaign data/example.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

out="$(mktemp -d "${TMPDIR:-/tmp}/osu-scale-samples.XXXXXX")"
cached=""   # a unique version packed here, removed from the NuGet cache afterwards
trap 'rm -rf "$out"; [[ -n "$cached" ]] && rm -rf "$cached"' EXIT

build_args=(-c Release --nologo -v q)
package_mode=0
if [[ "${1:-}" == "--package" && -z "${2:-}" ]]; then
  # No feed given: pack OsuScale with a unique prerelease version into a temporary feed.
  prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
  suffix="samples.$(date -u +%Y%m%d%H%M%S).$$"
  echo "samples: packing OsuScale $prefix-$suffix"
  dotnet pack src/OsuScale/OsuScale.csproj -c Release -o "$out/feed" --artifacts-path "$out/artifacts" \
    "-p:VersionSuffix=$suffix" --nologo -v q -clp:ErrorsOnly
  set -- --package "$out/feed" "$prefix-$suffix"
  cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/osuscale/$(echo "$prefix-$suffix" | tr '[:upper:]' '[:lower:]')"
fi
if [[ "${1:-}" == "--package" ]]; then
  feed="$(cd "$2" && pwd)"; version="$3"
  # A separate output folder keeps package builds from mixing with project-reference builds.
  build_args+=(-p:UsePackage=true "-p:OsuScaleVersion=$version" "-p:RestoreAdditionalProjectSources=$feed")
  package_mode=1
  echo "samples: against package OsuScale $version from $feed"
fi

failures=0

fail() { echo "samples: FAIL: $*" >&2; failures=$((failures + 1)); }

# run NAME EXPECTED_TEXT ARGS... : builds and runs samples/NAME, checks the exit code and that stdout has EXPECTED_TEXT.
run() {
  local name="$1" expect="$2"; shift 2
  echo "== $name $*"
  local log="$out/$name.log"
  local extra=()
  # Package builds get their own intermediate folder so they never mix with the solution's project-reference build.
  [[ $package_mode -eq 1 ]] && extra=("-p:BaseIntermediateOutputPath=$out/obj/$name/")
  if ! dotnet build "samples/$name/$name.csproj" "${build_args[@]}" "${extra[@]}" -o "$out/bin/$name" -clp:ErrorsOnly >"$log.build" 2>&1; then
    cat "$log.build" >&2; fail "$name does not build"; return
  fi
  if [[ $package_mode -eq 1 ]] && ! grep -qF "\"OsuScale/$version\"" "$out/obj/$name/project.assets.json"; then
    fail "$name did not resolve the OsuScale $version package"; return
  fi
  local code=0
  dotnet "$out/bin/$name/$name.dll" "$@" >"$log" 2>&1 || code=$?
  cat "$log"
  if [[ $code -ne 0 ]]; then fail "$name exited with $code"; return; fi
  if ! grep -qF -- "$expect" "$log"; then fail "$name did not print '$expect'"; return; fi
}

run QuickStart "wrote $out/quickstart/scaling-" data/example "$out/quickstart"
[[ -s "$(ls "$out"/quickstart/scaling-*.png 2>/dev/null | head -1)" ]] || fail "QuickStart wrote no PNG"

# The real campaign ships with the repository (data/kubecon-run1, MIT, see its NOTICE.md).
kubecon="$repo/data/kubecon-run1"
run KubeconWriteup "### Scalability Issues" "$kubecon" "$out/writeup"
grep -q "osu_allgather" "$out/writeup/README.md" 2>/dev/null || fail "KubeconWriteup README.md lacks osu_allgather"
n=$(ls "$out"/writeup/img/*.png 2>/dev/null | wc -l)
[[ $n -ge 23 ]] || fail "KubeconWriteup wrote $n figures, expected 22 benchmarks + overview"

run ExtendingAnalysis "worst growth: " data/example
run ExtendingAnalysis "worst growth: " "$kubecon"

# Without arguments, as a user starts a sample from their own project: in a folder that has data/example (here a link
# to the repository's) it analyses it; in one that has not, it prints a usage line and exits with 2, no stack trace.
# without_arguments NAME EXPECTED_CODE EXPECTED_TEXT [WITH_DATA]
without_arguments() {
  local name="$1" expect_code="$2" expect="$3" dir="$out/cwd-$1-$2"
  mkdir -p "$dir"
  [[ -n "${4:-}" ]] && mkdir -p "$dir/data" && ln -s "$repo/data/example" "$dir/data/example"
  echo "== $name (no arguments, in a folder $([[ -n "${4:-}" ]] && echo with || echo without) data/example)"
  local code=0
  (cd "$dir" && dotnet "$out/bin/$name/$name.dll") >"$dir.log" 2>&1 </dev/null || code=$?
  cat "$dir.log"
  if [[ $code -ne $expect_code ]]; then fail "$name without arguments exited with $code, expected $expect_code"; return; fi
  if ! grep -qF -- "$expect" "$dir.log"; then fail "$name without arguments did not print '$expect'"; return; fi
  if grep -q "Unhandled exception" "$dir.log"; then fail "$name without arguments threw"; fi
}
without_arguments QuickStart 0 "/quickstart-out/scaling-osu_allgather.png" with-data
[[ -s "$out/cwd-QuickStart-0/quickstart-out/scaling-osu_allgather.png" ]] || fail "QuickStart without arguments wrote no PNG"
without_arguments QuickStart 2 "usage: QuickStart [FOLDER] [OUTPUT]"
without_arguments ExtendingAnalysis 2 "usage: ExtendingAnalysis [FOLDER]"
without_arguments KubeconWriteup 2 "usage: KubeconWriteup FOLDER [OUTPUT]"

if [[ $failures -ne 0 ]]; then
  echo "samples: $failures failure(s)" >&2
  exit 1
fi
echo "samples: all passed"
