#!/usr/bin/env bash
# Issue 5's measure: the public repository with 50,000 published entries under load (wrk, 50 connections): the
# list page, a search page and an entry page, next to nginx serving saved copies of the same three pages, in the
# same run. Also the weight of each page as transferred (compressed HTML, then with its CSS and scripts).
# Usage: tests/CommunityOfPractice.Benchmarks/practices.sh [entries=50000] [seconds=20]
set -euo pipefail
entries="${1:-50000}"
seconds="${2:-20}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_for() { for _ in $(seq 1 240); do curl -fsS "$1" >/dev/null 2>&1 && return 0; sleep 0.5; done; return 1; }
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }

dotnet publish "$root/src/CommunityOfPractice.Web" -c Release -o "$work/app" --nologo -v quiet
dotnet build "$root/tests/CommunityOfPractice.Benchmarks" -c Release --nologo -v quiet
bench="$root/tests/CommunityOfPractice.Benchmarks/bin/Release/net10.0/CommunityOfPractice.Benchmarks.dll"
mkdir -p "$work/data"
seed_start=$(date +%s)
dotnet "$bench" practices-seed "$work/data/community.db" "$entries"
echo "seeded in $(( $(date +%s) - seed_start )) s"

port="$(free_port)"
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port" DataDirectory="$work/data" \
    Logging__LogLevel__Default=Warning exec dotnet CommunityOfPractice.Web.dll >"$work/app.log" 2>&1) &
pids+=($!)
wait_for "http://127.0.0.1:$port/health" || { cat "$work/app.log"; exit 1; }

list="/practices"
search="/practices?q=peer+diabetes"  # matches about 6% of the generated entries
entry="/practices/practice-4242"
mkdir -p "$work/static/practices"
for path in "$list" "$search" "$entry"; do
    curl -fsS "http://127.0.0.1:$port$path" >/dev/null
done
# nginx serves what the app answered, byte for byte, as three static files.
curl -fsS "http://127.0.0.1:$port$list" -o "$work/static/list.html"
curl -fsS "http://127.0.0.1:$port$search" -o "$work/static/search.html"
curl -fsS "http://127.0.0.1:$port$entry" -o "$work/static/entry.html"
nginx_port="$(free_port)"
cat >"$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp; uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
    gzip on;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/static;
        location = /practices { default_type text/html; try_files /list.html =404; }
        location = /search { default_type text/html; try_files /search.html =404; }
        location = /entry { default_type text/html; try_files /entry.html =404; }
    }
}
CONF
mkdir -p "$work/tmp"
# nginx's workers run as an unprivileged user: they must be able to read the saved pages.
chmod 755 "$work"
chmod -R a+rX "$work/static"
nginx -c "$work/nginx.conf" -g "daemon off;" &
pids+=($!)
wait_for "http://127.0.0.1:$nginx_port/practices" || { cat "$work/nginx-error.log"; exit 1; }

cat >"$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.0f %.2f %.2f\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
LUA
# The same, with a never-repeated extra parameter on every request: each one misses the output cache, so this
# measures the search, the facets and the rendering themselves.
cat "$work/p95.lua" >"$work/uncached.lua"
cat >>"$work/uncached.lua" <<'LUA'
request = function()
  local separator = string.find(wrk.path, "?", 1, true) and "&" or "?"
  return wrk.format(nil, wrk.path .. separator .. "uncached=" .. math.random(1, 2000000000))
end
LUA
# Distinct searches, as a crawler sends them: every request asks for other words (one of the seed's domain words and
# one of its hundred most frequent made-up words, in either order: 6,000 searches that each match many entries), so
# neither the output cache nor the ranking kept for a search's next pages can answer.
cat "$work/p95.lua" >"$work/distinct.lua"
cat >>"$work/distinct.lua" <<'LUA'
local domain = { "peer", "support", "diabetes", "cancer", "hypertension", "council", "policy", "co-design", "clinic", "community",
  "sante", "participation", "patients", "district", "school", "nutrition", "advocacy", "research", "training", "mobile",
  "salud", "comunidad", "pares", "evaluation", "budget", "youth", "caregivers", "women", "rural", "urban" }
