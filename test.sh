#!/usr/bin/env bash
# The test command: restores, builds and runs every test project of the solution, then prints one summary line
# ("tests: N passed, N failed, N skipped") over all of them.
set -euo pipefail
cd "$(dirname "$0")"
.ci/setup
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test OsuScale.sln -c Release --nologo -v q "$@" 2>&1 | tee "$log" || status=$?
count() { grep -oE "$1: +[0-9]+" "$log" | awk '{ s += $2 } END { print s + 0 }'; }
echo "tests: $(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
exit "$status"
