#!/usr/bin/env bash
# Issue 7's measure: the debate fan-out across two app nodes of the scale-out profile (one throwaway PostgreSQL, one
# throwaway Redis, subscribers and posters split over the nodes), next to the single-node SQLite figure, same run.
# Usage: tests/CommunityOfPractice.Benchmarks/fanout-nodes.sh [subscribers=2000] [seconds=30]
# Needs postgresql and redis-server (apt-get install postgresql redis-server).
set -euo pipefail
subscribers="${1:-2000}"
seconds="${2:-30}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    [ -f "$work/pg/postmaster.pid" ] && as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 240); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"

# The same demo community as fanout.sh: one reader account for every subscriber, 20 posters, one open debate.
python3 - "$work/community.json" <<'PY'
import json, sys
members = [{"email": "bench-reader@bench.example.org", "displayName": "Reader", "category": "Other", "ncdAreas": 1,
            "countryCode": "CH", "language": "en", "timeZone": "UTC", "motivation": "benchmark", "roles": ["Moderator"]}]
members += [{"email": f"bench-poster-{i}@bench.example.org", "displayName": f"Poster {i}", "category": "PersonLivingWithNcd",
             "ncdAreas": 4, "countryCode": "KE", "language": "en", "timeZone": "UTC", "motivation": "benchmark"} for i in range(1, 21)]
debate = {"title": "Fan-out benchmark", "summary": "Load", "moderatorEmail": "bench-reader@bench.example.org",
          "questions": [], "opensInDays": -0.1, "lastsDays": 1}
json.dump({"password": "bench password 2026", "members": members, "debates": [debate]}, open(sys.argv[1], "w"))
PY

mkdir -p "$work/pg" "$work/redis"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$work/pg" && chmod 755 "$work"
pg_port="$(free_port)"
as_postgres "$pg_bin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
as_postgres "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w -o "-h 127.0.0.1 -p $pg_port -k $work/pg -c max_connections=300" start >/dev/null
redis_port="$(free_port)"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$work/redis" >/dev/null 2>&1 &
pids+=($!)

node() { # name port seed [extra env...]
    local name="$1" port="$2" seed="$3"; shift 3
    (cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" DataDirectory="$work/data-$name" Demo__Seed="$seed" Demo__Path="$work/community.json" \
        RateLimits__FormPostsPerMinute=10000 Logging__LogLevel__Default=Warning "$@" dotnet CommunityOfPractice.Web.dll >"$work/$name.log" 2>&1) &
    pids+=($!)
    wait_for "http://127.0.0.1:$port/health" || { cat "$work/$name.log"; exit 1; }
}
scaled=(Database__Provider=PostgreSql "ConnectionStrings__Default=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres" "Redis__Configuration=127.0.0.1:$redis_port")
port_a="$(free_port)"; node a "$port_a" true "${scaled[@]}"
port_b="$(free_port)"; node b "$port_b" false "${scaled[@]}"
echo "== two nodes (PostgreSQL, Redis), $subscribers subscribers split over them"
dotnet "$bench" fanout "http://127.0.0.1:$port_a,http://127.0.0.1:$port_b" 1 "$subscribers" "$seconds"
kill "${pids[@]:1}" 2>/dev/null || true

port_s="$(free_port)"; node single "$port_s" true
echo "== one node (SQLite), $subscribers subscribers"
dotnet "$bench" fanout "http://127.0.0.1:$port_s" 1 "$subscribers" "$seconds"
