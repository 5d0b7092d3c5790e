#!/usr/bin/env bash
# The main job: the sync server under gunicorn on SQLite, then a device.
# With a display: the Kivy app (pointed at this server). Without one: the headless end-to-end demo,
# which enrolls, replays sample conversations through the real pipeline, prints the alerts a child
# would see, uploads the reports, and prints the moderator queue URL that now shows them.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${GUARDLINE_PORT:-8000}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
DATA="${GUARDLINE_DATA:-$PWD/instance}"
mkdir -p "$DATA"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$DATA/guardline.sqlite3}"
export FLASK_APP=sync_server
export GUARDLINE_SESSION_COOKIE_SECURE=false   # plain http on loopback for the local demo only
export TF_CPP_MIN_LOG_LEVEL=2
MOD_USER=demo-moderator
MOD_PASS="${GUARDLINE_DEMO_PASSWORD:-guardline-demo-pass}"

.venv/bin/flask db upgrade >/dev/null
if ! .venv/bin/flask users list 2>/dev/null | grep -q "^$MOD_USER\b"; then
  .venv/bin/flask users create "$MOD_USER" --role moderator --password "$MOD_PASS" >/dev/null
fi

.venv/bin/gunicorn --bind "$HOST:$PORT" --workers 2 --access-logfile /dev/null \
  --pid "$DATA/gunicorn.pid" 'sync_server:create_app()' >"$DATA/server.log" 2>&1 &
SERVER_PID=$!
trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fsS "$URL/api/v1/health" >/dev/null 2>&1 && break
  kill -0 $SERVER_PID 2>/dev/null || { echo "server failed to start; see $DATA/server.log" >&2; exit 1; }
  sleep 0.1
done
echo "sync server: $URL (gunicorn, $DATABASE_URL)"

if [ -n "${DISPLAY:-}" ] && [ -z "${GUARDLINE_HEADLESS:-}" ]; then
  echo "display found: starting the Guardline app (its demo feed replays sample chats)"
  GUARDLINE_SERVER="$URL" .venv/bin/python -m device_app
else
  .venv/bin/python -m device_app demo --server "$URL" --devices 3 --data-dir "$DATA/demo-devices"
fi

echo
echo "Moderator queue: $URL/moderator/queue   (log in as $MOD_USER / $MOD_PASS)"
if [ -t 0 ] && [ -z "${CI:-}" ]; then
  echo "The server keeps running for you to look around; press Ctrl-C to stop it."
  wait $SERVER_PID
fi
