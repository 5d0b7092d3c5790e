"""The moderator pages in a real browser: Debian's chromium, headless, driven by Playwright.

The app is served on 127.0.0.1 by werkzeug in a thread. Data arrives the way it does in production:
devices enroll and upload through the device API over HTTP; the moderator account is made with the
core's staff service. Screenshots go to build/screenshots (untracked), or to $GUARDLINE_SCREENSHOT_DIR;
the best ones are copied into docs/ by hand. One Chromium serves the whole session (conftest).
"""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import select

from sync_server.extensions import db
from sync_server.models import AuditLog
from sync_server.services import staff as staff_service

from .a11y import axe_report
from .conftest import NARROW, PASSWORD, WIDE
from .seed import XSS_EVIDENCE, XSS_HANDLE, XSS_NOTE, seed_demo

pytestmark = pytest.mark.browser

NOTE = ("Five devices over ten days, a meeting attempt and shared evidence.\n"
        "Referred to the platform's trust & safety team (case 4471).")


def http_post(base: str) -> Any:
    def _post(path: str, body: dict[str, Any], headers: dict[str, str]) -> tuple[int, Any]:
        request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json", **headers})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - our own server
            return response.status, json.loads(response.read())

    return _post


def no_xss(page: Any) -> None:
    assert page.evaluate("() => typeof window.__xss") == "undefined", page.url


def fits(page: Any) -> bool:
    return bool(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))


def test_moderator_workflow_in_chromium(app: Flask, live_server: str, browser_page: Any, screenshot_dir: Path) -> None:
    page, base = browser_page, live_server
    seed_demo(http_post(base))
    with app.app_context():
        moderator_id = staff_service.create_user("maria", PASSWORD, "moderator").id
    problems: list[str] = []  # script errors and console errors (a CSP violation would show up here)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)

    # Log in: the queue redirects to the login page and back.
    blocking: list[str] = []  # serious/critical axe violations on any page
    page.goto(base + "/moderator/queue")
    assert "/moderator/login?next=" in page.url
    blocking += axe_report(page, "login")
    page.get_by_label("Username").fill("maria")
    page.get_by_label("Password").fill("wrong password, twice over")
    page.get_by_role("button", name="Log in").click()
    assert page.get_by_role("alert").inner_text() == "Wrong username or password."
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/moderator/queue")

    # The queue: ranked by the core's priority; a script in a handle is shown as text and never runs.
    rows = page.locator("table.queue-table tbody tr")
    assert rows.count() == 18
    assert rows.first.locator("a.handle").inner_text() == "xX_coolcoach_Xx"
    assert rows.first.locator(".devices").inner_text() == "5"
    assert page.get_by_role("link", name=XSS_HANDLE).is_visible()
    no_xss(page)
    page.screenshot(path=str(screenshot_dir / "moderator_queue.png"), full_page=True)
    blocking += axe_report(page, "moderator_queue")
    page.set_viewport_size(NARROW)
    assert fits(page), "the queue overflows a narrow window"
    page.set_viewport_size(WIDE)

    # A filter is applied by the form and kept in the URL.
    page.get_by_label("Tactic", exact=True).select_option("sexual")
    page.get_by_role("button", name="Apply filters").click()
    assert "tactic=sexual" in page.url
    assert [h.strip() for h in page.locator("a.handle").all_inner_texts()] == ["sk8r_mentor"]
    page.get_by_role("link", name="Reset").click()

    # One suspect: summary, chart, timeline; record a decision (with markup in the note).
    page.get_by_role("link", name="xX_coolcoach_Xx").click()
    assert page.locator("h1 .handle").inner_text() == "xX_coolcoach_Xx"
    assert page.locator("svg.tactic-chart rect.bar").count() >= 5
    assert page.locator("table.timeline-table tbody tr").count() == 5
    page.get_by_label("Escalate", exact=True).check()
    page.get_by_label("Note").fill(NOTE)
    page.get_by_role("button", name="Record decision").click()
    assert page.locator(".flash-success").inner_text() == "Decision recorded: escalated."
    assert page.locator(".history .note").first.inner_text() == NOTE
    assert page.locator(".head-status .badge").inner_text() == "Escalated"
    page.set_viewport_size(NARROW)
    assert fits(page), "the suspect page overflows a narrow window"
    page.set_viewport_size(WIDE)
    page.locator("h1").scroll_into_view_if_needed()
    page.screenshot(path=str(screenshot_dir / "moderator_suspect.png"), full_page=True)
    blocking += axe_report(page, "moderator_suspect")

    # Shared evidence: behind an explicit action, audited.
    page.get_by_role("button", name="Show shared evidence").click()
    assert page.get_by_text("where do you go after school?").is_visible()
    page.screenshot(path=str(screenshot_dir / "moderator_evidence.png"), full_page=True)
    blocking += axe_report(page, "moderator_evidence")
    with app.app_context():
        actors = db.session.scalars(select(AuditLog.actor_id).where(AuditLog.action == "evidence.view")).all()
    assert actors == [moderator_id]

    # The hostile suspect: handle and evidence render as text, nothing executes.
    page.goto(base + "/moderator/queue")
    page.get_by_role("link", name=XSS_HANDLE).click()
    assert page.locator("h1 .handle").inner_text() == XSS_HANDLE
    no_xss(page)
    page.get_by_label("Dismiss", exact=True).check()
    page.get_by_label("Note").fill(XSS_NOTE)
    page.get_by_role("button", name="Record decision").click()
    assert page.locator(".history .note").first.inner_text() == XSS_NOTE
    no_xss(page)
    page.get_by_role("button", name="Show shared evidence").click()
    assert page.locator(".msg-text").inner_text() == XSS_EVIDENCE
    no_xss(page)

    # Reports per day, linked from the queue.
    page.goto(base + "/moderator/queue")
    page.get_by_role("main").get_by_role("link", name="Reports per day").click()
    assert page.locator("svg.daily-chart rect.seg").count() > 15
    page.screenshot(path=str(screenshot_dir / "moderator_reports_chart.png"), full_page=True)
    blocking += axe_report(page, "moderator_reports_chart")
    page.set_viewport_size(NARROW)
    assert fits(page), "the chart page overflows a narrow window"

    assert problems == []
    page.goto(base + "/moderator/releases")  # a page this role may not open: the HTML 403
    blocking += axe_report(page, "403 page")
    assert blocking == [], "\n".join(blocking)
