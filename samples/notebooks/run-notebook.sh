#!/usr/bin/env bash
# Executes samples/notebooks/osu-scale.ipynb, unchanged, with dotnet-repl against a freshly packed OsuScale package and
# checks that every cell ran without error and that the verdict table and two plots were shown.
#   samples/notebooks/run-notebook.sh                 packs OsuScale now
#   samples/notebooks/run-notebook.sh FEED VERSION    uses OsuScale VERSION (stable, such as 0.1.0.1796189837) from FEED
# The package goes into feed/ beside the notebook, which NuGet.config there adds to the sources, with a unique stable
# version 0.1.0.<seconds since 1970> (newer than any other, so '#r "nuget: OsuScale"' picks it, and never in the NuGet
# cache before); it is removed from feed/ and from the cache afterwards.
# The executed notebook is kept when OSUSCALE_NOTEBOOK_OUTPUT=FILE is set.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
repl_version=0.3.259

if [[ $# -ge 2 ]]; then
  version="$2"
  if [[ "$version" == *-* ]]; then
    echo "notebook: error: $version is a prerelease; the notebook's '#r \"nuget: OsuScale\"' takes the newest stable version" >&2
    exit 2
  fi
else
  prefix="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"
  version="$prefix.$(date -u +%s)"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/osu-scale-notebook.XXXXXX")"
packed="$here/feed/OsuScale.$version"
cached="${NUGET_PACKAGES:-$HOME/.nuget/packages}/osuscale/$version"
trap 'rm -rf "$work" "$cached" "$packed.nupkg" "$packed.snupkg"' EXIT

if [[ $# -ge 2 ]]; then
  cp "$1/OsuScale.$version.nupkg" "$here/feed/"
else
  echo "notebook: packing OsuScale $version into $here/feed"
  dotnet pack "$repo/src/OsuScale/OsuScale.csproj" -c Release -o "$here/feed" --artifacts-path "$work/artifacts" \
    "-p:PackageVersion=$version" --nologo -v q -clp:ErrorsOnly
fi
[[ -f "$packed.nupkg" ]] || { echo "notebook: error: $packed.nupkg not found" >&2; exit 1; }

# dotnet-repl, served as a dotnet tool (cached between runs).
tools="${OSUSCALE_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/osu-scale/tools}"
repl="$tools/dotnet-repl"
if [[ ! -x "$repl" ]] || ! "$repl" --version 2>/dev/null | grep -qF "$repl_version"; then
  dotnet tool install dotnet-repl --version "$repl_version" --tool-path "$tools" >/dev/null \
    || dotnet tool update dotnet-repl --version "$repl_version" --tool-path "$tools" >/dev/null
fi

echo "notebook: running with dotnet-repl $repl_version (OsuScale $version)"
code=0
(cd "$here" && timeout 600 "$repl" --run "$here/osu-scale.ipynb" --exit-after-run --output-path "$work/out.ipynb" \
  --working-dir "$here" </dev/null >"$work/repl.log" 2>&1) || code=$?
if [[ -n "${OSUSCALE_NOTEBOOK_OUTPUT:-}" && -f "$work/out.ipynb" ]]; then cp "$work/out.ipynb" "$OSUSCALE_NOTEBOOK_OUTPUT"; fi
if [[ ! -f "$work/out.ipynb" ]]; then
  cat "$work/repl.log" >&2
  echo "notebook: error: dotnet-repl exited with $code and wrote no executed notebook" >&2
  exit 1
fi

# Every code cell has run, none has an error; the package's own extension was loaded (the notebook registers no
# formatter) and showed the verdict table, sortable and in the category colours, and two figures as inline SVG.
# (dotnet-repl also exits non-zero when a cell fails; the scan names the cells.)
check=0
python3 - "$work/out.ipynb" "$version" "$here/osu-scale.ipynb" <<'PY' || check=$?
import json, sys
nb = json.load(open(sys.argv[1], encoding="utf-8"))
version, source = sys.argv[2], open(sys.argv[3], encoding="utf-8").read()
problems, html, texts = [], [], []
if "Formatter.Register" in source: problems.append("the notebook registers formatters itself (Formatter.Register)")
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
        if "text/plain" in data:
            value = data["text/plain"]
            texts.append("".join(value) if isinstance(value, list) else value)
        for mime in ("text/html", "image/svg+xml"):
            if mime in data:
                value = data[mime]
                html.append((i, "".join(value) if isinstance(value, list) else value))
extension = f"osuscale/{version}/interactive-extensions/dotnet/OsuScale.Interactive.dll"
if not any("Loading extensions from" in t and extension in t for t in texts):
    problems.append(f"the kernel did not report loading {extension}")
scaling_issue = "#D55E00"  # ShowTheme.CategoryColor(ScalingIssue), the colour of the figures
tables = [i for i, h in html if "<table" in h and "osu_allgather" in h and "scaling-issue" in h and scaling_issue in h and "osuScaleSort" in h]
plots = sorted({i for i, h in html if "<svg" in h})
if not tables: problems.append(f"no sortable verdict table (HTML <table> naming osu_allgather and scaling-issue in {scaling_issue}) in the outputs")
if len(plots) < 2: problems.append(f"expected the scaling plot and the overview as SVG in two cells, found SVG in cells {plots}")
if problems:
    print("notebook: FAIL\n  " + "\n  ".join(problems), file=sys.stderr)
    sys.exit(1)
print(f"notebook: {len(code_cells)} code cells ran; extension loaded from the package; verdict table in cell {tables[0]}, SVG plots in cells {plots}")
PY
if [[ $code -ne 0 || $check -ne 0 ]]; then
  echo "notebook: error: dotnet-repl exited with $code, output check exited with $check" >&2
  exit 1
fi
