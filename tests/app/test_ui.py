"""The real Kivy app in a real window: it starts, the demo feed raises the alert, every screen renders.

Kivy allows one App per process, so `ui_driver.py` runs the app in a subprocess that presses the
real buttons, saves screenshots and writes result.json. It runs twice, at the same time: with no
DISPLAY (SDL's offscreen EGL driver) and under X11 (Xvfb started here when no display exists).
The offscreen run's screenshots are copied to docs/screenshots/ for the README.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from device_app.core.explain import TACTIC_EXPLANATIONS, TACTIC_TITLES
from device_app.sources.demo_feed import BUNDLED_FEED

from .conftest import BUNDLE

pytestmark = pytest.mark.ui

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("ui_driver.py")
DOCS_SCREENSHOTS = REPO / "docs" / "screenshots"
SCREENS = (
    "01-onboarding-welcome", "02-onboarding-setup", "03-chats-empty", "04-alert", "05-share-preview", "06-help",
    "07-chats", "08-chat", "09-parent-pin", "10-parent", "11-status", "12-paste",
)  # fmt: skip


@pytest.fixture(scope="module")
def x_display() -> Iterator[str | None]:
    """An X display for the x11 run: the one we have, else a private Xvfb, else None (skip)."""
    if os.environ.get("DISPLAY"):
        yield os.environ["DISPLAY"]
        return
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield None
        return
    read_fd, write_fd = os.pipe()
    proc = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1024x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    try:
        yield f":{number}" if number else None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _start(out: Path, display: str | None, tmp: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        KIVY_NO_ARGS="1",
        KIVY_HOME=str(tmp / "kivy_home"),
        GUARDLINE_DATA_DIR=str(tmp / "device"),
        GUARDLINE_DEMO_INTERVAL="0.03",
        GUARDLINE_BUNDLE=str(BUNDLE),
    )
    if display:
        env["DISPLAY"] = display
    log = open(tmp / "app.log", "wb")  # noqa: SIM115 - closed by the subprocess ending
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(out)], env=env, stdout=log, stderr=log, cwd=REPO
    )


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory, x_display: str | None) -> dict[str, Path]:
    if not BUNDLE.exists():
        pytest.skip("no model bundle yet")
    tmp = tmp_path_factory.mktemp("ui")
    plans = {"offscreen": None, "x11": x_display} if x_display else {"offscreen": None}
    procs = {}
    for name, display in plans.items():
        (tmp / name).mkdir()
        procs[name] = _start(tmp / name / "shots", display, tmp / name)
    for proc in procs.values():
        try:
            proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            proc.kill()
    outs = {name: tmp / name / "shots" for name in procs}
    offscreen = outs["offscreen"]
    if (offscreen / "result.json").exists() and json.loads((offscreen / "result.json").read_text())["ok"]:
        DOCS_SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for png in offscreen.glob("*.png"):
            shutil.copyfile(png, DOCS_SCREENSHOTS / png.name)
    return outs


def result_of(runs: dict[str, Path], name: str) -> dict:
    if name not in runs:
        pytest.skip("no X display and no Xvfb on this machine")
    path = runs[name] / "result.json"
    log = (path.parent.parent / "app.log").read_text(errors="replace")[-3000:]
    assert path.exists(), f"the app wrote no result; its log ends:\n{log}"
    result = json.loads(path.read_text())
    assert result["ok"], f"{result['error']}\n{log}"
    return result


@pytest.fixture(params=["offscreen", "x11"])
def run(request, runs) -> tuple[dict, Path]:
    return result_of(runs, request.param), runs[request.param]


def test_the_app_starts_and_a_child_can_walk_every_screen(run):
    result, _ = run
    assert list(result["screens"]) == list(SCREENS)


def test_the_demo_feed_raises_the_alert_about_the_groomer(run):
    result, _ = run
    assert "xX_coolcoach_Xx" in result["alert"]["where"]


def test_the_alert_explains_each_tactic_with_the_explain_texts(run):
    result, _ = run
    by_title = {TACTIC_TITLES[t]: TACTIC_EXPLANATIONS[t] for t in TACTIC_TITLES}
    tactics = result["alert"]["tactics"]
    assert tactics and all(by_title[row["title"]] == row["text"] for row in tactics)


def test_the_share_preview_shows_the_chat_up_to_the_alert(run):
    result, _ = run
    feed = [json.loads(line) for line in BUNDLED_FEED.read_text().splitlines()]
    groomer = next(c for c in feed if c["label"] == "grooming")
    texts = [m["text"] for m in groomer["messages"]]
    shown = [row["text"] for row in result["preview"]]
    assert shown == texts[: len(shown)]


def test_the_parent_view_lists_alerts_without_any_message_text(run):
    result, _ = run
    rows = json.dumps(result["parent_rows"])
    feed_texts = [
        m["text"] for line in BUNDLED_FEED.read_text().splitlines() for m in json.loads(line)["messages"]
    ]
    assert result["parent_rows"] and not any(t in rows for t in feed_texts if len(t) >= 10)


def test_a_pasted_ordinary_chat_is_checked_and_looks_ok(run):
    result, _ = run
    assert result["pasted_chat"] == ["Looks OK"]


def test_the_chat_list_marks_only_the_groomer_as_warned(run):
    result, _ = run
    assert [c["contact"] for c in result["chats"] if c["level"] == "warned"] == ["xX_coolcoach_Xx"]


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_renders_real_pixels(runs, screen):
    from PIL import Image, ImageStat

    for name in runs:
        result_of(runs, name)
        image = Image.open(runs[name] / f"{screen}.png").convert("RGB")
        assert image.size[0] >= 400 and image.size[1] >= 800
        top_bar = image.getpixel((image.size[0] // 2, 5))
        assert top_bar[2] > 150 and top_bar[0] < 120, f"{name}: no blue top bar in {screen}"
        assert max(ImageStat.Stat(image).stddev) > 20, f"{name}: {screen} is nearly blank"


def test_the_readme_screenshots_are_up_to_date(runs):
    result_of(runs, "offscreen")
    assert all((DOCS_SCREENSHOTS / f"{s}.png").exists() for s in SCREENS)
