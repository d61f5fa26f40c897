#!/usr/bin/env bash
# Sourced by the single-node benchmark scripts: publishes the app and the benchmarks once, and starts the app on a free
# loopback port with a fresh data folder and a demo community of its own. Sets root, work, port and app_pid; the
# caller's trap stops the app and removes the folder.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; rm -rf "$work"' EXIT
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet

# start_app <community.json> [KEY=VALUE ...]: the app with that demo community, the pairs added to its environment.
start_app() {
  local community="$1"; shift
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  (cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port" DataDirectory="$work/data" Demo__Seed=true Demo__Path="$community" \
      RateLimits__FormPostsPerMinute=100000 Logging__LogLevel__Default=Warning exec env "$@" dotnet CommunityOfPractice.Web.dll > "$work/app.log" 2>&1) &
  app_pid=$!
  # A big demo community (5,000 posts) is seeded before the app answers: up to five minutes.
  for _ in $(seq 1 600); do curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the app did not start:" >&2; tail -n 20 "$work/app.log" >&2; return 1
}

# bench_community <file>: a reader, 20 posters and a moderator (password "bench lantern orchard 2026"), one open debate of
# 200 posts (every fourth a reply) and 120 published practices.
bench_community() {
python3 - "$1" <<'PY'
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
debate = {"title": "Benchmark debate", "summary": "Load", "moderatorEmail": "bench-moderator@bench.example.org",
          "questions": ["One question"], "opensInDays": -0.5, "lastsDays": 3, "posts": posts}
practices = [{"title": f"Peer support practice {i}", "summary": "People living with NCDs run the clinic's peer group.",
              "body": "A district health team gave **peer supporters** a seat and a budget. " * 8, "language": "en",
              "submitterEmail": "bench-poster-1@bench.example.org", "countries": ["KE"], "ncdAreas": 4, "involvement": 1,
              "themes": [], "tags": ["peer support"], "status": "Published"} for i in range(120)]
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": [debate], "practices": practices}, open(sys.argv[1], "w"))
PY
}
