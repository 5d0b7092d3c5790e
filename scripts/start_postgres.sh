#!/bin/sh
# Throw-away PostgreSQL for tests and benchmarks (never the system cluster).
#
#   scripts/start_postgres.sh start DIR   -> prints a DATABASE_URL (postgresql://postgres@127.0.0.1:PORT/guardline)
#   scripts/start_postgres.sh stop DIR
#
# DIR must not exist yet or be empty; the caller deletes it after `stop`. The cluster listens on
# 127.0.0.1 (a free port) and a unix socket inside DIR, with trust auth and fsync off: fast, and fine
# for data that dies with the run. When run as root, initdb/pg_ctl run as the `postgres` user (initdb
# refuses root). If no PostgreSQL is installed and we are root, Debian's package is installed first.
set -eu

cmd=${1:?usage: start_postgres.sh start|stop DIR}
dir=${2:?usage: start_postgres.sh start|stop DIR}

find_bin() {
    if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing postgresql (apt-get)..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 \
            || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
        bin=$(find_bin)
    fi
    [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL not found (set PG_BIN)" >&2; exit 2; }
fi

as_owner() {  # run a command line as the cluster owner
    if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

case "$cmd" in
start)
    mkdir -p "$dir/data" "$dir/sock"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    chmod 700 "$dir" "$dir/data"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "'$bin/initdb' -D '$dir/data' -U postgres --auth=trust --no-sync -E UTF8 --locale=C >'$dir/initdb.log' 2>&1" \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/postgres.log' -w -t 30 start -o \"-p $port -k '$dir/sock' \
-c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
-c max_connections=200\" >/dev/null" || { cat "$dir/postgres.log" >&2; exit 1; }
    as_owner "'$bin/createdb' -h 127.0.0.1 -p $port -U postgres guardline"
    echo "$port" > "$dir/port"
    echo "postgresql://postgres@127.0.0.1:$port/guardline"
    ;;
stop)
    [ -d "$dir/data" ] || exit 0
    as_owner "'$bin/pg_ctl' -D '$dir/data' -m immediate -w stop >/dev/null 2>&1" || true
    ;;
*)
    echo "usage: start_postgres.sh start|stop DIR" >&2; exit 64 ;;
esac
