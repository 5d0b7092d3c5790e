"""The workbench in headless Chromium: every flow a moderator, ML staff member and admin uses, with
axe-core run on each page (zero serious or critical violations; the report is printed per page) and
screenshots saved under build/screenshots/ (never into tracked files).

Data arrives through the real device API; accounts are made with the staff service; bundles are
really signed with a key the app trusts.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select

from device_app.core.signing import KeyPair, sign_bytes
from sync_server.extensions import db
from sync_server.models import AuditLog, Decision, Device, Suspect
from sync_server.services import staff as staff_service
from sync_server.services.tokens import STAFF_PREFIX
from tests.server.helpers import make_bundle

from .a11y import axe_report
from .conftest import NARROW, PASSWORD, WIDE
from .seed import Post, enroll, report, seed_demo, upload

pytestmark = pytest.mark.browser
NOW = datetime.now(UTC)


class Session:
    """One logged-in browser page with the checks every page gets (axe, script errors, screenshots)."""

    def __init__(self, page: Any, base: str, shots: Path) -> None:
        self.page, self.base, self.shots = page, base, shots
        self.problems: list[str] = []
        self.blocking: list[str] = []
        page.on("pageerror", lambda error: self.problems.append(str(error)))
        page.on("console", lambda m: self.problems.append(m.text) if m.type == "error" else None)

    def login(self, username: str) -> None:
        self.page.goto(self.base + "/moderator/login")
        self.page.get_by_label("Username").fill(username)
        self.page.get_by_label("Password").fill(PASSWORD)
        self.page.get_by_role("button", name="Log in").click()
        self.page.wait_for_load_state()

    def check(self, name: str, shot: str | None = None) -> None:
        """axe on the page as it is now (+ a full-page screenshot)."""
        self.blocking += axe_report(self.page, name)
        if shot:
            self.page.screenshot(path=str(self.shots / shot), full_page=True)

    def done(self) -> None:
        assert self.blocking == [], "\n".join(self.blocking)
        assert self.problems == [], self.problems


@pytest.fixture
def session(live_server: str, browser_page: Any, screenshot_dir: Path) -> Session:
    return Session(browser_page, live_server, screenshot_dir)


def person(app: Flask, name: str, role: str) -> int:
    with app.app_context():
        return staff_service.create_user(name, PASSWORD, role).id


def handles(page: Any) -> list[str]:
    return [h.strip() for h in page.locator("table.queue-table a.handle").all_inner_texts()]


def test_moderator_searches_claims_and_triages_in_bulk(app: Flask, post: Post, session: Session) -> None:
    seed_demo(post)
    person(app, "maria", "moderator")
    page = session.page
    session.login("maria")
    page.goto(session.base + "/moderator/settings")
    session.check("settings")
    page.get_by_role("combobox", name="Time zone").select_option("Australia/Sydney")
    page.get_by_role("button", name="Save").click()
    assert page.locator(".flash-success").inner_text() == "Times are now shown in Australia/Sydney."

    # Search folds the query like stored handles: case, a leading @, full-width letters.
    page.goto(session.base + "/moderator/queue")
    page.get_by_label("Handle").fill("@ＣＯＯＬＣＯＡＣＨ")
    page.get_by_role("button", name="Apply filters").click()
    assert handles(page) == ["xX_coolcoach_Xx"]
    seen = page.locator("table.queue-table time").first
    assert seen.get_attribute("title", timeout=1000).endswith(" UTC") and str(NOW.year) in seen.inner_text()
    page.get_by_label("Handle").fill("")
    page.get_by_label("Platform").select_option("social_dm")
    page.get_by_role("button", name="Apply filters").click()
    assert handles(page)[0] == "sk8r_mentor"
    assert set(page.locator("table.queue-table .platform").all_inner_texts()) == {"social_dm"}

    # Claim from the queue: the owner is shown in the row; "Mine" lists it.
    page.get_by_role("button", name="Claim sk8r_mentor").click()
    assert page.locator(".flash-success").inner_text() == "You own this case now."
    assert page.locator("table.queue-table .owner").all_inner_texts() == ["maria"]
    page.goto(session.base + "/moderator/queue?owner=mine")
    assert handles(page) == ["sk8r_mentor"]

    # Bulk: select two rows with the keyboard (j, x), one note, dismiss.
    page.goto(session.base + "/moderator/queue?platform=messaging")
    targets = handles(page)
    assert len(targets) >= 2
    page.keyboard.press("j")
    page.keyboard.press("x")
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.locator("input[name=ids]:checked").count() == 2
    page.get_by_label("Dismiss").check()
    page.get_by_label("Note (recorded on each selected suspect)").fill("Gift spam, no grooming pattern.")
    session.check("queue with selection", "workbench_queue.png")
    page.get_by_role("button", name="Apply to selected").click()
    assert page.locator(".flash-success").inner_text().startswith("2 suspects dismissed")
    assert handles(page) == targets[2:]
    with app.app_context():
        notes = db.session.scalars(select(Decision.note).where(Decision.to_status == "dismissed")).all()
        audited = db.session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "suspect.decision"))
    assert notes == ["Gift spam, no grooming pattern."] * 2 and audited == 2
    page.set_viewport_size(NARROW)
    session.check("queue, narrow")
    page.set_viewport_size(WIDE)
    session.done()


def test_keyboard_only_moderator_decides_a_case(app: Flask, post: Post, session: Session) -> None:
    seed_demo(post)
    person(app, "kai", "moderator")
    page = session.page
    session.login("kai")
    page.goto(session.base + "/moderator/queue")
    page.keyboard.press("/")
    page.keyboard.type("sk8r")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=sk8r**")
    page.keyboard.press("j")
    page.keyboard.press("d")
    page.wait_for_url("**/suspects/**")
    page.wait_for_function("() => document.activeElement.name === 'status'")
    page.keyboard.press("Space")  # the focused first choice: Escalate
    page.keyboard.press("Tab")
    page.keyboard.type("Sexual content to three children; referred.")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.locator(".flash-success").inner_text() == "Decision recorded: escalated."
    session.check("suspect page", "workbench_suspect.png")
    session.done()


def test_referral_package_holds_the_case_and_a_manifest_that_verifies(
    app: Flask, post: Post, session: Session, tmp_path: Path
) -> None:
    names = seed_demo(post)
    moderator_id = person(app, "ruth", "moderator")
    page = session.page
    session.login("ruth")
    page.goto(session.base + "/moderator/queue")
    page.get_by_role("link", name=names["top"]).click()
    assert page.get_by_text("Available once the suspect is escalated.").is_visible()
    page.get_by_label("Escalate", exact=True).check()
    page.get_by_label("Note").fill("Meeting attempt, five children. Referral to hotline.")
    page.get_by_role("button", name="Record decision").click()
    with page.expect_download() as info:
        page.get_by_role("button", name="Download referral package").click()
    data = Path(info.value.path()).read_bytes()
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert sorted(archive.namelist()) == ["MANIFEST.sha256", "record.json", "report.html"]
    manifest = dict(reversed(line.split("  ")) for line in archive.read("MANIFEST.sha256").decode().splitlines())
    assert manifest == {n: hashlib.sha256(archive.read(n)).hexdigest() for n in ("record.json", "report.html")}
    record = json.loads(archive.read("record.json"))
    assert record["suspect"]["handle"] == names["top"] and record["suspect"]["reporting_devices"] == 5
    assert any("where do you go after school?" in m["text"] for e in record["evidence"] for m in e["messages"])
    assert record["decisions"][-1]["note"] == "Meeting attempt, five children. Referral to hotline."
    assert {"suspect.decision", "evidence.view"} <= {a["action"] for a in record["audit_trail"]}
    with app.app_context():
        exports = db.session.scalars(select(AuditLog).where(AuditLog.action == "referral.export")).all()
    assert [(e.actor_id, e.details["sha256"]) for e in exports] == [(moderator_id, hashlib.sha256(data).hexdigest())]
    page.reload()
    assert page.locator("#referral li").count() == 1  # the export is listed on the suspect page
    session.check("suspect page after export")
    report_file = tmp_path / "report.html"  # opened as the recipient would: a local file, no server CSP
    report_file.write_bytes(archive.read("report.html"))
    page.goto(report_file.as_uri())
    session.check("referral report.html", "workbench_referral_report.png")
    session.done()


def _signed(tmp_path: Path, key: KeyPair, version: str) -> tuple[Path, str]:
    bundle = make_bundle(version)
    path = tmp_path / f"{version}.zip"
    path.write_bytes(bundle)
    return path, sign_bytes(bundle, key.private_b64)


def _field_reports(post: Post) -> None:
    """Devices on the current model and on the staged one; the staged one alerts more and is called wrong
    more often, with more coercion."""
    when = NOW - timedelta(hours=3)
    for i in range(3):
        upload(post, enroll(post), report(f"acct{i}", when=when, model_version="2026.12.01-1",
                                          tags=("secrecy", "personal_info")))
    for i in range(2):
        upload(post, enroll(post),
               report(f"acct{i}", when=when, model_version="2026.12.05-1", tags=("coercion", "secrecy")),
               report(f"other{i}", when=when, model_version="2026.12.05-1", tags=("coercion",),
                      child_action="false_alarm"))


def test_ml_staff_stage_compare_and_promote(app: Flask, post: Post, session: Session, staff_key: KeyPair,
                                            tmp_path: Path) -> None:
    person(app, "lee", "ml_staff")
    _field_reports(post)
    page = session.page
    session.login("lee")
    page.goto(session.base + "/moderator/releases")
    session.check("releases, empty")
    for version in ("2026.12.01-1", "2026.12.05-1"):
        path, signature = _signed(tmp_path, staff_key, version)
        page.get_by_label("Signed bundle (.zip)").set_input_files(str(path))
        page.get_by_label("Detached Ed25519 signature (base64)").fill(signature)
        page.get_by_role("button", name="Upload and verify").click()
        assert page.locator(".flash-success").inner_text().startswith(f"Version {version} uploaded")
    # First release: stage to everyone and promote.
    page.get_by_label("Cohort % for 2026.12.01-1").fill("100")
    page.locator("form.stage-form").filter(has=page.get_by_label("Cohort % for 2026.12.01-1")).get_by_role("button").click()
    page.get_by_label("I compared 2026.12.01-1").check()
    page.get_by_role("button", name="Promote 2026.12.01-1").click()
    assert page.locator(".flash-success").inner_text() == "Version 2026.12.01-1 is now current for every device."
    # The candidate: staged to 10 %, judged against the current one side by side.
    page.get_by_label("Cohort % for 2026.12.05-1").fill("10")
    page.locator("form.stage-form").filter(has=page.get_by_label("Cohort % for 2026.12.05-1")).get_by_role("button").click()
    table = page.locator("table.figures-table")
    assert table.locator("thead th").all_inner_texts()[1:3] == ["2026.12.05-1", "2026.12.01-1"]
    row = lambda name: table.locator("tr").filter(has=page.get_by_role("rowheader", name=name, exact=True))  # noqa: E731
    assert row("Devices").locator("td").all_inner_texts()[:2] == ["2", "3"]
    assert row("“This was wrong” rate").locator("td").all_inner_texts()[:2] == ["50.0 %", "0.0 %"]
    assert row("Coercion alerts").locator("td").all_inner_texts()[:2] == ["4", "0"]
    assert page.locator("svg.mix-chart rect.bar").count() >= 10
    session.check("releases with a staged candidate", "workbench_releases.png")
    page.get_by_label("I compared 2026.12.05-1").check()
    page.get_by_role("button", name="Promote 2026.12.05-1").click()
    assert page.locator(".flash-success").inner_text() == "Version 2026.12.05-1 is now current for every device."
    history = page.locator("#history-title + ol li").all_inner_texts()
    assert "promote" in history[0] and "lee" in history[0] and "2026.12.05-1" in history[0]
    session.done()


def test_admin_manages_accounts_revokes_a_device_and_filters_the_audit_log(
    app: Flask, post: Post, session: Session, make_user: Callable[..., str]
) -> None:
    person(app, "ada", "admin")
    device_token = enroll(post)
    upload(post, device_token, report("someone", when=NOW))
    page = session.page
    session.login("ada")
    page.goto(session.base + "/moderator/admin/users")
    session.check("admin users")
    page.get_by_label("Username").fill("newmod")
    page.get_by_label("Initial password").fill("a long initial password")
    page.get_by_role("button", name="Create user").click()
    assert page.locator("h1").inner_text() == "newmod"
    page.get_by_role("button", name="Reset password").click()
    temporary = page.locator(".secret-value").inner_text()
    with app.app_context():
        assert staff_service.authenticate("newmod", temporary) is not None
    page.get_by_label("Token name").fill("nightly export")
    page.get_by_role("button", name="Create token").click()
    assert page.locator(".secret-value").inner_text().startswith(STAFF_PREFIX)
    session.check("admin user")
    page.get_by_role("button", name="Revoke token nightly export").click()
    assert page.locator(".flash-success").inner_text() == "Token “nightly export” revoked."
    page.get_by_role("button", name="Deactivate newmod").click()
    with app.app_context():
        assert staff_service.authenticate("newmod", temporary) is None

    page.get_by_role("link", name="Devices").click()
    session.check("admin devices")
    with app.app_context():
        device_id = db.session.scalar(select(Device.id).order_by(Device.enrolled_at.desc()))
    page.get_by_role("button", name=f"Revoke device {device_id}").click()
    assert page.locator(".flash-success").inner_text().startswith("Device revoked")
    session.check("admin devices after revoke", "workbench_admin_devices.png")
    status, _ = post("/api/v1/reports", {"reports": [report("someone", when=NOW)]},
                     {"Authorization": f"Bearer {device_token}"})
    assert status == 401

    page.get_by_role("link", name="Audit log").click()
    page.get_by_label("Action").select_option("device.revoke")
    page.get_by_role("button", name="Apply filters").click()
    rows = page.locator("table.audit-table tbody tr")
    assert rows.count() == 1 and device_id in rows.first.inner_text()
    session.check("admin audit, filtered", "workbench_admin_audit.png")
    with page.expect_download() as info:
        page.get_by_role("link", name="Export CSV").click()
    lines = list(csv.reader(io.StringIO(Path(info.value.path()).read_text())))
    assert lines[0][:4] == ["id", "at_utc", "actor", "action"] and [r[3] for r in lines[1:]] == ["device.revoke"]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Suspect)) == 1
    session.done()


def test_single_key_shortcuts_can_be_turned_off(app: Flask, post: Post, session: Session) -> None:
    upload(post, enroll(post), report("only_one", when=NOW))
    person(app, "sam", "moderator")
    page = session.page
    session.login("sam")
    page.get_by_text("Keyboard shortcuts").click()
    page.get_by_label("Use single-key shortcuts on this computer").uncheck()
    page.reload()
    page.locator("body").click()
    page.keyboard.press("j")
    page.keyboard.press("x")
    assert page.locator("input[name=ids]:checked").count() == 0
    assert page.locator("tr.kbd-current").count() == 0
    page.get_by_text("Keyboard shortcuts").click()
    page.get_by_label("Use single-key shortcuts on this computer").check()  # and back on: j works again
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.locator("tr.kbd-current").count() == 1
    session.done()
