"""Two server instances, one PostgreSQL, one Redis: the production recipe, checked end to end.

Instances A and B are separate gunicorn masters (2 workers each, different ports) configured only
through the environment (DATABASE_URL, GUARDLINE_REDIS_URL), as the README's production recipe says.
Requests alternate between them on fresh connections, so they land on all four workers. Whatever one
worker learns - a limit used up, a failed guess, a revoked device, a closed session, a locked account -
every other worker of both instances must know on the very next request, and both must rank the
moderators' queue alike.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import psycopg
import pytest
import redis
import requests

from tests.server.conftest import redis_url  # noqa: F401  (the shared Redis starter)

from .conftest import ServerFactory
from .support import PASSWORD, LiveServer, Staff, clean_env, error_of, run_cli, staff_session

REPORT_LIMIT = 10
FAILURE_LIMIT = 12


@dataclass
class Pair:
    a: LiveServer
    b: LiveServer
    redis_url: str
    admin: Staff
    moderator: Staff

    def both(self, n: int) -> Iterator[LiveServer]:
        """A, B, A, B, ... for n requests."""
        for i in range(n):
            yield self.a if i % 2 == 0 else self.b

    def fresh_window(self) -> None:
        """Each test starts with empty counters (one test's guesses must not spend another's allowance)."""
        redis.Redis.from_url(self.redis_url).flushdb()


def _database(pg_url: str) -> str:
    """A database of its own in the shared cluster, built by the real migrations."""
    name = f"two_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=url, FLASK_APP="sync_server", SECRET_KEY="m"))
    return url


@pytest.fixture(scope="module")
def pair(start_module_server: ServerFactory, pg_url: str, redis_url: str) -> Pair:  # noqa: F811
    url = _database(pg_url)
    settings = {"REDIS_URL": redis_url, "REPORT_RATE_LIMIT": f"{REPORT_LIMIT} per minute",
                "AUTH_FAILURE_LIMIT": f"{FAILURE_LIMIT} per minute"}
    a = start_module_server(db_url=url, workers=2, **settings)
    b = start_module_server(db_url=url, workers=2, **settings)
    return Pair(a, b, redis_url, a.make_staff("admin"), a.make_staff("moderator"))


def enroll(server: LiveServer) -> dict[str, str]:
    resp = requests.post(f"{server.api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                        "age_band": "13-15"}, timeout=10)
    assert resp.status_code == 201, resp.text
    return {"Authorization": f"Bearer {resp.json()['device_token']}"}


def report(handle: str, risk: float = 0.9) -> dict[str, object]:
    return {"report_id": str(uuid.uuid4()), "created_at": datetime.now(UTC).isoformat().replace("+00:00", "Z"),
            "platform": "game_chat", "suspect_handle": handle, "risk": risk, "tags": ["secrecy"],
            "tag_scores": {"secrecy": risk}, "model_version": "2026.11.24-1", "messages_observed": 10,
            "alert_index": 5, "child_action": "none", "evidence": None}


def post_reports(server: LiveServer, headers: dict[str, str], *reports: dict[str, object]) -> requests.Response:
    # `Connection: close`: every request opens a new connection, so it may reach either worker.
    return requests.post(f"{server.api}/reports", json={"reports": list(reports)},
                         headers={**headers, "Connection": "close"}, timeout=10)


def test_the_upload_limit_is_one_window_across_both_instances(pair: Pair) -> None:
    pair.fresh_window()
    device = enroll(pair.a)
    statuses = [post_reports(server, device, report("limit_probe")).status_code for server in pair.both(24)]
    assert statuses.count(200) == REPORT_LIMIT and statuses.count(429) == 24 - REPORT_LIMIT, statuses
    stored = pair.a.query("SELECT count(*) FROM reports WHERE suspect_handle = 'limit_probe'")
    assert stored == [(REPORT_LIMIT,)]


def test_a_device_revoked_on_one_instance_is_refused_by_the_other_at_once(pair: Pair) -> None:
    pair.fresh_window()
    device = enroll(pair.b)
    assert post_reports(pair.b, device, report("revoked_probe")).status_code == 200
    device_id = pair.a.query("SELECT device_id FROM reports WHERE suspect_handle = 'revoked_probe'")[0][0]
    revoked = requests.post(f"{pair.a.api}/admin/devices/{device_id}/revoke", headers=pair.admin.headers, timeout=10)
    assert revoked.status_code == 200
    after = [post_reports(server, device, report("revoked_probe")) for server in pair.both(8)]
    assert [r.status_code for r in after] == [401] * 8
    assert {error_of(r)["code"] for r in after} == {"invalid_token"}
    assert pair.a.query("SELECT count(*) FROM reports WHERE suspect_handle = 'revoked_probe'") == [(1,)]


def test_logout_on_one_instance_ends_the_session_on_the_other(pair: Pair) -> None:
    pair.fresh_window()
    browser = staff_session(pair.a, pair.moderator.username)
    copied = requests.Session()
    copied.cookies.update(browser.cookies)  # what a thief with the cookie holds
    assert copied.get(f"{pair.b.api}/auth/me", timeout=10).status_code == 200
    browser.headers["X-CSRFToken"] = browser.get(f"{pair.a.api}/auth/csrf", timeout=10).json()["csrf_token"]
    assert browser.post(f"{pair.a.api}/auth/logout", timeout=10).status_code == 204
    after = [copied.get(f"{server.api}/suspects", headers={"Connection": "close"}, timeout=10).status_code
             for server in pair.both(8)]
    assert after == [401] * 8


def test_a_login_lockout_on_one_instance_holds_on_the_other(pair: Pair) -> None:
    pair.fresh_window()
    target = pair.a.make_staff("moderator")
    failures = []
    for server in pair.both(5):  # LOGIN_LOCKOUT_THRESHOLD: 5 by default
        session = requests.Session()
        token = session.get(f"{server.api}/auth/csrf", timeout=10).json()["csrf_token"]
        failures.append(session.post(f"{server.api}/auth/login", json={"username": target.username,
                                                                        "password": "wrong" * 4},
                                     headers={"X-CSRFToken": token}, timeout=10).status_code)
    assert failures == [401] * 5
    session = requests.Session()
    token = session.get(f"{pair.b.api}/auth/csrf", timeout=10).json()["csrf_token"]
    locked = session.post(f"{pair.b.api}/auth/login", json={"username": target.username, "password": PASSWORD},
                          headers={"X-CSRFToken": token}, timeout=10)
    assert locked.status_code == 429 and error_of(locked)["code"] == "account_locked"


def test_both_instances_rank_the_queue_alike(pair: Pair) -> None:
    pair.fresh_window()
    devices = [enroll(server) for server in pair.both(6)]
    for i, (device, server) in enumerate(zip(devices, pair.both(6), strict=True)):
        handles = ["rank_many"] + (["rank_some"] if i % 2 == 0 else []) + (["rank_one"] if i == 0 else [])
        assert post_reports(server, device, *[report(h, 0.5 + 0.05 * i) for h in handles]).status_code == 200
    queues = []
    for server in (pair.a, pair.b, pair.a, pair.b):
        resp = requests.get(f"{server.api}/suspects", headers={**pair.moderator.headers, "Connection": "close"},
                            params={"per_page": 200}, timeout=10)
        assert resp.status_code == 200, resp.text
        queues.append([(s["handle"], s["devices"], s["priority"]) for s in resp.json()["items"]])
    assert all(q == queues[0] for q in queues[1:])
    assert {h for h, _, _ in queues[0] if h.startswith("rank_")} == {"rank_many", "rank_some", "rank_one"}


def test_failed_auth_counts_once_across_instances_and_never_blocks_valid_tokens(pair: Pair) -> None:
    pair.fresh_window()
    device = enroll(pair.a)
    statuses = [requests.get(f"{server.api}/models/current", timeout=10,
                             headers={"Authorization": f"Bearer gld_{uuid.uuid4().hex}", "Connection": "close"}
                             ).status_code for server in pair.both(3 * FAILURE_LIMIT)]
    assert statuses.count(401) == FAILURE_LIMIT and statuses.count(429) == 2 * FAILURE_LIMIT, statuses
    valid = [requests.get(f"{server.api}/models/current", headers={**device, "Connection": "close"},
                          timeout=10).status_code for server in pair.both(6)]
    assert valid == [404] * 6  # authenticated on every worker of both instances; no model published
    staff = [requests.get(f"{server.api}/auth/me", headers={**pair.moderator.headers, "Connection": "close"},
                          timeout=10).status_code for server in pair.both(4)]
    assert staff == [200] * 4
