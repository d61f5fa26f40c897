#!/usr/bin/env bash
# Issue 13's measure: does the forgot-password answer take longer for an address that has an account?
# Usage: tests/CommunityOfPractice.Benchmarks/forgot.sh [rounds=500]
set -euo pipefail
rounds="${1:-500}"
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

python3 - "$work/community.json" <<'PY'
import json, sys
members = [{"email": "bench-known@bench.example.org", "displayName": "Known", "category": "Other", "ncdAreas": 1,
            "countryCode": "CH", "language": "en", "timeZone": "UTC", "motivation": "benchmark"}]
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": []}, open(sys.argv[1], "w"))
PY

start_app "$work/community.json"

dotnet "$bench" forgot "http://127.0.0.1:$port" bench-known@bench.example.org "$rounds"
