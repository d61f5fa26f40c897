#!/usr/bin/env bash
# The one test command. On a fresh Debian machine it installs what the tests need (Chromium for the
# browser tests, PostgreSQL, Redis and nginx for the scale-out profile's tests), starts a throwaway PostgreSQL and a
# throwaway Redis on loopback on free ports, runs every test project (the integration tests twice: on SQLite,
# then on PostgreSQL), stops what it started, and ends with one line: "N passed, N failed, N skipped".
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/tests/.results"
rm -rf "$results"
mkdir -p "$results"
work="$(mktemp -d)"
pg_bin=""
pg_data=""
redis_pid=""

cleanup() {
    if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
        run_as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
    fi
    [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

say() { printf '[run.sh] %s\n' "$*" >&2; }

need_packages=()
command -v chromium >/dev/null 2>&1 || need_packages+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_packages+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need_packages+=(redis-server)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || need_packages+=(nginx)
if [ ${#need_packages[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        say "missing: ${need_packages[*]}. Install them (sudo apt-get install ${need_packages[*]}) and run again."
        echo "0 passed, 1 failed, 0 skipped"
        exit 1
    fi
    say "installing ${need_packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    # The packages' services are not started: the tests start their own servers on free loopback ports.
    policy_made=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && policy_made=1
    fi
    apt-get update -qq >/dev/null && apt-get install -y -qq "${need_packages[@]}" >/dev/null
    [ -n "$policy_made" ] && rm -f /usr/sbin/policy-rc.d
fi

free_port() {
    python3 - 2>/dev/null <<'PY' || shuf -i 20000-60000 -n 1
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

run_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# A throwaway PostgreSQL cluster, on loopback only.
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pg_data="$work/pg"
pg_port="$(free_port)"
mkdir -p "$pg_data"
[ "$(id -u)" -eq 0 ] && chown -R postgres:postgres "$work" && chmod 755 "$work"
if run_as_postgres "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust >"$results/postgres-init.log" 2>&1 \
    && run_as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
        -o "-h 127.0.0.1 -p $pg_port -k $pg_data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >>"$results/postgres-init.log" 2>&1; then
    export COP_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
    say "PostgreSQL on 127.0.0.1:$pg_port"
else
    say "PostgreSQL did not start; see tests/.results/postgres-init.log. Its tests will fail."
fi

# A throwaway Redis, on loopback only, keeping nothing on disk.
redis_port="$(free_port)"
mkdir -p "$work/redis"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --dir "$work/redis" \
    --logfile "$work/redis/redis.log" >/dev/null 2>&1 &
redis_pid=$!
for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null && break
    sleep 0.1
done
if kill -0 "$redis_pid" 2>/dev/null; then
    export COP_TEST_REDIS="127.0.0.1:$redis_port"
    say "Redis on 127.0.0.1:$redis_port"
else
    say "Redis did not start. Its tests will fail."
    redis_pid=""
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
say "building"
if ! dotnet build CommunityOfPractice.sln -c Release -nologo -v quiet >"$results/build.log" 2>&1; then
    tail -n 60 "$results/build.log" >&2
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
fi

status=0
# name:project[:database] — the integration tests run once per database profile (COP_TEST_DATABASE).
for run in Tests:CommunityOfPractice.Tests IntegrationTests:CommunityOfPractice.IntegrationTests \
    IntegrationTests.PostgreSql:CommunityOfPractice.IntegrationTests:PostgreSql BrowserTests:CommunityOfPractice.BrowserTests; do
    IFS=: read -r name project database <<<"$run"
    say "testing $name"
    COP_TEST_DATABASE="${database:-Sqlite}" dotnet test "tests/$project/$project.csproj" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
        -- RunConfiguration.TestSessionTimeout=3300000 >"$results/$name.log" 2>&1 || status=1
    # Each failure with the first lines of its message (CI shows only this output), without stack traces.
    grep -E -A3 "^\s+(Failed|Error Message|Passed!|Failed!)|Total tests|error" "$results/$name.log" \
        | grep -vE "^\s+at |^--$|^\s+Stack Trace:" | head -n 80 >&2 || true
    if [ ! -f "$results/$name.trx" ]; then
        say "$name produced no results"
        tail -n 40 "$results/$name.log" >&2
        status=1
    fi
done

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
    [ -f "$trx" ] || continue
    counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
    value() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
    passed=$((passed + $(value passed)))
    failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
    skipped=$((skipped + $(value notExecuted)))
done
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
