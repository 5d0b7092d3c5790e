"""The newcomer path: `make run` (scripts/run.sh) as a newcomer or an IDE runs it, with no terminal.

The real script runs end to end (migrations, gunicorn, a demo signing key, a signed update, the headless
demo) in a temporary data folder, with stdin not a terminal. It must keep serving until told to stop,
stop cleanly on SIGTERM and say so, switch the demo device to the re-signed update, and, in CI's
run-once mode, never print a URL for a server it has already stopped.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from device_app.core.versions import parse_version

from .support import REPO, free_port, shipped_bundle

pytestmark = pytest.mark.slow
SERVING = "keeps serving until you press Ctrl-C"
INSTALLED = "signed model update verified and installed: now model "


@dataclass
class Script:
    proc: subprocess.Popen[str]
    url: str
    lines: list[str] = field(default_factory=list)
    _queue: queue.Queue[str | None] = field(default_factory=queue.Queue)

    def start_reader(self) -> None:
        def pump() -> None:
            assert self.proc.stdout is not None
            for line in self.proc.stdout:
                self._queue.put(line.rstrip("\n"))
            self._queue.put(None)

        threading.Thread(target=pump, daemon=True).start()

    def wait_for(self, text: str, timeout: float = 240) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self._queue.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if line is None:
                return False
            self.lines.append(line)
            if text in line:
                return True
        return False

    @property
    def output(self) -> str:
        return "\n".join(self.lines)


def start(data: Path, **extra: str) -> Script:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GUARDLINE_", "FLASK_")) and k not in {"DATABASE_URL", "CI", "DISPLAY", "SECRET_KEY"}}
    port = free_port()
    env.update(GUARDLINE_PORT=str(port), GUARDLINE_DATA=str(data), GUARDLINE_HEADLESS="1",
               GUARDLINE_DEMO_DEVICES="1", PYTHONDONTWRITEBYTECODE="1", **extra)
    proc = subprocess.Popen(["bash", str(REPO / "scripts" / "run.sh")], cwd=REPO, env=env, text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    script = Script(proc, f"http://127.0.0.1:{port}")
    script.start_reader()
    return script


def answers(url: str) -> bool:
    try:
        return requests.get(f"{url}/api/v1/health", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def installed_version(output: str) -> str:
    line = next(line for line in output.splitlines() if INSTALLED in line)
    return line.split(INSTALLED, 1)[1].strip()


@dataclass
class Served:
    script: Script
    serving: bool
    alive_after: bool  # health answered after the script said it keeps serving
    stopped_rc: int | None
    answers_after_stop: bool


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("make-run")


@pytest.fixture(scope="module")
def served(data_dir: Path) -> Iterator[Served]:
    script = start(data_dir)
    try:
        serving = script.wait_for(SERVING)
        time.sleep(0.5)
        alive = serving and answers(script.url)
        script.proc.send_signal(signal.SIGTERM)
        rc = script.proc.wait(timeout=60)
        script.wait_for("\x00never", timeout=5)  # drain what it printed while stopping
        yield Served(script, serving, alive, rc, answers(script.url))
    finally:
        if script.proc.poll() is None:
            script.proc.kill()


def test_without_a_terminal_the_server_keeps_serving_after_the_demo(served: Served) -> None:
    assert served.serving and served.alive_after, served.script.output[-3000:]


def test_sigterm_stops_the_server_and_the_script_says_so(served: Served) -> None:
    assert served.stopped_rc == 130 and "The sync server has stopped." in served.script.output
    assert not served.answers_after_stop


def test_the_demo_device_switches_to_a_re_signed_higher_version(served: Served) -> None:
    version = installed_version(served.script.output)
    assert parse_version(version) > parse_version(shipped_bundle().version)


def test_the_demo_signing_key_stays_in_the_data_folder(served: Served, data_dir: Path) -> None:
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    assert (data_dir / "demo-keys" / "ml_staff.key").is_file()
    assert not [p for p in tracked.splitlines() if p.endswith((".key", ".pem"))]


def test_in_run_once_mode_it_stops_and_prints_no_url_for_the_stopped_server(served: Served, data_dir: Path) -> None:
    script = start(data_dir, CI="1")  # the same data folder: its device runs the first update already
    try:
        rc = script.proc.wait(timeout=240)
    finally:
        if script.proc.poll() is None:
            script.proc.kill()
    script.wait_for("\x00never", timeout=5)
    assert rc == 0 and "the sync server has stopped" in script.output, script.output[-3000:]
    assert "/moderator/queue" not in script.output and not answers(script.url)
    assert parse_version(installed_version(script.output)) > parse_version(installed_version(served.script.output))


def test_a_private_key_saved_anywhere_in_the_repository_is_ignored_by_git() -> None:
    paths = ["ml_staff.key", "assets/keys/ml_staff.key", "model_training/ml_staff_ed25519.key"]
    proc = subprocess.run(["git", "check-ignore", *paths], cwd=REPO, capture_output=True, text=True)
    assert proc.stdout.split() == paths
