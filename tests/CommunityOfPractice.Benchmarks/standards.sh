#!/usr/bin/env bash
# Issue 18's measure: the public standard (300 paragraphs, a closed round of 2,000 comments and proposals) under load
# (wrk, 50 connections), cached and uncached, with its round report, next to a good practice's page (/practices/{slug})
# in the same run and on the same database. Targets: the cached public page at 1,000 requests/s or more, p95 at most 20 ms.
# Usage: tests/CommunityOfPractice.Benchmarks/standards.sh [practices=2000] [seconds=15]
set -euo pipefail
entries="${1:-2000}"
seconds="${2:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 240); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"
mkdir -p "$work/data"
dotnet "$bench" practices-seed "$work/data/community.db" "$entries"
dotnet "$bench" standards-seed "$work/data/community.db" 2000

port="$(free_port)"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port" DataDirectory="$work/data" \
    Logging__LogLevel__Default=Warning exec dotnet CommunityOfPractice.Web.dll >"$work/app.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$port/health" || { cat "$work/app.log"; exit 1; }

cat >"$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA
cat "$work/p95.lua" >"$work/uncached.lua"
cat >>"$work/uncached.lua" <<'LUA'
request = function()
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "uncached=" .. math.random(1, 2000000000))
end
LUA
measure() { # url [script] -> "requests/s p50 p95 errors"
    wrk -t 2 -c 50 -d "${seconds}s" -H "Accept-Encoding: gzip, br" -s "${2:-$work/p95.lua}" "$1" | awk '/^RESULT/ { print $2, $3, $4, $5 }'
}
weight() { curl -fsS -o /dev/null -H "Accept-Encoding: br, gzip" -w '%{size_download}' "$1"; }

standard="/standards/benchmark-standard"
report="/standards/benchmark-standard/v1/report"
practice="/practices/practice-42"
for path in "$standard" "$report" "$practice"; do
    curl -fsS "http://127.0.0.1:$port$path" >/dev/null
done
printf '\n%-24s | %-32s | %-32s | %-10s\n' "page" "cached: req/s, p50, p95" "uncached: req/s, p50, p95" "HTML (br)"
for name in standard report practice; do
    case "$name" in standard) path="$standard";; report) path="$report";; practice) path="$practice";; esac
    # Warm-up (JIT tiers, connection pools), not measured.
    wrk -t 2 -c 50 -d 3s -s "$work/uncached.lua" "http://127.0.0.1:$port$path" >/dev/null
    read -r rps p50 p95 errors < <(measure "http://127.0.0.1:$port$path")
    read -r cold_rps cold_p50 cold_p95 cold_errors < <(measure "http://127.0.0.1:$port$path" "$work/uncached.lua")
    printf '%-24s | %6s req/s %7s %7s ms | %6s req/s %7s %7s ms | %8s B%s\n' "$path" "$rps" "$p50" "$p95" "$cold_rps" "$cold_p50" "$cold_p95" \
        "$(weight "http://127.0.0.1:$port$path")" "$([ "$errors$cold_errors" = "00" ] || echo "  (errors: $errors cached, $cold_errors uncached)")"
done
echo "wrk: 2 threads, 50 connections, ${seconds} s per run, on $(nproc) cores shared with the load generator; p50/p95 in ms."
echo "cached: anonymous requests as a visitor makes them; uncached: a unique extra parameter on every request, so every one is rendered."
