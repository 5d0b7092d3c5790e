#!/usr/bin/env bash
# The main job: the sync server under gunicorn on SQLite, a signed model update, then a device.
#
# 1. A demo ML-staff key pair is made once in the data folder (instance/demo-keys, never tracked); the
#    server trusts its public half and the devices pin it through GUARDLINE_PINNED_KEYS.
# 2. The shipped bundle is re-signed under the next higher version and published at 100 %.
# 3. With a display: the Kivy app (pointed at this server). Without one: the headless demo, whose
#    devices enroll, verify and switch to the signed update, replay sample chats, show the alerts a
#    child would see and upload the reports.
# 4. The server keeps serving (moderator queue URL printed) until Ctrl-C or SIGTERM, terminal or not.
#    With CI=1 or GUARDLINE_RUN_ONCE=1 it stops instead, and says so.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${GUARDLINE_PORT:-8000}"
HOST=127.0.0.1
URL="http://$HOST:$PORT"
DATA="${GUARDLINE_DATA:-$PWD/instance}"
DEVICES="${GUARDLINE_DEMO_DEVICES:-3}"
mkdir -p "$DATA"
export DATABASE_URL="${DATABASE_URL:-sqlite:///$DATA/guardline.sqlite3}"
export FLASK_APP=sync_server
export GUARDLINE_SESSION_COOKIE_SECURE=false   # plain http on loopback for the local demo only
export TF_CPP_MIN_LOG_LEVEL=2
MOD_USER=demo-moderator
ML_USER=demo-ml-staff
MOD_PASS="${GUARDLINE_DEMO_PASSWORD:-guardline-demo-pass}"
RUN_ONCE=""
if [ -n "${CI:-}" ] || [ -n "${GUARDLINE_RUN_ONCE:-}" ]; then RUN_ONCE=1; fi

# -- the demo signing key: made here, kept out of the repository --------------------------------------
KEYS="$DATA/demo-keys"
if [ ! -f "$KEYS/ml_staff.key" ]; then
  .venv/bin/python -m model_training keygen --out "$KEYS/ml_staff.key" >/dev/null
  echo "made a demo ML-staff signing key in $KEYS (untracked; the app pins only its public half)"
fi
export GUARDLINE_STAFF_PUBLIC_KEYS="$(grep -v '^#' "$KEYS/ml_staff.pub")"   # the server verifies uploads
export GUARDLINE_PINNED_KEYS="$KEYS/ml_staff.pub"                            # the devices verify bundles

# -- the server ---------------------------------------------------------------------------------------
if curl -fsS "$URL/api/v1/health" >/dev/null 2>&1; then
  echo "Something already answers on $URL (an earlier 'make run'?). Stop it, or pick another port:" >&2
  echo "  GUARDLINE_PORT=8001 make run" >&2
  exit 1
fi
.venv/bin/flask db upgrade >/dev/null
USERS="$(.venv/bin/flask users list 2>/dev/null || true)"
has_user() { grep -qE "(^|[[:space:]])$1([[:space:]]|\$)" <<<"$USERS"; }   # any column layout
has_user "$MOD_USER" || .venv/bin/flask users create "$MOD_USER" --role moderator --password "$MOD_PASS" >/dev/null
has_user "$ML_USER" || .venv/bin/flask users create "$ML_USER" --role ml_staff --password "$MOD_PASS" >/dev/null

.venv/bin/gunicorn --bind "$HOST:$PORT" --workers 2 --access-logfile /dev/null \
  --pid "$DATA/gunicorn.pid" 'sync_server:create_app()' >"$DATA/server.log" 2>&1 &
SERVER_PID=$!

stop_server() {
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT
trap 'echo; stop_server; echo "The sync server has stopped."; exit 130' INT TERM

for _ in $(seq 1 150); do
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "The sync server failed to start; see $DATA/server.log" >&2; exit 1; }
  curl -fsS "$URL/api/v1/health" >/dev/null 2>&1 && break
  sleep 0.1
done
echo "sync server: $URL (gunicorn, $DATABASE_URL)"

# -- a signed update: the shipped model, re-signed under the next version, released to every device ---
TOKEN="$(.venv/bin/flask users token "$ML_USER" --name make-run)"
.venv/bin/python -m model_training publish assets/model/guardline-bundle.zip --as-version next \
  --out "$DATA/demo-bundles/guardline-next.zip" --key "$KEYS/ml_staff.key" --server "$URL" --token "$TOKEN" \
  --rollout 100

# -- a device ------------------------------------------------------------------------------------------
if [ -n "${DISPLAY:-}" ] && [ -z "${GUARDLINE_HEADLESS:-}" ]; then
  echo "display found: starting the Guardline app (its demo feed replays sample chats)"
  GUARDLINE_SERVER="$URL" .venv/bin/python -m device_app
else
  .venv/bin/python -m device_app demo --server "$URL" --devices "$DEVICES" --data-dir "$DATA/demo-devices"
fi

echo
if [ -n "$RUN_ONCE" ]; then
  stop_server
  echo "Run-once mode (CI or GUARDLINE_RUN_ONCE): the sync server has stopped."
  echo "Run 'make run' without them to keep it serving and look at the moderator pages."
  exit 0
fi
echo "Moderator queue: $URL/moderator/queue   (log in as $MOD_USER / $MOD_PASS)"
echo "The sync server keeps serving until you press Ctrl-C (or send this process SIGTERM)."
set +e
wait "$SERVER_PID"
status=$?
echo "The sync server stopped by itself (exit status $status); see $DATA/server.log" >&2
exit 1
