#!/usr/bin/env bash
# Issue 17's slow link: the debate room (200 posts) and the practices list (120 entries) on an emulated 1.6 Mbps link
# with 300 ms of round trip, in Chromium at phone size: when each page is usable, and the bytes it took.
# Usage: tests/CommunityOfPractice.Benchmarks/slowlink.sh [runs=3]
set -euo pipefail
runs="${1:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

bench_community "$work/community.json"
start_app "$work/community.json"
dotnet "$bench" slowlink "http://127.0.0.1:$port" bench-reader@bench.example.org "bench lantern orchard 2026" 1 "$runs"
