"""The two documented ways to start the server (SPEC §3) really start it."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def env_for(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'server.sqlite3'}", SECRET_KEY="entrypoint-test",
               PYTHONDONTWRITEBYTECODE="1")
    return env


def request(port: int, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    conn.request(method, path, body=json.dumps(body) if body is not None else None,
                 headers={"Content-Type": "application/json"} if body is not None else {})
    try:
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"{}")
    finally:
        conn.close()


def serve(cmd: list[str], env: dict[str, str], port: int) -> None:
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)
    try:
        deadline = time.time() + 30
        while True:
            try:
                status, body = request(port, "GET", "/api/v1/health")
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    output = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"{cmd[0]} did not serve:\n{output[-3000:]}")
                time.sleep(0.1)
        assert (status, body) == (200, {"status": "ok"})
        status, body = request(port, "POST", "/api/v1/devices",
                               {"app_version": "1.0.0", "os": "android", "age_band": "13-15"})
        assert status == 201 and body["device_token"]
        status, body = request(port, "GET", "/api/v1/openapi.json")
        assert status == 200 and "/api/v1/reports" in body["paths"]
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=15)
        if proc.stdout:
            proc.stdout.close()


def upgrade(env: dict[str, str]) -> None:
    done = subprocess.run([str(BIN / "flask"), "--app", "sync_server", "db", "upgrade"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_gunicorn_serves_the_app_factory(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    upgrade(env)
    port = free_port()
    serve([str(BIN / "gunicorn"), "--bind", f"127.0.0.1:{port}", "sync_server:create_app()"], env, port)


@pytest.mark.slow
def test_flask_run_serves_the_app(tmp_path: Path) -> None:
    env = env_for(tmp_path)
    upgrade(env)
    port = free_port()
    serve([str(BIN / "flask"), "--app", "sync_server", "run", "--port", str(port)], env, port)
