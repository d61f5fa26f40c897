#!/usr/bin/env bash
# Issue 3's second measure: managed memory per open debate room (a Blazor circuit) after full GCs, next to the
# counter page of an empty `dotnet new blazor` app measured the same way in the same run.
# Usage: tests/CommunityOfPractice.Benchmarks/circuits.sh [pages=50]
set -euo pipefail
pages="${1:-50}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
(cd "$work" && dotnet new blazor -o reference --no-restore >/dev/null && dotnet publish reference -c Release -o "$work/reference-app" --nologo -v quiet)
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"

python3 - "$work/community.json" <<'PY'
import json, sys
reader = {"email": "bench-reader@bench.example.org", "displayName": "Reader", "category": "Other", "ncdAreas": 1,
          "countryCode": "CH", "language": "en", "timeZone": "UTC", "motivation": "benchmark", "roles": ["Moderator"]}
debate = {"title": "Circuit benchmark", "summary": "Memory", "moderatorEmail": "bench-reader@bench.example.org",
          "questions": ["One question"], "opensInDays": -0.1, "lastsDays": 1,
          "posts": [{"authorEmail": "bench-reader@bench.example.org", "markdown": f"Post {i} with **some** text."} for i in range(20)]}
json.dump({"password": "bench lantern orchard 2026", "members": [reader], "debates": [debate]}, open(sys.argv[1], "w"))
PY

wait_for() { for _ in $(seq 1 120); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }

ref_port="$(free_port)"
(cd "$work/reference-app" && ASPNETCORE_URLS="http://127.0.0.1:$ref_port" exec dotnet reference.dll > "$work/reference.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$ref_port/"
dotnet "$bench" circuits "dotnet new blazor counter page" "$(pgrep -f 'reference.dll' | head -n 1)" "http://127.0.0.1:$ref_port/counter" "button.btn-primary" "$pages"

app_port="$(free_port)"
(cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:$app_port" PublicBaseUrl="http://127.0.0.1:$app_port" DataDirectory="$work/data" Demo__Seed=true Demo__Path="$work/community.json" \
    RateLimits__FormPostsPerMinute=10000 exec dotnet CommunityOfPractice.Web.dll > "$work/app.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$app_port/health"
dotnet "$bench" circuits "CommunityOfPractice debate room" "$(pgrep -f 'CommunityOfPractice.Web.dll' | head -n 1)" "http://127.0.0.1:$app_port/debates/1" "[data-testid=post-button]" "$pages" \
    bench-reader@bench.example.org "bench lantern orchard 2026"
echo "app log warnings and errors:"; grep -ciE "fail|exception" "$work/app.log" || true; grep -iE -m5 -A3 "fail|exception" "$work/app.log" || true
