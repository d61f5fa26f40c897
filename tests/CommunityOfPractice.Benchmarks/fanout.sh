#!/usr/bin/env bash
# Issue 3's measure: fan-out of debate posts to N hub subscribers, next to a raw WebSocket broadcast in the same run.
# Usage: tests/CommunityOfPractice.Benchmarks/fanout.sh [subscribers=1000] [seconds=30] [KEY=VALUE ...]
# The KEY=VALUE pairs are given to the app, e.g. Jobs__Storage=Memory or Jobs__File=community.db to compare where
# the job server keeps its data (README, "Background jobs").
set -euo pipefail
subscribers="${1:-1000}"
seconds="${2:-30}"
app_env=("${@:3}")
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

# A demo community of its own: one reader account shared by every subscriber, 20 posters, one open debate.
python3 - "$work/community.json" <<'PY'
import json, sys
members = [{"email": "bench-reader@bench.example.org", "displayName": "Reader", "category": "Other", "ncdAreas": 1,
            "countryCode": "CH", "language": "en", "timeZone": "UTC", "motivation": "benchmark"}]
members += [{"email": f"bench-poster-{i}@bench.example.org", "displayName": f"Poster {i}", "category": "PersonLivingWithNcd",
             "ncdAreas": 4, "countryCode": "KE", "language": "en", "timeZone": "UTC", "motivation": "benchmark"} for i in range(1, 21)]
members[0]["roles"] = ["Moderator"]
debate = {"title": "Fan-out benchmark", "summary": "Load", "moderatorEmail": "bench-reader@bench.example.org",
          "questions": [], "opensInDays": -0.1, "lastsDays": 1}
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": [debate]}, open(sys.argv[1], "w"))
PY

start_app "$work/community.json" "${app_env[@]}"

dotnet "$bench" fanout "http://127.0.0.1:$port" 1 "$subscribers" "$seconds"
echo "app resident memory after the run: $(awk '/VmRSS/ {printf "%.1f MB", $2/1024}' /proc/$(pgrep -f "CommunityOfPractice.Web.dll" | head -n 1)/status)"
