#!/usr/bin/env bash
# The test command: restores, builds and runs every test project of the solution.
set -euo pipefail
cd "$(dirname "$0")"
.ci/setup
dotnet test OsuScale.sln -c Release --nologo -v q "$@"
