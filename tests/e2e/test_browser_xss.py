"""Script and HTML in every text a moderator page can show, rendered inert, in a real browser.

Debian's chromium, headless, driven by Playwright against gunicorn. tests/web checks three payloads with
the pages' Content-Security-Policy in force; here the CSP is bypassed (Playwright `bypass_csp`), so the
only thing between a payload and execution is the templates' escaping, and every field is covered:
suspect handles (text and attribute contexts), evidence text, decision notes (web form and JSON API),
staff names, and the query parameters the pages echo (platform/tactic/status filters, `back`, `next`).
After every page: `window.__xss` is undefined, the DOM holds no <script>, no on* attribute, no frame, no
javascript: URL, and each payload is visible as plain text. The CSP header is checked on its own.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import requests

from .conftest import ServerFactory
from .support import PASSWORD, LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = os.environ.get("GUARDLINE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HANDLE_SCRIPT = "<script>window.__xss=1</script>"
HANDLE_ATTR = '"><img src=x onerror="window.__xss=2">'
HANDLE_SQUOTE = "'><svg onload=window.__xss=3>"
EVIDENCE_IMG = '<img src=x onerror="window.__xss=4"><script>window.__xss=5</script>'
EVIDENCE_FRAME = '</p></textarea></pre><iframe srcdoc="<script>parent.__xss=6</script>"></iframe>'
NOTE_WEB = "<b onmouseover=window.__xss=7>bold?</b><script>window.__xss=8</script>"
NOTE_API = '"><img src=x onerror=window.__xss=9> <a href="javascript:window.__xss=10">x</a>'
STAFF_NAME = "<img src=x onerror=window.__xss=11>"
QUERY_SCRIPT = "<script>window.__xss=12</script>"  # 32 characters: a filter value the queue keeps
BACK = '/"><script>window.__xss=13</script>'

INSPECT = """() => {
  const all = [...document.querySelectorAll('*')];
  const urls = all.flatMap(el => ['href', 'src', 'action', 'formaction'].map(a => el.getAttribute(a) || ''));
  return {
    xss: typeof window.__xss,
    // the one first-party file (keyboard shortcuts) is allowed; any other script element is an injection
    scripts: [...document.scripts].filter(s => !(s.src && !s.text
                                                 && new URL(s.src).pathname === '/moderator/assets/workbench.js')).length,
    handlers: all.flatMap(el => [...el.attributes].filter(a => a.name.toLowerCase().startsWith('on'))
                                                   .map(a => el.tagName + '[' + a.name + ']')),
    frames: document.querySelectorAll('iframe, frame, object, embed').length,
    jsUrls: urls.filter(u => /^\\s*javascript:/i.test(u)).length,
    text: document.body ? document.body.innerText : '',
  };
}"""


def assert_inert(page: Any, *visible: str) -> None:
    page.wait_for_timeout(150)  # give an injected onerror/onload the chance to run
    found = page.evaluate(INSPECT)
    where = page.url
    assert found["xss"] == "undefined", f"script ran on {where}"
    assert found["scripts"] == 0, f"<script> element in {where}"
    assert found["handlers"] == [], f"event handler attributes in {where}: {found['handlers']}"
    assert found["frames"] == 0, f"frame injected into {where}"
    assert found["jsUrls"] == 0, f"javascript: URL in {where}"
    for text in visible:
        assert text in found["text"], f"{text!r} is not shown as text on {where}"


@pytest.fixture
def browser_page(tmp_path: Path) -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"chromium not found at {CHROMIUM}: run scripts/bootstrap.sh (apt-get install chromium)",
                    pytrace=False)
    from playwright.sync_api import sync_playwright

    profile = tmp_path / "chromium-profile"  # a fresh user-data dir for every test
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, bypass_csp=True,
            viewport={"width": 1280, "height": 900},
        )
        context.set_default_timeout(10_000)
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()
            shutil.rmtree(profile, ignore_errors=True)


def _report(handle: str, evidence: list[dict[str, str]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"report_id": str(uuid.uuid4()), "created_at": "2026-11-24T10:00:00Z", "platform": "game_chat",
            "suspect_handle": handle, "risk": 0.93, "tags": ["secrecy", "meeting"],
            "tag_scores": {"secrecy": 0.9, "meeting": 0.8}, "model_version": "2026.11.24-1",
            "messages_observed": 20, "alert_index": 12,
            "child_action": "shared_evidence" if evidence else "told_adult", "evidence": evidence, **extra}


def _seed(server: LiveServer) -> dict[str, int]:
    token = requests.post(f"{server.api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                         "age_band": "under-13"}, timeout=10).json()["device_token"]
    headers = {"Authorization": f"Bearer {token}"}
    reports = [
        _report(HANDLE_SCRIPT, [{"sender": "contact", "text": EVIDENCE_IMG},
                                {"sender": "contact", "text": EVIDENCE_FRAME}]),
        _report(HANDLE_ATTR), _report(HANDLE_SQUOTE),
        _report("plain_handle", platform="<script>x</script>"),  # fields with a fixed format refuse markup
        _report("plain_handle", model_version="<script>x</script>"),
    ]
    resp = requests.post(f"{server.api}/reports", json={"reports": reports}, headers=headers, timeout=10)
    assert resp.status_code == 200, resp.text
    assert resp.json()["accepted"] == 3 and [r["index"] for r in resp.json()["rejected"]] == [3, 4], resp.text
    ids = {handle: sid for sid, handle in server.query("SELECT id, handle FROM suspects")}
    # A moderator whose name is markup (the CLI and services accept any name) records a decision by API.
    odd = server.make_staff("moderator", username=STAFF_NAME)
    resp = requests.post(f"{server.api}/suspects/{ids[HANDLE_SCRIPT]}/decisions", headers=odd.headers,
                         json={"status": "escalated", "note": NOTE_API}, timeout=10)
    assert resp.status_code == 201, resp.text
    return ids


def test_markup_in_every_field_is_inert_in_the_moderator_pages(start_server: ServerFactory,
                                                                browser_page: Any) -> None:
    server = start_server()
    ids = _seed(server)
    server.make_staff("moderator", username="maria")
    page, base = browser_page, server.url + "/moderator"
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))

    # The login page echoes `next` into its form.
    page.goto(f"{base}/login?next={quote(BACK)}")
    assert_inert(page)
    page.get_by_label("Username").fill("maria")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    assert "/moderator/login" not in page.url, page.url

    # The queue lists every hostile handle as text; echoed filter values stay inert too.
    page.goto(f"{base}/queue?status=all")
    assert_inert(page, HANDLE_SCRIPT, HANDLE_ATTR, HANDLE_SQUOTE)
    page.goto(f"{base}/queue?status={quote(QUERY_SCRIPT)}&platform={quote(QUERY_SCRIPT)}"
              f"&tactic={quote(QUERY_SCRIPT)}&page={quote(QUERY_SCRIPT)}")
    assert_inert(page)

    # Each suspect page (with a hostile `back` link), and the 404 page.
    for handle in (HANDLE_ATTR, HANDLE_SQUOTE):
        page.goto(f"{base}/suspects/{ids[handle]}?back={quote(BACK)}")
        assert_inert(page, handle)
    page.goto(f"{base}/suspects/987654?back={quote(BACK)}")
    assert_inert(page)

    # The suspect with shared evidence: the API decision (hostile note, hostile moderator name) shows as
    # text; a decision recorded through the web form with a hostile note too; then the evidence itself.
    page.goto(f"{base}/suspects/{ids[HANDLE_SCRIPT]}?back={quote(BACK)}")
    assert_inert(page, HANDLE_SCRIPT, NOTE_API, STAFF_NAME)
    page.get_by_label("Dismiss", exact=True).check()
    page.get_by_label("Note").fill(NOTE_WEB)
    page.get_by_role("button", name="Record decision").click()
    page.wait_for_load_state()
    assert_inert(page, NOTE_WEB, NOTE_API, STAFF_NAME)
    page.get_by_role("button", name="Show shared evidence").click()
    page.wait_for_load_state()
    assert_inert(page, EVIDENCE_IMG, EVIDENCE_FRAME)

    page.goto(f"{base}/reports-per-day")
    assert_inert(page)
    assert problems == [], problems

    # With the CSP in force (no bypass), the pages would not run inline script even if escaping failed.
    session = requests.Session()
    csp = session.get(f"{base}/login", timeout=10).headers.get("Content-Security-Policy", "")
    assert "default-src 'none'" in csp and "script-src 'self';" in csp, csp  # same-origin files only
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, csp


def test_the_inertness_check_catches_an_injection(browser_page: Any) -> None:
    """The check above is not vacuous: a page where markup did get through fails it."""
    from html import escape

    browser_page.set_content(f"<p>{escape(EVIDENCE_IMG)}</p>")
    assert_inert(browser_page, EVIDENCE_IMG)  # escaped markup is text, and passes ...
    browser_page.set_content(f"<p>{EVIDENCE_IMG}</p>")  # ... markup that got through does not
    with pytest.raises(AssertionError, match="script ran|<script> element|event handler"):
        assert_inert(browser_page)
