#!/usr/bin/env bash
# Issue 7's measure: the debate fan-out across two app nodes of the scale-out profile (one throwaway PostgreSQL, one
# throwaway Redis, subscribers and posters split over the nodes), next to the single-node SQLite figure, same run.
# Usage: tests/CommunityOfPractice.Benchmarks/fanout-nodes.sh [subscribers=2000] [seconds=30] [runs=1]
# With several runs, each run measures both setups with fresh processes and data, and a summary ends the output.
# Needs postgresql and redis-server (apt-get install postgresql redis-server).
set -euo pipefail
subscribers="${1:-2000}"
seconds="${2:-30}"
runs="${3:-1}"
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
json.dump({"password": "bench lantern orchard 2026", "members": members, "debates": [debate]}, open(sys.argv[1], "w"))
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
    (cd "$work/app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port" DataDirectory="$work/data-$name" Demo__Seed="$seed" Demo__Path="$work/community.json" \
        RateLimits__FormPostsPerMinute=10000 Logging__LogLevel__Default=Warning "$@" dotnet CommunityOfPractice.Web.dll >"$work/$name.log" 2>&1) &
    pids+=($!)
    wait_for "http://127.0.0.1:$port/health" || { cat "$work/$name.log"; exit 1; }
}
p99() { grep -o 'on [0-9] node(s).*' "$1" | sed -E 's/.*latency p50 [0-9.]+ ms, p99 ([0-9.]+) ms.*/\1/'; }
summary=()
for run in $(seq 1 "$runs"); do
    # A database and a Redis of their own per run, so no run reads what an earlier one wrote.
    as_postgres "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "DROP DATABASE IF EXISTS bench$run" -c "CREATE DATABASE bench$run" >/dev/null
    redis-cli -p "$redis_port" FLUSHALL >/dev/null
    scaled=(Database__Provider=PostgreSql "ConnectionStrings__Default=Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=bench$run" "Redis__Configuration=127.0.0.1:$redis_port")
    node_pids_from=${#pids[@]}
    port_a="$(free_port)"; node "a$run" "$port_a" true "${scaled[@]}"
    port_b="$(free_port)"; node "b$run" "$port_b" false "${scaled[@]}"
    echo "== run $run: two nodes (PostgreSQL, Redis), $subscribers subscribers split over them"
    dotnet "$bench" fanout "http://127.0.0.1:$port_a,http://127.0.0.1:$port_b" 1 "$subscribers" "$seconds" | tee "$work/two-$run.txt"
    kill "${pids[@]:$node_pids_from}" 2>/dev/null || true

    node_pids_from=${#pids[@]}
    port_s="$(free_port)"; node "single$run" "$port_s" true
    echo "== run $run: one node (SQLite), $subscribers subscribers"
    dotnet "$bench" fanout "http://127.0.0.1:$port_s" 1 "$subscribers" "$seconds" | tee "$work/one-$run.txt"
    kill "${pids[@]:$node_pids_from}" 2>/dev/null || true
    two="$(p99 "$work/two-$run.txt")"; one="$(p99 "$work/one-$run.txt")"
    summary+=("run $run: two nodes p99 $two ms, one node p99 $one ms, ratio $(python3 -c "print(f'{$two/$one:.2f}')")x")
done
echo "== summary ($subscribers subscribers, $seconds s, target: two nodes at most 2.5x one node)"
printf '%s\n' "${summary[@]}"
