#!/usr/bin/env bash
# Issue 2's measure: cold start to first page served (fresh database) and memory after start-up,
# side by side with an empty `dotnet new blazor` app published and measured the same way, in the same run.
# Usage: tests/CommunityOfPractice.Benchmarks/startup.sh [runs]
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
(cd "$work" && dotnet new blazor -o reference --no-restore >/dev/null && dotnet publish reference -c Release -o "$work/reference-app" --nologo -v quiet)
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"

dotnet "$bench" startup "dotnet new blazor (reference)" "$runs" "$work/reference-app/reference.dll"
dotnet "$bench" startup "CommunityOfPractice" "$runs" "$work/app/CommunityOfPractice.Web.dll"
