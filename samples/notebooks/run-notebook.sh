#!/usr/bin/env bash
# Executes samples/notebooks/osu-scale.ipynb with dotnet-repl against a freshly packed OsuScale package and checks
# that every cell ran without error and that the verdict table and a plot were produced.
#   samples/notebooks/run-notebook.sh                  packs OsuScale with a unique prerelease version into a temp feed
#   samples/notebooks/run-notebook.sh FEED VERSION     uses OsuScale VERSION from the folder feed FEED
# The executed notebook is kept when OSUSCALE_NOTEBOOK_OUTPUT=FILE is set.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
repl_version=0.3.259

work="$(mktemp -d "${TMPDIR:-/tmp}/osu-scale-notebook.XXXXXX")"
cached=""   # the unique version packed here, removed from the NuGet cache afterwards
trap 'rm -rf "$work"; [[ -n "$cached" ]] && rm -rf "$cached"' EXIT

if [[ $# -ge 2 ]]; then
  feed="$(cd "$1" && pwd)"; version="$2"
else
  prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
  suffix="nb.$(date -u +%Y%m%d%H%M%S).$$"
  version="$prefix-$suffix"
  feed="$work/feed"
  cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/osuscale/$(echo "$version" | tr '[:upper:]' '[:lower:]')"
  echo "notebook: packing OsuScale $version"
  dotnet pack "$repo/src/OsuScale/OsuScale.csproj" -c Release -o "$feed" --artifacts-path "$work/artifacts" \
    "-p:VersionSuffix=$suffix" --nologo -v q -clp:ErrorsOnly
fi
[[ -f "$feed/OsuScale.$version.nupkg" ]] || { echo "notebook: error: $feed/OsuScale.$version.nupkg not found" >&2; exit 1; }

# dotnet-repl, served as a dotnet tool (cached between runs).
tools="${OSUSCALE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/osu-scale/tools}"
repl="$tools/dotnet-repl"
if [[ ! -x "$repl" ]] || ! "$repl" --version 2>/dev/null | grep -qF "$repl_version"; then
  dotnet tool install dotnet-repl --version "$repl_version" --tool-path "$tools" >/dev/null \
    || dotnet tool update dotnet-repl --version "$repl_version" --tool-path "$tools" >/dev/null
fi

# A copy of the notebook whose first cell points at this feed and version (in the stored one the #i line is a comment).
python3 - "$here/osu-scale.ipynb" "$work/osu-scale.ipynb" "$feed" "$version" <<'PY'
import json, sys
src, dst, feed, version = sys.argv[1:]
nb = json.load(open(src, encoding="utf-8"))
replaced = 0
for cell in nb["cells"]:
    lines = []
    for line in cell.get("source", []):
        if line.startswith('#i "nuget:') or line.startswith('// #i "nuget:'):
            line = f'#i "nuget: {feed}"\n'; replaced += 1
        elif line.startswith('#r "nuget: OsuScale,'):
            line = f'#r "nuget: OsuScale, {version}"\n'; replaced += 1
        lines.append(line)
    cell["source"] = lines
if replaced != 2:
    sys.exit(f"notebook: error: expected the #i and #r lines in the first cell, replaced {replaced}")
json.dump(nb, open(dst, "w", encoding="utf-8"), indent=1)
PY

echo "notebook: running with dotnet-repl $repl_version (OsuScale $version)"
code=0
(cd "$here" && timeout 600 "$repl" --run "$work/osu-scale.ipynb" --exit-after-run --output-path "$work/out.ipynb" \
  --working-dir "$here" </dev/null >"$work/repl.log" 2>&1) || code=$?
if [[ -n "${OSUSCALE_NOTEBOOK_OUTPUT:-}" && -f "$work/out.ipynb" ]]; then cp "$work/out.ipynb" "$OSUSCALE_NOTEBOOK_OUTPUT"; fi
if [[ ! -f "$work/out.ipynb" ]]; then
  cat "$work/repl.log" >&2
  echo "notebook: error: dotnet-repl exited with $code and wrote no executed notebook" >&2
  exit 1
fi

# Every code cell has run, none has an error, and the verdict table and a plot are among the outputs.
# (dotnet-repl also exits non-zero when a cell fails; the scan names the cells.)
check=0
python3 - "$work/out.ipynb" <<'PY' || check=$?
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
problems, html = [], []
code_cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
for i, cell in enumerate(code_cells, 1):
    first = "".join(cell["source"]).splitlines()[0] if cell["source"] else ""
    outputs = cell.get("outputs", [])
    for o in outputs:
        if o.get("output_type") == "error":
            problems.append(f"cell {i} ({first}): {o.get('ename')}: {str(o.get('evalue')).splitlines()[0] if o.get('evalue') else ''}")
        elif o.get("output_type") == "stream" and o.get("name") == "stderr":
            problems.append(f"cell {i} ({first}): stderr: {''.join(o.get('text', []))[:400]}")
        data = o.get("data", {})
        for mime in ("text/html", "image/svg+xml"):
            if mime in data:
                value = data[mime]
                html.append((i, "".join(value) if isinstance(value, list) else value))
tables = [i for i, h in html if "<table" in h and "osu_allgather" in h and "scaling-issue" in h]
plots = [i for i, h in html if "<svg" in h]
if not tables: problems.append("no verdict table (HTML <table> naming osu_allgather and scaling-issue) in the outputs")
if len(plots) < 2: problems.append(f"expected the scaling plot and the overview as SVG, found {len(plots)} SVG output(s)")
if problems:
    print("notebook: FAIL\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"notebook: {len(code_cells)} code cells ran; verdict table in cell {tables[0]}, SVG plots in cells {plots}")
PY
if [[ $code -ne 0 || $check -ne 0 ]]; then
  echo "notebook: error: dotnet-repl exited with $code, output check exited with $check" >&2
  exit 1
fi
