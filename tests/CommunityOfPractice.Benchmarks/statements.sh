#!/usr/bin/env bash
# Issue 19's measure: 1,000 organisations and 50,000 signatures across 200 published statements. Loads a statement's
# public page (cached, and uncached for reference) with wrk (50 connections), and the members' directory of organisations
# with filters as a signed-in member (never cached). Targets: the cached statement page at 1,000 requests/s or more with
# p95 at most 20 ms; the filtered directory with p95 at most 50 ms.
# Usage: tests/CommunityOfPractice.Benchmarks/statements.sh [seconds=15]
set -euo pipefail
seconds="${1:-15}"
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
dotnet "$bench" statements-seed "$work/data/community.db" 1000 200 50000

port="$(free_port)"
base="http://127.0.0.1:$port"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" PublicBaseUrl="$base" DataDirectory="$work/data" \
    Logging__LogLevel__Default=Warning exec dotnet CommunityOfPractice.Web.dll >"$work/app.log" 2>&1) &
pids+=($!)
wait_for "$base/health" || { cat "$work/app.log"; exit 1; }

# Sign in as the seeded member: the login form's antiforgery token, then the post; the cookie jar keeps the session.
jar="$work/cookies.txt"
token="$(curl -fsS -c "$jar" -b "$jar" "$base/Account/Login" | python3 -c 'import re,sys; print(re.search(r"name=\"__RequestVerificationToken\" value=\"([^\"]+)\"", sys.stdin.read()).group(1))')"
curl -fsS -o /dev/null -c "$jar" -b "$jar" --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "_handler=login" \
    --data-urlencode "Input.Email=bench-member@bench.example.org" --data-urlencode "Input.Password=bench lantern orchard 2026" "$base/Account/Login"
cookie="$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 } /^#HttpOnly_/ { printf "%s=%s; ", $6, $7 }' "$jar")"
directory="/organisations?region=Africa&kind=Academia"
curl -fsS -o "$work/directory.html" -H "Cookie: $cookie" "$base$directory"
grep -q "Bench organisation" "$work/directory.html" || { echo "The member could not open the directory: sign-in failed." >&2; exit 1; }

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
measure() { # url script [header] [connections=50] -> "requests/s p50 p95 errors"
    if [ -n "${3:-}" ]; then
        wrk -t 2 -c "${4:-50}" -d "${seconds}s" -H "Accept-Encoding: gzip, br" -H "$3" -s "$2" "$1" | awk '/^RESULT/ { print $2, $3, $4, $5 }'
    else
        wrk -t 2 -c "${4:-50}" -d "${seconds}s" -H "Accept-Encoding: gzip, br" -s "$2" "$1" | awk '/^RESULT/ { print $2, $3, $4, $5 }'
    fi
}

statement="/statements/benchmark-statement-7"
status="$(curl -sS -o "$work/statement.html" -w '%{http_code}' "$base$statement")"
[ "$status" = 200 ] || { echo "$statement answered $status" >&2; tail -20 "$work/app.log" >&2; exit 1; }
signatories="$(python3 -c 'import sys; h=open(sys.argv[1]).read(); print(h[h.index("signatories-heading"):h.index("counts-regions")].count("Bench organisation"))' "$work/statement.html")"
printf '\n%-56s | %-34s\n' "page" "req/s, p50, p95 (ms), errors"
wrk -t 2 -c 50 -d 3s -s "$work/uncached.lua" "$base$statement" >/dev/null
read -r rps p50 p95 errors < <(measure "$base$statement" "$work/p95.lua")
printf '%-56s | %6s req/s %7s %7s ms  %s\n' "$statement (cached)" "$rps" "$p50" "$p95" "$errors"
read -r rps p50 p95 errors < <(measure "$base$statement" "$work/uncached.lua")
printf '%-56s | %6s req/s %7s %7s ms  %s\n' "$statement (uncached)" "$rps" "$p50" "$p95" "$errors"
wrk -t 2 -c 50 -d 3s -H "Cookie: $cookie" "$base$directory" >/dev/null
read -r rps p50 p95 errors < <(measure "$base$directory" "$work/p95.lua" "Cookie: $cookie")
printf '%-56s | %6s req/s %7s %7s ms  %s\n' "$directory (member, 50 connections)" "$rps" "$p50" "$p95" "$errors"
read -r rps p50 p95 errors < <(measure "$base$directory" "$work/p95.lua" "Cookie: $cookie" 8)
printf '%-56s | %6s req/s %7s %7s ms  %s\n' "$directory (member, 8 connections)" "$rps" "$p50" "$p95" "$errors"
echo "The statement page lists $signatories signatory organisations. wrk: 2 threads, 50 connections unless said, ${seconds} s per run, on $(nproc) cores shared with the load generator."
echo "Targets: cached statement page >= 1,000 req/s with p95 <= 20 ms; the filtered directory (signed in, so never cached) p95 <= 50 ms."
