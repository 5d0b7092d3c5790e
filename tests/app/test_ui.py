"""The real Kivy app in a real window: it starts, the demo feed raises the alert, every screen renders.

Kivy allows one App per process, so `ui_driver.py` runs the app in a subprocess that presses the
real buttons, saves screenshots and writes result.json. Three runs, at the same time: a child's
first day ("walk") with no DISPLAY (SDL's offscreen EGL driver) and under X11 (a 1280x800 Xvfb
started here when no display exists), and a family's set-up and alerts ("family", under X11)
against a local server named by a deployment file. Screenshots go to build/screenshots/ (untracked);
tests never rewrite docs/screenshots/, which holds copies picked by hand.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from device_app.app import PHONE_SIZE, SMALL_SCREEN
from device_app.app.controllers.texts import tactic_title
from device_app.core.explain import TACTIC_EXPLANATIONS
from device_app.core.vocabulary import TACTICS
from device_app.resources import help_for
from device_app.sources.demo_feed import BUNDLED_FEED

from .conftest import BUNDLE
from .fake_server import FakeServer

pytestmark = pytest.mark.ui

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("ui_driver.py")
SCREENSHOTS = REPO / "build" / "screenshots"
SCREENS = (
    "01-onboarding-welcome", "02-onboarding-you", "03-onboarding-grown-up", "04-chats-empty", "05-alert",
    "06-share-preview", "07-help", "08-chats", "09-chat", "10-parent-pin", "11-parent", "12-status", "13-paste",
)  # fmt: skip
FAMILY_SCREENS = (
    "f01-setup-child", "f02-setup-grown-up", "f03-alert-seven-tactics", "f04-alert-sextortion", "f05-trusted-adult",
    "f06-help-GB", "f06-help-US", "f06-help-AU", "f06-help-CA", "f06-help-IE", "f06-help-FR", "f07-parent",
)  # fmt: skip
ENROLLMENT_CODE = "SCHOOL-7"


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
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "{}x{}x24".format(*SMALL_SCREEN), "-nolisten", "tcp"],
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


def _start(
    out: Path, display: str | None, tmp: Path, plan: str = "walk", extra: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "GUARDLINE_SERVER")}
    env.update(
        KIVY_NO_ARGS="1",
        KIVY_HOME=str(tmp / "kivy_home"),
        GUARDLINE_DATA_DIR=str(tmp / "device"),
        GUARDLINE_DEMO_INTERVAL="0.03",
        GUARDLINE_BUNDLE=str(BUNDLE),
    )
    env.update(extra or {})
    if display:
        env["DISPLAY"] = display
    log = open(tmp / "app.log", "wb")  # noqa: SIM115 - closed by the subprocess ending
    return subprocess.Popen(
        [sys.executable, str(DRIVER), str(out), plan], env=env, stdout=log, stderr=log, cwd=REPO
    )


@pytest.fixture(scope="module")
def family_server() -> Iterator[FakeServer]:
    with FakeServer() as server:
        yield server


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory, x_display: str | None, family_server: FakeServer
) -> dict[str, Path]:
    if not BUNDLE.exists():
        pytest.skip("no model bundle yet")
    tmp = tmp_path_factory.mktemp("ui")
    started = time.time()
    (tmp / "family").mkdir()
    deployment = tmp / "family" / "deployment.json"
    deployment.write_text(json.dumps({"server_url": family_server.url, "enrollment_code": ENROLLMENT_CODE}))
    # a blank GUARDLINE_SERVER (as `make run` may pass one) must not hide the deployment's server
    family_env = {"GUARDLINE_DEPLOYMENT": str(deployment), "GUARDLINE_SERVER": ""}
    # the walk ends by typing the deployment's set-up code behind the PIN
    walk_env = {
        "UI_SETUP_CODE": f"guardline://setup?server={family_server.url}&code={ENROLLMENT_CODE}&country=CA"
    }
    plans = {"offscreen": (None, "walk", walk_env)}
    if x_display:
        plans["x11"] = (x_display, "walk", walk_env)
    plans["family"] = (x_display, "family", family_env)
    procs = {}
    for name, (display, plan, extra) in plans.items():
        (tmp / name).mkdir(exist_ok=True)
        procs[name] = _start(tmp / name / "shots", display, tmp / name, plan, extra)
    for proc in procs.values():
        try:
            proc.wait(timeout=210)
        except subprocess.TimeoutExpired:
            proc.kill()
    outs = {name: tmp / name / "shots" for name in procs}
    for name, out in outs.items():  # for people to look at; never into the tracked docs/
        target = SCREENSHOTS / name
        target.mkdir(parents=True, exist_ok=True)
        for png in out.glob("*.png"):
            shutil.copyfile(png, target / png.name)
    outs["_window"] = (started, time.time())  # type: ignore[assignment]
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
    by_title = {tactic_title(t): TACTIC_EXPLANATIONS[t] for t in TACTICS}
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


def _renders(path: Path, name: str) -> None:
    from PIL import Image, ImageStat

    image = Image.open(path).convert("RGB")
    assert image.size == PHONE_SIZE, f"{name}: {path.name} is {image.size}"
    top_bar = image.getpixel((image.size[0] // 2, 5))
    assert top_bar[2] > 150 and top_bar[0] < 120, f"{name}: no blue top bar in {path.name}"
    assert max(ImageStat.Stat(image).stddev) > 20, f"{name}: {path.name} is nearly blank"


@pytest.mark.parametrize("screen", SCREENS)
def test_each_screen_renders_real_pixels(runs, screen):
    for name in ("offscreen", "x11"):
        if name in runs:
            result_of(runs, name)
            _renders(runs[name] / f"{screen}.png", name)


@pytest.mark.parametrize("screen", FAMILY_SCREENS)
def test_each_family_screen_renders_real_pixels(runs, screen):
    result_of(runs, "family")
    _renders(runs["family"] / f"{screen}.png", "family")


def test_the_ui_runs_never_write_into_the_tracked_screenshots(runs):
    started, ended = runs["_window"]
    ours = {
        f"{name}.png" for name in SCREENS + FAMILY_SCREENS
    }  # other suites may write their own pages there
    docs = (REPO / "docs" / "screenshots").glob("*.png")
    written = [p.name for p in docs if p.name in ours and started <= p.stat().st_mtime <= ended]
    assert written == [] and any((SCREENSHOTS / "offscreen").glob("*.png"))


def test_a_set_up_code_typed_behind_the_pin_connects_the_phone(run, family_server):
    result, _ = run
    after = result["after_setup"]
    assert after["connection"]["Connected"] == "yes" and after["connection"]["Server"] == family_server.url
    assert after["connection"]["Help shown for"] == "Canada" and family_server.url in after["message"]


def test_the_parent_sends_the_waiting_warnings_from_behind_the_pin(run, family_server):
    result, _ = run
    assert result["after_setup"]["sent"].startswith("Sent ") and family_server.state.reports


# -- the family run: parent-led set-up, alerts, help by country -------------------------------------


@pytest.fixture
def family(runs) -> dict:
    return result_of(runs, "family")


def test_the_window_fits_a_1280_by_800_screen(family):
    width, height = family["window"]
    assert width <= SMALL_SCREEN[0] and height <= SMALL_SCREEN[1] - 64  # room for a title bar and a panel


def test_the_childs_set_up_asks_only_age_and_consent(family):
    setup = family["child_setup"]
    words = " ".join(setup["texts"]).lower()
    assert setup["inputs"] == [] and "how old are you" in words
    assert not any(w in words for w in ("server", "enrol", "moderator", "flatter", "https://"))


def test_the_deployment_file_enrolls_the_device_without_the_child(family, family_server):
    enrollments = [
        json.loads(body)
        for method, path, _, body in family_server.state.requests
        if path.endswith("/devices")
    ]
    assert family["connection"]["Connected"] == "yes" and family["connection"]["Server"] == family_server.url
    assert (
        enrollments
        and enrollments[0]["enrollment_code"] == ENROLLMENT_CODE
        and enrollments[0]["age_band"] == "under-13"
    )


def test_the_grown_up_step_names_the_deployments_server(family, family_server):
    assert family_server.url.split("://")[1] in family["grown_up_note"]


def test_a_seven_tactic_alert_shows_the_most_severe_first_and_three_cards(family):
    seven = family["seven"]
    assert seven["tactics"][0] == tactic_title("meeting") and len(seven["tactics"]) == 3
    assert "4 more" in seven["more"] and len(seven["expanded"]) == 7


def test_the_next_alert_opens_at_its_headline_though_the_last_was_scrolled_down(family):
    assert family["queued"] == 1 and family["scroll_before"] == 0
    assert family["second"]["scroll_y"] == 1 and family["second"]["headline_on_screen"]


def test_a_sextortion_alert_leads_with_not_in_trouble_dont_pay_and_take_down(family):
    second = family["second"]
    assert "not in trouble" in second["headline"].lower() and "don't pay" in second["headline"].lower()
    assert second["tactics"][0] == tactic_title("coercion")
    assert any("takeitdown.ncmec.org" in line for line in second["takedown"])


def test_the_trusted_adult_summary_has_when_where_and_what_but_no_message_text(family):
    adult = family["adult"]
    lines = " ".join(line["text"] for line in adult["lines"])
    assert "xx_jay_xx" in lines and "Instagram" in lines and "When:" in lines
    assert [t["text"] for t in adult["tactics"]][0] == tactic_title("coercion")


@pytest.mark.parametrize("country", ["GB", "US", "AU", "CA", "IE", "FR"])
def test_help_on_a_sextortion_alert_fits_the_country_and_leads_with_take_down(family, country):
    shown = family["help"][country]
    expected = help_for(country)
    take_down = next(r for r in expected.resources if r.kind == "take_down")
    assert take_down.url in shown[0]
    assert all(r.url in " ".join(shown) for r in expected.resources)
    assert shown[-1].endswith(f"call {expected.emergency}.")


def test_a_uk_child_is_sent_to_childline_and_a_us_child_is_not(family):
    assert "0800 1111" in " ".join(family["help"]["GB"]) and "0800 1111" not in " ".join(family["help"]["US"])
