"""The moderator pages through Flask's test client: login, queue, suspect, decisions, evidence, chart."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from sync_server.extensions import db
from sync_server.models import AuditLog, Decision, Report, Suspect
from sync_server.services import staff as staff_service
from sync_server.services import suspects as suspect_service
from sync_server.services.suspects import device_pseudonym

from .conftest import PASSWORD, anonymous_csrf, csrf_from, login, session_csrf
from .seed import XSS_EVIDENCE, XSS_HANDLE, XSS_NOTE, Post, enroll, report, upload

NOW = datetime.now(UTC)
EVIDENCE = [{"sender": "contact", "text": "don't tell your mum, ok?"}, {"sender": "child", "text": "ok"}]


def text(response) -> str:  # type: ignore[no-untyped-def]
    return response.get_data(as_text=True)


def suspect_id(app: Flask, handle: str) -> int:
    with app.app_context():
        return int(db.session.scalar(select(Suspect.id).where(Suspect.handle == handle)))


def handles_in_order(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'<a class="handle" href="[^"]*">([^<]*)</a>', page)]


@pytest.fixture
def seeded(app: Flask, post: Post) -> dict[str, str]:
    """Three devices reporting four accounts, one with shared evidence."""
    d1, d2, d3 = enroll(post), enroll(post), enroll(post)
    upload(post, d1,
           report("coach_tom", when=NOW - timedelta(days=1), risk=0.93, tags=("secrecy", "meeting"), evidence=EVIDENCE),
           report("lonely_gamer", when=NOW - timedelta(days=3), risk=0.6, tags=("trust_building",)),
           report("dm_stranger", platform="social_dm", when=NOW - timedelta(hours=5), risk=0.8, tags=("sexual",)))
    upload(post, d2, report("coach_tom", when=NOW - timedelta(days=2), risk=0.85, tags=("secrecy", "personal_info")),
           report("gift_guy", platform="messaging", when=NOW - timedelta(days=4), risk=0.7, tags=("gifts",)))
    upload(post, d3, report("Coach_Tom", when=NOW - timedelta(hours=2), risk=0.88, tags=("secrecy",),
                            child_action="blocked"))
    return {"top": "coach_tom"}


@pytest.fixture
def moderator(logged_in: Callable[[str], FlaskClient]) -> FlaskClient:
    return logged_in("moderator")


# ---------------------------------------------------------------- login and logout


def test_login_page_then_login_lands_on_queue(client: FlaskClient, make_user: Callable[..., str]) -> None:
    page = client.get("/moderator/login")
    assert page.status_code == 200
    body = text(page)
    assert '<label for="username">Username</label>' in body and '<label for="password">Password</label>' in body
    assert 'autocomplete="current-password"' in body
    response = login(client, make_user("moderator", "maria"))
    assert response.status_code == 302 and response.headers["Location"] == "/moderator/queue"
    queue = client.get("/moderator/queue")
    assert queue.status_code == 200 and "maria" in text(queue)


def test_ml_staff_lands_on_the_reports_chart(client: FlaskClient, make_user: Callable[..., str]) -> None:
    response = login(client, make_user("ml_staff"))
    assert response.headers["Location"] == "/moderator/reports-per-day"
    body = text(client.get("/moderator/reports-per-day"))
    assert "Suspect queue" not in body  # no link to a page they may not open


def test_bad_credentials_give_one_generic_message(client: FlaskClient, make_user: Callable[..., str]) -> None:
    make_user("moderator", "maria")
    wrong_password = login(client, "maria", "not the password at all")
    unknown_user = login(client, "nobody", PASSWORD)
    for response in (wrong_password, unknown_user):
        assert response.status_code == 200
        assert "Wrong username or password." in text(response)
    assert client.get("/moderator/queue").status_code == 302  # still logged out


def test_next_only_redirects_within_the_site(client: FlaskClient, make_user: Callable[..., str]) -> None:
    name = make_user("moderator")
    for target, expected in [("/moderator/reports-per-day", "/moderator/reports-per-day"),
                             ("https://evil.example/", "/moderator/queue"),
                             ("//evil.example/x", "/moderator/queue"),
                             ("/\\evil.example", "/moderator/queue")]:
        c = client.application.test_client()
        assert login(c, name, next_url=target).headers["Location"] == expected, target


def test_page_redirects_to_login_and_back(client: FlaskClient, make_user: Callable[..., str]) -> None:
    response = client.get("/moderator/queue?status=all&tactic=secrecy")
    assert response.status_code == 302
    location = response.headers["Location"]
    assert location.startswith("/moderator/login?next=")
    assert login(client, make_user("moderator"), next_url="/moderator/queue?status%3Dall").status_code == 302


def test_login_is_throttled(app: Flask, client: FlaskClient, make_user: Callable[..., str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(app.config, "LOGIN_RATE_LIMIT", "3 per minute")
    name = make_user("moderator")
    statuses = [login(client, name, "wrong password here").status_code for _ in range(3)]
    blocked = login(client, name)  # even the right password waits
    assert statuses == [200, 200, 200]
    assert blocked.status_code == 429
    assert "Too many attempts" in text(blocked) and blocked.headers.get("Retry-After")


def test_logout_needs_csrf_and_ends_the_session(moderator: FlaskClient) -> None:
    assert moderator.post("/moderator/logout").status_code == 400  # no token: a forged logout does nothing
    assert moderator.get("/moderator/queue").status_code == 200
    response = moderator.post("/moderator/logout", data={"csrf_token": session_csrf(moderator)})
    assert response.status_code == 302 and response.headers["Location"] == "/moderator/login"
    assert moderator.get("/moderator/queue").status_code == 302


def test_session_ends_when_the_account_is_deactivated(app: Flask, client: FlaskClient,
                                                      make_user: Callable[..., str]) -> None:
    name = make_user("moderator")
    login(client, name)
    assert client.get("/moderator/queue").status_code == 200
    with app.app_context():
        user = staff_service.user_by_username(name)
        assert user is not None
        staff_service.update_user(user.id, active=False, actor_id=None)
    assert client.get("/moderator/queue").status_code == 302


# ---------------------------------------------------------------- CSRF


def test_posts_without_a_valid_csrf_token_are_refused(app: Flask, moderator: FlaskClient,
                                                      seeded: dict[str, str]) -> None:
    sid = suspect_id(app, seeded["top"])
    decision = {"status": "escalated", "note": "forged"}
    for data in (decision, {**decision, "csrf_token": "not-a-token"}):
        response = moderator.post(f"/moderator/suspects/{sid}/decisions", data=data)
        assert response.status_code == 400 and "Form expired" in text(response)
    assert moderator.post(f"/moderator/suspects/{sid}/evidence").status_code == 400
    other = app.test_client()  # a token from another session is no good either
    foreign = anonymous_csrf(other)
    assert moderator.post(f"/moderator/suspects/{sid}/decisions",
                          data={**decision, "csrf_token": foreign}).status_code == 400
    assert app.test_client().post("/moderator/login", data={"username": "x", "password": "y"}).status_code == 400
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 0
        assert db.session.scalar(select(func.count()).where(AuditLog.action == "evidence.view")) == 0


# ---------------------------------------------------------------- queue


def test_queue_follows_the_core_ranking(app: Flask, moderator: FlaskClient, seeded: dict[str, str]) -> None:
    body = text(moderator.get("/moderator/queue"))
    with app.app_context():
        expected = [s.handle for s in suspect_service.suspect_queue(per_page=100).items]
    assert handles_in_order(body) == expected
    assert expected[0] == "coach_tom"
    assert "3 suspects" not in body and "4 suspects" in body
    row = body[body.index("coach_tom"):body.index("</tr>", body.index("coach_tom"))]
    assert '<strong class="devices">3</strong>' in row  # Coach_Tom and coach_tom: one account, three devices
    assert "0.93" in row and "meeting" in row and "game_chat" in row and "Open" in row
    assert "1</span> blocked" in row


def test_queue_filters_and_keeps_them_in_links(app: Flask, moderator: FlaskClient, seeded: dict[str, str],
                                               post: Post) -> None:
    assert handles_in_order(text(moderator.get("/moderator/queue?platform=social_dm"))) == ["dm_stranger"]
    assert handles_in_order(text(moderator.get("/moderator/queue?tactic=gifts"))) == ["gift_guy"]
    assert set(handles_in_order(text(moderator.get("/moderator/queue?tactic=secrecy")))) == {"coach_tom"}
    # unknown filter values fall back to no filter instead of failing
    assert len(handles_in_order(text(moderator.get("/moderator/queue?tactic=bogus&status=x&page=-3")))) == 4
    # pagination: 30 more accounts on one platform, 25 per page, filters kept in the page links
    token = enroll(post)
    upload(post, token, *[report(f"bulk_{i:02d}", platform="forum", when=NOW - timedelta(hours=i), risk=0.6)
                          for i in range(30)])
    first = text(moderator.get("/moderator/queue?platform=forum&tactic=secrecy"))
    assert len(handles_in_order(first)) == 25 and "page 1 of 2" in first
    next_link = html.unescape(re.search(r'<a href="([^"]+)" rel="next">', first).group(1))  # type: ignore[union-attr]
    assert "platform=forum" in next_link and "tactic=secrecy" in next_link and "page=2" in next_link
    second = text(moderator.get(next_link))
    assert len(handles_in_order(second)) == 5
    suspect_link = html.unescape(re.search(r'<a class="handle" href="([^"]+)"', second).group(1))  # type: ignore[union-attr]
    back = text(moderator.get(suspect_link))
    crumb = html.unescape(re.search(r'<p class="breadcrumb"><a href="([^"]+)"', back).group(1))  # type: ignore[union-attr]
    assert urlsplit(crumb).path == "/moderator/queue"  # "back to the queue" returns to the same filtered page
    assert parse_qs(urlsplit(crumb).query) == {"status": ["open"], "platform": ["forum"], "tactic": ["secrecy"],
                                               "page": ["2"]}


def test_queue_links_to_the_reports_chart(moderator: FlaskClient) -> None:
    assert 'href="/moderator/reports-per-day"' in text(moderator.get("/moderator/queue"))


# ---------------------------------------------------------------- suspect page and decisions


def test_suspect_page_shows_timeline_chart_and_no_child_identifiers(
    app: Flask, moderator: FlaskClient, seeded: dict[str, str]
) -> None:
    sid = suspect_id(app, "coach_tom")
    body = text(moderator.get(f"/moderator/suspects/{sid}"))
    assert body.count('<tr id="report-') == 3
    assert "2026.11.24-1" in body and "0.93" in body and "told an adult" in body and "blocked" in body
    assert 'class="chart tactic-chart"' in body and 'role="img"' in body
    assert "secrecy 3" in body  # the chart's text description: all three reports named secrecy
    assert "Device A" in body and "Device C" in body
    with app.app_context():
        device_ids = db.session.scalars(select(Report.device_id).where(Report.suspect_id == sid)).all()
    for device_id in device_ids:
        assert device_id not in body and device_pseudonym(device_id) not in body
    assert EVIDENCE[0]["text"] not in html.unescape(body)  # evidence stays hidden until asked for
    assert "Show shared evidence" in body


def test_unknown_suspect_is_an_html_404(moderator: FlaskClient) -> None:
    response = moderator.get("/moderator/suspects/999999")
    assert response.status_code == 404 and response.mimetype == "text/html" and "Not found" in text(response)


def test_recording_a_decision(app: Flask, moderator: FlaskClient, seeded: dict[str, str]) -> None:
    sid = suspect_id(app, "coach_tom")
    page = text(moderator.get(f"/moderator/suspects/{sid}"))
    response = moderator.post(f"/moderator/suspects/{sid}/decisions",
                              data={"csrf_token": csrf_from(page), "status": "escalated",
                                    "note": "Five reports, meeting attempt.\nReferred to the platform."})
    assert response.status_code == 302
    assert response.headers["Location"].startswith(f"/moderator/suspects/{sid}") and "#decisions" in response.headers["Location"]
    after = text(moderator.get(response.headers["Location"]))
    assert "Decision recorded: escalated." in after
    assert "Five reports, meeting attempt.\nReferred to the platform." in after
    assert 'class="badge badge-escalated"' in after
    with app.app_context():
        decision = db.session.scalars(select(Decision)).one()
        assert (decision.suspect_id, decision.from_status, decision.to_status) == (sid, "open", "escalated")
        assert decision.moderator is not None and decision.moderator.role == "moderator"
    assert "coach_tom" not in handles_in_order(text(moderator.get("/moderator/queue")))
    assert handles_in_order(text(moderator.get("/moderator/queue?status=escalated"))) == ["coach_tom"]


def test_decision_form_errors_keep_the_note(app: Flask, moderator: FlaskClient, seeded: dict[str, str]) -> None:
    sid = suspect_id(app, "coach_tom")
    token = csrf_from(text(moderator.get(f"/moderator/suspects/{sid}")))
    no_note = moderator.post(f"/moderator/suspects/{sid}/decisions",
                             data={"csrf_token": token, "status": "dismissed", "note": "   "})
    assert no_note.status_code == 400 and "Write a short note for the record." in text(no_note)
    bad_status = moderator.post(f"/moderator/suspects/{sid}/decisions",
                                data={"csrf_token": token, "status": "deleted", "note": "kept text"})
    assert bad_status.status_code == 400 and "Choose a decision." in text(bad_status)
    assert "kept text" in text(bad_status)
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 0


# ---------------------------------------------------------------- evidence


def evidence_views(app: Flask) -> list[AuditLog]:
    with app.app_context():
        rows = db.session.scalars(select(AuditLog).where(AuditLog.action == "evidence.view")).all()
        for row in rows:
            db.session.expunge(row)
        return list(rows)


def test_showing_evidence_writes_the_audit_log(app: Flask, moderator: FlaskClient, seeded: dict[str, str]) -> None:
    sid = suspect_id(app, "coach_tom")
    page = text(moderator.get(f"/moderator/suspects/{sid}"))
    assert evidence_views(app) == []  # opening the suspect page reveals and logs nothing
    response = moderator.post(f"/moderator/suspects/{sid}/evidence", data={"csrf_token": csrf_from(page)})
    assert response.status_code == 200
    body = html.unescape(text(response))
    assert EVIDENCE[0]["text"] in body and "Recorded in the audit log" in body
    assert response.headers["Cache-Control"] == "no-store"
    (row,) = evidence_views(app)
    with app.app_context():
        user = db.session.scalars(select(AuditLog.actor_id).where(AuditLog.id == row.id)).one()
        report_id = db.session.scalar(select(Report.report_id).join(Report.evidence))
    assert row.actor_id == user and row.target_type == "report" and row.target_id == report_id
    # the per-report button: one more row
    response = moderator.post(f"/moderator/suspects/{sid}/evidence",
                              data={"csrf_token": csrf_from(page), "report_id": report_id})
    assert response.status_code == 200 and len(evidence_views(app)) == 2


def test_evidence_for_another_suspects_report_is_refused(app: Flask, moderator: FlaskClient,
                                                         seeded: dict[str, str]) -> None:
    with app.app_context():
        report_id = db.session.scalar(select(Report.report_id).join(Report.evidence))
    other = suspect_id(app, "gift_guy")
    response = moderator.post(f"/moderator/suspects/{other}/evidence",
                              data={"csrf_token": session_csrf(moderator), "report_id": report_id})
    assert response.status_code == 404 and evidence_views(app) == []


def test_ml_staff_never_sees_evidence(app: Flask, logged_in: Callable[[str], FlaskClient],
                                      seeded: dict[str, str]) -> None:
    ml = logged_in("ml_staff")
    sid = suspect_id(app, "coach_tom")
    response = ml.post(f"/moderator/suspects/{sid}/evidence", data={"csrf_token": session_csrf(ml)})
    assert response.status_code == 403
    assert EVIDENCE[0]["text"] not in html.unescape(text(response))
    assert ml.get(f"/moderator/suspects/{sid}").status_code == 403
    assert ml.get("/moderator/queue").status_code == 403
    assert evidence_views(app) == []


# ---------------------------------------------------------------- untrusted text stays text


def test_script_in_handle_note_and_evidence_is_escaped(app: Flask, moderator: FlaskClient, post: Post) -> None:
    upload(post, enroll(post), report(XSS_HANDLE, when=NOW, evidence=[{"sender": "contact", "text": XSS_EVIDENCE}]))
    sid = suspect_id(app, XSS_HANDLE)
    queue = text(moderator.get("/moderator/queue"))
    page = text(moderator.get(f"/moderator/suspects/{sid}"))
    moderator.post(f"/moderator/suspects/{sid}/decisions",
                   data={"csrf_token": csrf_from(page), "status": "escalated", "note": XSS_NOTE})
    after = text(moderator.get(f"/moderator/suspects/{sid}"))
    evidence = text(moderator.post(f"/moderator/suspects/{sid}/evidence", data={"csrf_token": csrf_from(page)}))
    for body in (queue, page, after, evidence):
        assert "<script>window" not in body and "onerror=" not in body.replace("onerror=&#34;", "")
        assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in body
    assert "&lt;b onmouseover=window.__xss=4&gt;" in after and "<b onmouseover" not in after
    assert "&lt;img src=x onerror=" in evidence and "<img src=x" not in evidence
    scripts = re.findall(r"<script[^>]*>", after)  # only the first-party shortcut file, never inline code
    assert scripts == ['<script src="/moderator/assets/workbench.js" defer>']


def test_pages_send_security_headers(moderator: FlaskClient) -> None:
    response = moderator.get("/moderator/queue")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    css = moderator.get("/moderator/assets/web.css")
    assert css.status_code == 200 and css.mimetype == "text/css"
    css.close()
    assert moderator.get("/moderator/assets/../views.py").status_code == 404


# ---------------------------------------------------------------- reports per day


def test_reports_per_day_counts_the_last_30_days(app: Flask, logged_in: Callable[[str], FlaskClient],
                                                 post: Post) -> None:
    token = enroll(post)
    upload(post, token,
           report("a", when=NOW, platform="game_chat"), report("b", when=NOW, platform="forum"),
           report("c", when=NOW - timedelta(days=29), platform="forum"),
           report("d", when=NOW - timedelta(days=30), platform="forum"))  # outside the window
    body = text(logged_in("ml_staff").get("/moderator/reports-per-day"))
    assert 'class="chart daily-chart"' in body
    assert re.search(r"Reports, 30 days</dt><dd class=\"big\">3<", body)
    assert re.search(r"Today</dt><dd class=\"big\">2<", body)
    assert body.count('class="seg series-') == 3  # two platforms today, one 29 days ago
    assert "game_chat" in body and "forum" in body
