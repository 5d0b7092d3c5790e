#!/bin/sh
# Throw-away Redis for tests and benchmarks (the shared store of several server instances).
#
#   scripts/start_redis.sh start DIR   -> prints a REDIS_URL (redis://127.0.0.1:PORT/0)
#   scripts/start_redis.sh stop DIR
#
# DIR must not exist yet or be empty; the caller deletes it after `stop`. Redis listens on 127.0.0.1
# only (a free port), keeps nothing on disk (no RDB, no AOF) and is stopped by the pid in DIR/redis.pid.
# If redis-server is missing and we are root, Debian's package is installed first.
set -eu

cmd=${1:?usage: start_redis.sh start|stop DIR}
dir=${2:?usage: start_redis.sh start|stop DIR}

if ! command -v redis-server >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing redis-server (apt-get)..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >&2 \
            || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q redis-server >&2; }
    fi
    command -v redis-server >/dev/null 2>&1 || { echo "redis-server not found" >&2; exit 2; }
fi

case "$cmd" in
start)
    mkdir -p "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
        --dir "$dir" --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" >/dev/null
    i=0
    until redis-cli -p "$port" ping >/dev/null 2>&1; do
        i=$((i + 1))
        [ "$i" -lt 100 ] || { cat "$dir/redis.log" >&2; exit 1; }
        sleep 0.05
    done
    echo "$port" > "$dir/port"
    echo "redis://127.0.0.1:$port/0"
    ;;
stop)
    [ -f "$dir/redis.pid" ] || exit 0
    pid=$(cat "$dir/redis.pid")
    kill "$pid" 2>/dev/null || true
    i=0
    while kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do i=$((i + 1)); sleep 0.05; done
    ;;
*)
    echo "usage: start_redis.sh start|stop DIR" >&2; exit 64 ;;
esac
