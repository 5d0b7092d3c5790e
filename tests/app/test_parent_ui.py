"""Pairing and a parent receiving a warning, in a real Kivy window on the parent's phone.

The server is the real app behind werkzeug's HTTP server on 127.0.0.1; the child's phone is a real
DeviceService in this process (real pipeline, real sealing); the parent's phone is the real app in a
subprocess (`parent_ui_driver.py`, SDL offscreen: real pixels, no display needed). Screenshots are
copied to build/screenshots/ to be looked at.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from device_app.app.controllers.parent_link import ChildPairingController
from sync_server import TestConfig, create_app
from sync_server.extensions import db
from tests.db_state import close_app

from .conftest import BUNDLE, replay

pytestmark = [pytest.mark.ui, pytest.mark.slow]
REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("parent_ui_driver.py")
SHOTS = ("p01-parent-paired", "p02-parent-warning")


@dataclass
class Family:
    result: dict
    out: Path
    child_message: str
    alert_contact: str
    log: str


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("parent-ui-server")
    settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
    app = create_app({**settings, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder / 'server.sqlite3'}"})
    with app.app_context():
        db.create_all()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        close_app(app)


def wait_for(path: Path, proc: subprocess.Popen[bytes], timeout: float = 90) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if path.exists():
            return True
        time.sleep(0.1)
    return path.exists()


@pytest.fixture(scope="module")
def family(live_url: str, tmp_path_factory: pytest.TempPathFactory, detector, grooming_module) -> Family:
    from device_app.service import DeviceService, ServiceConfig

    tmp = tmp_path_factory.mktemp("parent-ui")
    out = tmp / "out"
    child = DeviceService(ServiceConfig(data_dir=tmp / "child", server_url=live_url, hold_unacted_s=0,
                                        shipped_bundle=BUNDLE), detector=detector, notifier=lambda t, b: None)
    try:
        screen = ChildPairingController(child.parents)
        code, _ = screen.offer()
        env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        env.update(KIVY_NO_ARGS="1", KIVY_HOME=str(tmp / "kivy_home"), GUARDLINE_DATA_DIR=str(tmp / "parent"),
                   GUARDLINE_SERVER=live_url, GUARDLINE_BUNDLE=str(BUNDLE), PARENT_CODE=code)
        with open(tmp / "app.log", "wb") as log:
            proc = subprocess.Popen([sys.executable, str(DRIVER), str(out)], env=env, stdout=log, stderr=log, cwd=REPO)
            try:
                child_message, contact = "", ""
                if wait_for(out / "paired.flag", proc):
                    child_message = screen.check()
                    alert = replay(child, grooming_module)
                    contact = alert.contact_handle if alert else ""
                    child.sync(force=True)
                    (out / "alert.flag").write_text("1")
                proc.wait(timeout=120)
            finally:
                if proc.poll() is None:
                    proc.kill()
        result_path = out / "result.json"
        result = json.loads(result_path.read_text()) if result_path.exists() else {"ok": False, "error": "no result"}
        shots = REPO / "build" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        for name in SHOTS:
            if (out / f"{name}.png").exists():
                shutil.copyfile(out / f"{name}.png", shots / f"{name}.png")
        return Family(result, out, child_message, contact, (tmp / "app.log").read_text(errors="replace")[-3000:])
    finally:
        child.close()


@pytest.fixture(scope="module")
def grooming_module():
    from device_app.core.conversations import load_conversations
    from device_app.sources.demo_feed import BUNDLED_FEED

    return next(c for c in load_conversations(BUNDLED_FEED) if c.is_grooming)


def test_the_parents_phone_pairs_and_shows_the_same_digits_as_the_childs(family: Family) -> None:
    assert family.result.get("ok"), f"{family.result.get('error')}\n{family.log}"
    digits = family.child_message.rsplit(": ", 1)[-1]
    assert family.child_message.startswith("Paired") and family.result["pair_message"].endswith(digits)


def test_the_parents_phone_lists_the_warning_raised_on_the_childs_phone(family: Family) -> None:
    rows = family.result.get("rows", [])
    assert rows and rows[0]["contact"] == family.alert_contact and rows[0]["severity"], (rows, family.log)


@pytest.mark.parametrize("name", SHOTS)
def test_each_parent_screen_renders_real_pixels(family: Family, name: str) -> None:
    from PIL import Image, ImageStat

    image = Image.open(family.out / f"{name}.png").convert("RGB")
    top_bar = image.getpixel((image.size[0] // 2, 5))
    assert top_bar[2] > 150 and top_bar[0] < 120 and max(ImageStat.Stat(image).stddev) > 20, name
