"""The workbench's rules through Flask's test client: pagination, search, case owners, bulk decisions,
referral guard, time zones, the order explanation, the audit CSV, rollout confirmations, admin guards.
(The flows themselves run in Chromium in test_workbench_browser.py.)"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from device_app.core.signing import KeyPair, sign_bytes
from sync_server.extensions import db
from sync_server.models import AuditLog, CaseAssignment, Decision, Suspect
from sync_server.services import admin_pages, audit, releases
from sync_server.services import staff as staff_service
from sync_server.services.priority import DEFAULT_WEIGHTS
from tests.server.helpers import make_bundle

from .conftest import csrf_from, login, session_csrf
from .seed import Post, enroll, report, upload

NOW = datetime.now(UTC)


def text(response) -> str:  # type: ignore[no-untyped-def]
    return response.get_data(as_text=True)


def ids_by_handle(app: Flask) -> dict[str, int]:
    with app.app_context():
        return {h: i for i, h in db.session.execute(select(Suspect.id, Suspect.handle))}


@pytest.fixture
def accounts(app: Flask, post: Post) -> dict[str, int]:
    """Five accounts, each reported once."""
    token = enroll(post)
    upload(post, token, *(report(h, when=NOW - timedelta(hours=i)) for i, h in
                          enumerate(("Coach_Tom", "gift_guy", "helper_jen", "pixel_pal", "sk8r_mentor"))))
    return ids_by_handle(app)


def client_for(app: Flask, make_user: Callable[..., str], role: str, name: str | None = None) -> FlaskClient:
    client = app.test_client()
    assert login(client, make_user(role, name)).status_code == 302
    return client


def post_form(client: FlaskClient, url: str, **data: object) -> object:
    return client.post(url, data={"csrf_token": session_csrf(client), **data})


def test_a_page_beyond_the_last_redirects_to_the_last_one(app: Flask, post: Post,
                                                          logged_in: Callable[[str], FlaskClient]) -> None:
    token = enroll(post)
    upload(post, token, *(report(f"acct_{i:02d}", when=NOW) for i in range(30)))  # 2 pages of 25
    moderator = logged_in("moderator")
    response = moderator.get("/moderator/queue?page=99&platform=game_chat")
    assert response.status_code == 302 and response.headers["Location"] == "/moderator/queue?status=open&platform=game_chat&page=2"
    assert "page 2 of 2" in text(moderator.get(response.headers["Location"]))


def test_a_page_of_an_empty_result_redirects_to_the_first(logged_in: Callable[[str], FlaskClient]) -> None:
    response = logged_in("moderator").get("/moderator/queue?page=7&q=nobody")
    assert response.status_code == 302 and response.headers["Location"] == "/moderator/queue?q=nobody&status=open"


def test_search_folds_case_a_leading_at_and_full_width_letters(accounts: dict[str, int],
                                                               logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    for query in ("coach", "@COACH_TOM", "ｃｏａｃｈ"):
        page = text(moderator.get("/moderator/queue", query_string={"q": query}))
        assert "1 suspect matching" in page and ">Coach_Tom</a>" in page, query


@pytest.mark.parametrize("query", ["\u202eevil\u0000", "x" * 10_000, "%_%", "' OR 1=1 --"])
def test_hostile_search_text_is_harmless(accounts: dict[str, int], logged_in: Callable[[str], FlaskClient],
                                         query: str) -> None:
    response = logged_in("moderator").get("/moderator/queue", query_string={"q": query})
    assert response.status_code == 200 and "No suspects match these filters." in text(response)


def test_claiming_a_case_someone_else_owns_is_refused(app: Flask, accounts: dict[str, int],
                                                      make_user: Callable[..., str]) -> None:
    sid = accounts["gift_guy"]
    first, second = client_for(app, make_user, "moderator", "ana"), client_for(app, make_user, "moderator", "ben")
    post_form(first, f"/moderator/suspects/{sid}/claim")
    response = post_form(second, f"/moderator/suspects/{sid}/claim")
    assert "This case is already claimed by ana." in text(second.get(response.headers["Location"]))  # type: ignore[attr-defined]
    with app.app_context():
        owner = db.session.get(CaseAssignment, sid)
        claims = db.session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "case.claim"))
        assert owner is not None and owner.assignee.username == "ana" and claims == 1


def test_only_the_owner_or_an_admin_releases_a_case(app: Flask, accounts: dict[str, int],
                                                    make_user: Callable[..., str]) -> None:
    sid = accounts["helper_jen"]
    owner, other = client_for(app, make_user, "moderator", "ana"), client_for(app, make_user, "moderator", "ben")
    post_form(owner, f"/moderator/suspects/{sid}/claim")
    post_form(other, f"/moderator/suspects/{sid}/release")
    with app.app_context():
        assert db.session.get(CaseAssignment, sid) is not None
    post_form(client_for(app, make_user, "admin"), f"/moderator/suspects/{sid}/release")
    with app.app_context():
        assert db.session.get(CaseAssignment, sid) is None
        assert db.session.scalar(select(AuditLog.action).where(AuditLog.action == "case.release")) == "case.release"


def test_assigning_hands_the_case_over_and_shows_in_the_queue(app: Flask, accounts: dict[str, int],
                                                              make_user: Callable[..., str]) -> None:
    sid = accounts["pixel_pal"]
    lead = client_for(app, make_user, "moderator", "lead")
    make_user("moderator", "newbie")
    with app.app_context():
        newbie_id = staff_service.user_by_username("newbie").id  # type: ignore[union-attr]
    post_form(lead, f"/moderator/suspects/{sid}/assign", assignee=newbie_id)
    page = text(lead.get("/moderator/queue"))
    assert '<span class="owner sub">newbie</span>' in page
    with app.app_context():
        entry = db.session.scalar(select(AuditLog).where(AuditLog.action == "case.assign"))
        assert entry is not None and entry.details["assignee"] == "newbie"


def test_a_bulk_decision_with_an_unknown_id_changes_nothing(app: Flask, accounts: dict[str, int],
                                                            logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    response = moderator.post("/moderator/queue/bulk", data={
        "csrf_token": session_csrf(moderator), "status": "escalated", "note": "batch",
        "ids": [str(accounts["gift_guy"]), "999999"]})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 0


def test_a_bulk_escalation_records_each_row_with_the_one_note(app: Flask, accounts: dict[str, int],
                                                             logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    chosen = [accounts["gift_guy"], accounts["pixel_pal"], accounts["sk8r_mentor"]]
    moderator.post("/moderator/queue/bulk", data={"csrf_token": session_csrf(moderator), "status": "escalated",
                                                  "note": "Same gift script on three accounts.",
                                                  "ids": [str(i) for i in chosen]})
    with app.app_context():
        decided = db.session.execute(select(Decision.suspect_id, Decision.note, Decision.to_status)).all()
        audited = db.session.scalars(select(AuditLog.target_id).where(AuditLog.action == "suspect.decision")).all()
    assert sorted(decided) == sorted((i, "Same gift script on three accounts.", "escalated") for i in chosen)
    assert sorted(map(int, audited)) == sorted(chosen)


def test_a_bulk_decision_may_only_dismiss_or_escalate(app: Flask, accounts: dict[str, int],
                                                      logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    moderator.post("/moderator/queue/bulk", data={"csrf_token": session_csrf(moderator), "status": "actioned",
                                                  "note": "x", "ids": [str(accounts["gift_guy"])]})
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Decision)) == 0


def test_a_referral_needs_an_escalated_suspect(app: Flask, accounts: dict[str, int],
                                               logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    response = post_form(moderator, f"/moderator/suspects/{accounts['gift_guy']}/referral")
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert "Only an escalated suspect can be referred" in text(moderator.get(response.headers["Location"]))  # type: ignore[attr-defined]
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "referral.export")) == 0


def test_an_unknown_time_zone_is_refused(logged_in: Callable[[str], FlaskClient]) -> None:
    moderator = logged_in("moderator")
    page = text(moderator.get("/moderator/settings"))
    response = moderator.post("/moderator/settings", data={"csrf_token": csrf_from(page), "time_zone": "Mars/Olympus"})
    assert response.status_code == 200 and "Not a valid choice" in text(response)
    assert "Times are shown in UTC." in text(moderator.get("/moderator/settings"))


def test_times_show_the_year_in_the_users_zone_with_utc_on_hover(app: Flask, post: Post,
                                                                 logged_in: Callable[[str], FlaskClient]) -> None:
    upload(post, enroll(post), report("late_night", when=datetime(2025, 12, 31, 23, 30, tzinfo=UTC)))
    moderator = logged_in("moderator")
    moderator.post("/moderator/settings", data={"csrf_token": session_csrf(moderator), "time_zone": "Asia/Tokyo"})
    page = text(moderator.get("/moderator/queue"))
    assert 'title="31 Dec 2025 23:30 UTC">1 Jan 2026 08:30</time>' in page


def test_the_order_explanation_quotes_the_weights_in_use(logged_in: Callable[[str], FlaskClient]) -> None:
    page = text(logged_in("moderator").get("/moderator/queue"))
    w = DEFAULT_WEIGHTS
    for phrase in (f"up to {w.risk:g} points", f"up to {w.severe:g} points", f"halving every {w.recency_half_life_days:g} days",
                   f"minus up to {w.false_alarm:g} points", f"at most {w.unproven_cap:g} device", "coercion"):
        assert phrase in page, phrase
    assert "weighs most" not in page


def test_the_audit_csv_neutralises_spreadsheet_formulas(app: Flask) -> None:
    with app.app_context():
        audit.record("suspect.decision", "suspect", "=HYPERLINK(\"http://evil\")", actor_id=None, note="+1")
        db.session.commit()
        rows = list(csv.reader(io.StringIO("".join(admin_pages.audit_csv(admin_pages.AuditFilters())))))
    assert rows[1][5] == "'=HYPERLINK(\"http://evil\")" and rows[1][6] == "note=+1"


@pytest.mark.parametrize("since,until", [("0001-01-01", "9999-12-31"), ("yesterday", "2026-13-45")])
def test_audit_filters_with_impossible_dates_are_ignored(logged_in: Callable[[str], FlaskClient], since: str,
                                                         until: str) -> None:
    response = logged_in("admin").get("/moderator/admin/audit", query_string={"since": since, "until": until})
    assert response.status_code == 200 and 'id="a-since" name="since" type="date" value=""' in text(response)


def test_a_stale_promotion_does_nothing(app: Flask, staff_key: KeyPair, make_user: Callable[..., str]) -> None:
    with app.app_context():
        for version in ("2026.12.01-1", "2026.12.02-1"):
            bundle = make_bundle(version)
            releases.publish_bundle(bundle, sign_bytes(bundle, staff_key.private_b64), keys=[staff_key.public_b64],
                                    uploader_id=None)
        releases.stage("2026.12.02-1", 10, actor_id=None)
    ml = client_for(app, make_user, "ml_staff")
    post_form(ml, "/moderator/releases/promote", version="2026.12.01-1", confirm="y")  # not the staged one
    post_form(ml, "/moderator/releases/promote", version="2026.12.02-1")  # not confirmed
    with app.app_context():
        assert releases.rollout_state().current is None


def test_an_admin_cannot_deactivate_or_demote_themselves(app: Flask, make_user: Callable[..., str]) -> None:
    admin = client_for(app, make_user, "admin", "root")
    with app.app_context():
        me = staff_service.user_by_username("root").id  # type: ignore[union-attr]
    post_form(admin, f"/moderator/admin/users/{me}/active")
    post_form(admin, f"/moderator/admin/users/{me}/role", role="moderator")
    with app.app_context():
        user = staff_service.get_user(me)
        assert user.active and user.role == "admin"


@pytest.mark.parametrize("percent", ["0", "101", "ten", "", "1e9"])
def test_a_bad_cohort_percentage_is_refused_with_a_message(app: Flask, make_user: Callable[..., str],
                                                           percent: str) -> None:
    ml = client_for(app, make_user, "ml_staff")
    response = post_form(ml, "/moderator/releases/stage", version="2026.12.01-1", percent=percent)
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert "Choose a cohort between 1 and 100 %." in text(ml.get("/moderator/releases"))


def test_a_long_timeline_is_paged_newest_first_while_the_chart_counts_every_report(
        app: Flask, post: Post, logged_in: Callable[[str], FlaskClient]) -> None:
    token = enroll(post)
    for batch in range(2):
        upload(post, token, *(report("prolific", when=NOW - timedelta(minutes=60 * batch + i), tags=("secrecy",))
                              for i in range(60)))
    sid = ids_by_handle(app)["prolific"]
    moderator = logged_in("moderator")
    newest = text(moderator.get(f"/moderator/suspects/{sid}"))
    assert "reports 101–120 of 120" in newest and "Page 1 of 2" in newest  # the newest 20
    assert newest.count('<tr id="report-') == 20 and "Of 120 reports: secrecy 120." in newest
    older = text(moderator.get(f"/moderator/suspects/{sid}?tpage=1"))
    assert older.count('<tr id="report-') == 100 and "Page 2 of 2" in older and "reports 1–100 of 120" in older


def test_tactic_mix_comes_from_a_bounded_sample_on_big_versions(app: Flask, post: Post,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from sync_server.services import model_figures

    token = enroll(post)
    upload(post, token, *(report(f"s{i}", when=NOW, tags=("coercion",), model_version="2026.12.09-1") for i in range(6)))
    monkeypatch.setattr(model_figures, "SAMPLE", 4)
    with app.app_context():
        [fig] = model_figures.figures(["2026.12.09-1"])
    assert fig.sampled and fig.reports == 6 and fig.tactic_share["coercion"] == 1.0 and fig.coercion_alerts == 6


def test_the_devices_page_counts_each_devices_reports(app: Flask, post: Post,
                                                      logged_in: Callable[[str], FlaskClient]) -> None:
    busy, quiet = enroll(post), enroll(post)
    upload(post, busy, report("one", when=NOW), report("one", when=NOW), report("two", when=NOW))
    upload(post, quiet, report("one", when=NOW))
    page = text(logged_in("admin").get("/moderator/admin/devices"))
    counts = sorted(int(n) for n in re.findall(r'<td class="num">(\d+)</td>', page))
    assert counts == [1, 3] and "2 enrolled devices" in page
