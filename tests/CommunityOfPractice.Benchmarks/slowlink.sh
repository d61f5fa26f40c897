#!/usr/bin/env bash
# Issue 17's slow link: the debate room (200 posts) and the practices list (120 entries) on an emulated 1.6 Mbps link
# with 300 ms of round trip, in Chromium at phone size: when each page is usable, and the bytes it took.
# Usage: tests/CommunityOfPractice.Benchmarks/slowlink.sh [runs=3]
set -euo pipefail
runs="${1:-3}"
source "$(dirname "${BASH_SOURCE[0]}")/one-node.sh"

python3 - "$work/community.json" <<'PY'
import json, sys
member = lambda email, name: {"email": email, "displayName": name, "category": "PersonLivingWithNcd", "ncdAreas": 4,
                              "countryCode": "KE", "language": "en", "timeZone": "UTC", "motivation": "benchmark"}
members = [member("bench-reader@bench.example.org", "Reader")] + [member(f"bench-poster-{i}@bench.example.org", f"Poster {i}") for i in range(1, 21)]
moderator = member("bench-moderator@bench.example.org", "Moderator")
moderator["roles"] = ["Moderator"]
members.append(moderator)
posts = []
for i in range(200):
    post = {"authorEmail": f"bench-poster-{1 + i % 20}@bench.example.org",
            "markdown": f"Seeded post {i}: people living with NCDs asked for seats on the council and budgets for **peer support**."}
    if i % 4 == 3:
        post["replyTo"] = i - 1
    posts.append(post)
debate = {"title": "Slow link benchmark", "summary": "Load", "moderatorEmail": "bench-moderator@bench.example.org",
          "questions": ["One question"], "opensInDays": -0.5, "lastsDays": 3, "posts": posts}
practices = [{"title": f"Peer support practice {i}", "summary": "People living with NCDs run the clinic's peer group.",
              "body": "A district health team gave **peer supporters** a seat and a budget. " * 8, "language": "en",
              "submitterEmail": "bench-poster-1@bench.example.org", "countries": ["KE"], "ncdAreas": 4, "involvement": 1,
              "themes": [], "tags": ["peer support"], "status": "Published"} for i in range(120)]
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": [debate], "practices": practices}, open(sys.argv[1], "w"))
PY
start_app "$work/community.json"
dotnet "$bench" slowlink "http://127.0.0.1:$port" bench-reader@bench.example.org "bench lantern orchard 2026" 1 "$runs"
