#!/usr/bin/env bash
# Issue 14's measure: R real Chromium rooms open on one debate, next to R hub-only subscribers, a post every 2 s.
# Usage: tests/CommunityOfPractice.Benchmarks/rooms.sh [posts="50 2000"] [rooms="1 25 100 200"] [seconds=40] [runs=2]
# One fresh app per debate size; the room counts run one after the other on it, each `runs` times.
set -euo pipefail
sizes="${1:-50 2000}"
room_counts="${2:-1 25 100 200}"
seconds="${3:-40}"
runs="${4:-2}"
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

for size in $sizes; do
  # The readers' account is a member (not a moderator): the rooms most people have open. 20 posters; the debate has
  # $size posts from them, one in four a reply to the post before it.
  python3 - "$work/community-$size.json" "$size" <<'PY'
import json, sys
size = int(sys.argv[2])
member = lambda email, name: {"email": email, "displayName": name, "category": "PersonLivingWithNcd", "ncdAreas": 4,
                              "countryCode": "KE", "language": "en", "timeZone": "UTC", "motivation": "benchmark"}
members = [member("bench-reader@bench.example.org", "Reader")] + [member(f"bench-poster-{i}@bench.example.org", f"Poster {i}") for i in range(1, 21)]
moderator = member("bench-moderator@bench.example.org", "Moderator")
moderator["roles"] = ["Moderator"]
members.append(moderator)
posts = []
for i in range(size):
    post = {"authorEmail": f"bench-poster-{1 + i % 20}@bench.example.org",
            "markdown": f"Seeded post {i}: people living with NCDs asked for seats on the council and budgets for **peer support**."}
    if i % 4 == 3:
        post["replyTo"] = i - 1
    posts.append(post)
debate = {"title": f"Rooms benchmark ({size} posts)", "summary": "Load", "moderatorEmail": "bench-moderator@bench.example.org",
          "questions": ["One question"], "opensInDays": -0.5, "lastsDays": 3, "posts": posts}
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": [debate]}, open(sys.argv[1], "w"))
PY
  start_app "$work/community-$size.json"
  for rooms in $room_counts; do
    for run in $(seq 1 "$runs"); do
      echo "== debate of $size posts, $rooms rooms, run $run"
      dotnet "$bench" rooms "http://127.0.0.1:$port" 1 "$rooms" "$seconds" "$app_pid"
    done
  done
  echo "app resident memory at the end: $(awk '/VmRSS/ {printf "%.1f MB", $2/1024}' /proc/$app_pid/status)"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
  rm -rf "$work/data"
done
