#!/usr/bin/env bash
# Issue 3's measure: fan-out of debate posts to N hub subscribers, next to a raw WebSocket broadcast in the same run.
# Usage: tests/CommunityOfPractice.Benchmarks/fanout.sh [subscribers=1000] [seconds=30] [KEY=VALUE ...]
# The KEY=VALUE pairs are given to the app, e.g. Jobs__Storage=Memory or Jobs__File=community.db to compare where
# the job server keeps its data (README, "Background jobs").
set -euo pipefail
subscribers="${1:-1000}"
seconds="${2:-30}"
app_env=("${@:3}")
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet

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

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
(cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port" DataDirectory="$work/data" Demo__Seed=true Demo__Path="$work/community.json" \
    RateLimits__FormPostsPerMinute=10000 Logging__LogLevel__Default=Warning exec env "${app_env[@]}" dotnet CommunityOfPractice.Web.dll > "$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 1 120); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && break; sleep 0.5; done

dotnet "$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll" fanout "http://127.0.0.1:$port" 1 "$subscribers" "$seconds"
echo "app resident memory after the run: $(awk '/VmRSS/ {printf "%.1f MB", $2/1024}' /proc/$(pgrep -f "CommunityOfPractice.Web.dll" | head -n 1)/status)"
