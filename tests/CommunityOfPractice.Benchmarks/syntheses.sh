#!/usr/bin/env bash
# Issue 6's measure: a debate of 10,000 posts exported to each format, one process per export (so the peak memory is
# that export's), next to a plain dump of the same posts to CSV in the same run: the floor.
# Targets: Word at most 2 s and at most 150 MB peak. Each line gives, in a new process: the EF model's build (what the
# app's start-up pays before any job), the first export (its own code compiled: the first export after the app
# started), and the same export again (warm, as the running app's later jobs are).
# Needs: nothing but the SDK.
# Usage: tests/CommunityOfPractice.Benchmarks/syntheses.sh [posts=10000] [runs=3]
set -euo pipefail
posts="${1:-10000}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"
dotnet "$bench" synthesis-seed "$work/community.db" "$posts"
for run in $(seq 1 "$runs"); do
    echo "run $run"
    for format in plain-csv docx md html json csv; do
        dotnet "$bench" synthesis-export "$work/community.db" "$format" "$work/out.$format"
    done
done
