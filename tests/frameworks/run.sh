#!/usr/bin/env bash
# Runs the OsuScale package on every target framework it ships and checks that they agree: the consumer beside this
# script is built against the packed package for net10.0 (run on the installed runtime) and published self-contained
# for net8.0 on linux-x64 (the .NET 8 runtime comes from NuGet's runtime pack, so no .NET 8 installation is needed);
# both analyse data/kubecon-run1 and their verdicts, as CSV with round-trip numbers, must be identical.
#   tests/frameworks/run.sh                  packs OsuScale with a unique prerelease version into a temporary feed
#   tests/frameworks/run.sh FEED VERSION     uses OsuScale VERSION from the folder feed FEED
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/osu-scale-frameworks.XXXXXX")"
cached=""   # a unique version packed here, removed from the NuGet cache afterwards
trap 'rm -rf "$work"; [[ -n "$cached" ]] && rm -rf "$cached"' EXIT
start=$SECONDS

if [[ $# -ge 2 ]]; then
  feed="$(cd "$1" && pwd)"; version="$2"
else
  prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
  suffix="tfm.$(date -u +%Y%m%d%H%M%S).$$"
  version="$prefix-$suffix"
  feed="$work/feed"
  cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/osuscale/$(echo "$version" | tr '[:upper:]' '[:lower:]')"
  echo "frameworks: packing OsuScale $version"
  dotnet pack "$repo/src/OsuScale/OsuScale.csproj" -c Release -o "$feed" --artifacts-path "$work/artifacts" \
    "-p:VersionSuffix=$suffix" --nologo -v q -clp:ErrorsOnly
fi
[[ -f "$feed/OsuScale.$version.nupkg" ]] || { echo "frameworks: error: $feed/OsuScale.$version.nupkg not found" >&2; exit 1; }

# The consumer is built outside the checkout, as a user's project would be.
project="$work/consumer"
mkdir -p "$project"
cp "$here/VerdictConsumer.csproj" "$here/Program.cs" "$here/Directory.Build.props" "$project/"
build_args=(-c Release --nologo -v q -clp:ErrorsOnly "-p:OsuScaleVersion=$version" "-p:RestoreAdditionalProjectSources=$feed")
data="$repo/data/kubecon-run1"

# quietly NAME COMMAND...: runs a build step, showing its output only when it fails.
quietly() {
  local name="$1"; shift
  "$@" >"$work/$name.log" 2>&1 || { cat "$work/$name.log" >&2; echo "frameworks: error: $name failed" >&2; exit 1; }
}
step=$SECONDS
quietly publish-net8.0 dotnet publish "$project/VerdictConsumer.csproj" -f net8.0 -r linux-x64 --self-contained "${build_args[@]}" -o "$work/net8.0"
"$work/net8.0/VerdictConsumer" "$data" >"$work/net8.0.csv"
echo "frameworks: net8.0 self-contained linux-x64 publish and run: $((SECONDS - step)) s"
step=$SECONDS
quietly build-net10.0 dotnet build "$project/VerdictConsumer.csproj" -f net10.0 "${build_args[@]}" -o "$work/net10.0"
dotnet "$work/net10.0/VerdictConsumer.dll" "$data" >"$work/net10.0.csv"
echo "frameworks: net10.0 build and run: $((SECONDS - step)) s"

# Both ran on the runtime they were built for, against the package (not the checkout).
grep -q "^runtime: .NET 8\." "$work/net8.0.csv" || { echo "frameworks: error: the net8.0 build did not run on .NET 8: $(head -1 "$work/net8.0.csv")" >&2; exit 1; }
grep -q "^runtime: .NET 10\." "$work/net10.0.csv" || { echo "frameworks: error: the net10.0 build did not run on .NET 10: $(head -1 "$work/net10.0.csv")" >&2; exit 1; }
[[ -f "$work/net8.0/libcoreclr.so" ]] || { echo "frameworks: error: the net8.0 publish is not self-contained" >&2; exit 1; }
grep -qF "\"OsuScale/$version\"" "$project/obj/project.assets.json" || { echo "frameworks: error: OsuScale $version not resolved from the package" >&2; exit 1; }
for tfm in net8.0 net10.0; do
  grep -q "^osu_allgather,wall_seconds,scaling-issue," "$work/$tfm.csv" || { echo "frameworks: error: $tfm: no osu_allgather scaling-issue verdict" >&2; exit 1; }
done

# The CI log shows both: the runtime line and the wall-time verdicts (benchmark, category, growth, exponent) of each.
for tfm in net8.0 net10.0; do
  echo "== $tfm: $(head -1 "$work/$tfm.csv")"
  awk -F, 'NR > 2 && $2 == "wall_seconds" { printf "  %-22s %-17s %-12s exponent %.3f\n", $1, $3, $4, $6 }' "$work/$tfm.csv"
done
rows=$(tail -n +2 "$work/net10.0.csv" | grep -vc "^benchmark,")
if ! diff <(tail -n +2 "$work/net8.0.csv") <(tail -n +2 "$work/net10.0.csv") >"$work/diff.txt"; then
  echo "frameworks: FAIL: net8.0 and net10.0 verdicts differ on kubecon-run1:" >&2
  head -40 "$work/diff.txt" >&2
  exit 1
fi
echo "frameworks: net8.0 and net10.0 verdicts identical on kubecon-run1 ($rows verdict rows, every column, round-trip numbers) in $((SECONDS - start)) s"
