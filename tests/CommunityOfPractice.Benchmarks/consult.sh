#!/usr/bin/env bash
# Issue 18's member's consultation page: a 300-paragraph standard with 2,000 comments and proposals in an open round,
# opened by a signed-in member in Chromium: when its forms are usable and when its live counts are connected, next to
# the debate room (200 posts) and the practices list in the same run. Target: interactive within 1 s.
# Usage: tests/CommunityOfPractice.Benchmarks/consult.sh [runs=3]
set -euo pipefail
runs="${1:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

bench_community "$work/community.json"
start_app "$work/community.json"
dotnet "$bench" standards-seed "$work/data/community.db" 2000 open
dotnet "$bench" consult "http://127.0.0.1:$port" bench-reader@bench.example.org "bench lantern orchard 2026" 1 "$runs"