local syllables = { "ba", "ko", "ri", "tu", "me", "sa", "lo", "ne", "pi", "da", "gu", "fe" }
request = function()
  local i = math.random(0, 99)
  local frequent = syllables[1] .. syllables[math.floor(i / 12) + 1] .. syllables[i % 12 + 1]
  local word = domain[math.random(1, #domain)]
  local q = math.random(0, 1) == 0 and (word .. "+" .. frequent) or (frequent .. "+" .. word)
  return wrk.format(nil, "/practices?q=" .. q)
end
LUA
measure() { # url [script] -> "requests/s p50 p95"
    wrk -t 2 -c 50 -d "${seconds}s" -H "Accept-Encoding: gzip, br" -s "${2:-$work/p95.lua}" "$1" | awk '/^RESULT/ { print $2, $3, $4 } /Non-2xx/ { print "NON-2XX", $0 > "/dev/stderr" }'
}
weight() { # url -> compressed HTML bytes
    curl -fsS -o /dev/null -H "Accept-Encoding: br, gzip" -w '%{size_download}' "$1"
}
assets() { # page url -> compressed bytes of its CSS and scripts
    local total=0
    for asset in $(curl -fsS "$1" | grep -oE '(href|src)="[^"]+\.(css|js)"' | sed -E 's/^(href|src)="//; s/"$//'); do
        total=$(( total + $(curl -fsS -o /dev/null -H "Accept-Encoding: br, gzip" -w '%{size_download}' "http://127.0.0.1:$port/${asset#/}") ))
    done
    echo "$total"
}

printf '\n%-8s | %-30s | %-30s | %-30s | %-8s | %-22s\n' "page" "CommunityOfPractice (cached)" "nginx, saved copy" "CommunityOfPractice (uncached)" "fraction" "weight: HTML / +CSS+JS"
for name in list search entry; do
    case "$name" in list) path="$list"; static="/practices";; search) path="$search"; static="/search";; entry) path="$entry"; static="/entry";; esac
    # Warm-up (JIT tiers, the catalog snapshot, connection pools), not measured.
    wrk -t 2 -c 50 -d 3s -s "$work/uncached.lua" "http://127.0.0.1:$port$path" >/dev/null
    read -r ours_rps ours_p50 ours_p95 < <(measure "http://127.0.0.1:$port$path")
    read -r ref_rps ref_p50 ref_p95 < <(measure "http://127.0.0.1:$nginx_port$static")
    read -r cold_rps cold_p50 cold_p95 < <(measure "http://127.0.0.1:$port$path" "$work/uncached.lua")
    html=$(weight "http://127.0.0.1:$port$path")
    extra=$(assets "http://127.0.0.1:$port$path")
    printf '%-8s | %6s req/s %6s %6s ms | %6s req/s %6s %6s ms | %6s req/s %6s %6s ms | %8.2f | %6s B / %7s B\n' "$name" \
        "$ours_rps" "$ours_p50" "$ours_p95" "$ref_rps" "$ref_p50" "$ref_p95" "$cold_rps" "$cold_p50" "$cold_p95" \
        "$(python3 -c "print($ours_rps / $ref_rps)")" "$html" "$(( html + extra ))"
done
read -r distinct_rps distinct_p50 distinct_p95 < <(measure "http://127.0.0.1:$port/practices" "$work/distinct.lua")
printf '%-8s | %-30s | %-30s | %6s req/s %6s %6s ms |\n' "distinct" "" "" "$distinct_rps" "$distinct_p50" "$distinct_p95"
echo "entries: $entries; wrk: 2 threads, 50 connections, ${seconds} s per run; p50/p95 in ms; fraction = cached req/s ÷ nginx req/s."
echo "cached: anonymous requests as a visitor makes them; uncached: a unique extra parameter on every request, so every one is rendered"
echo "(a search's ranking is kept for its next pages and filters); distinct: other words on every request, so every one is also ranked."
