"""Attacks on the live server: who may call what, fuzzing, hostile bodies, token guessing, evidence leaks.

(a) A role matrix generated from GET /api/v1/openapi.json: every path x method x principal is sent to
    gunicorn and must answer exactly what EXPECTED says. A route without an entry (or an entry without
    a route) fails the test, so nobody can add an endpoint without deciding who may call it.
(b) Property-based fuzzing of every operation with schemathesis (positive and negative data), in
    process against the WSGI app configured like production: no 5xx, no exception, and every error in
    the SPEC §3 shape.
(c) Oversize bodies -> 413 JSON; deeply nested JSON and huge integer ids -> clean 4xx, never 500.
(d) Guessing bearer tokens is rate-limited across workers (429 with Retry-After); the right token still passes.
(f) Shared evidence never reaches ML staff, on any JSON route (token or session) or web page.
"""

from __future__ import annotations

import contextlib
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import psycopg
import pytest
import requests

from device_app.core.signing import KeyPair

from .conftest import ServerFactory
from .support import (
    PASSWORD,
    LiveServer,
    Staff,
    clean_env,
    error_of,
    publish_http,
    repack,
    roll_out,
    run_cli,
    signed,
    staff_session,
)

pytestmark = pytest.mark.slow

PRINCIPALS = ("anonymous", "device", "moderator", "ml_staff", "admin")
MARKER = "EVIDENCE-MARKER-7f3a where do you go after school?"
HANDLE = "e2e_matrix_suspect"
RELEASE = "2099.01.01-1"  # a YYYY.MM.DD-N version above the shipped one (the server refuses others)
NO_GUESS_LIMIT = {"AUTH_FAILURE_LIMIT": "100000 per minute", "LOGIN_RATE_LIMIT": "100000 per minute",
                  "REPORT_RATE_LIMIT": "100000 per minute", "ENROLL_RATE_LIMIT": "100000 per minute"}

# Expected status per principal (anonymous, device, moderator, ml_staff, admin) for the probe request:
# real ids in the path, and `{}` as the JSON body where the operation takes one. 401: no or wrong kind of
# credential; 403: a staff role that may not; 2xx/404/409/422: let in (the body or state decides).
EXPECTED: dict[tuple[str, str], tuple[int, int, int, int, int]] = {
    ("GET", "/api/v1/health"): (200, 200, 200, 200, 200),
    ("GET", "/api/v1/openapi.json"): (200, 200, 200, 200, 200),
    ("POST", "/api/v1/devices"): (422, 422, 422, 422, 422),
    ("POST", "/api/v1/reports"): (401, 422, 401, 401, 401),
    ("GET", "/api/v1/models/current"): (401, 200, 401, 401, 401),
    ("GET", "/api/v1/models/{version}/bundle"): (401, 200, 401, 401, 401),
    ("GET", "/api/v1/suspects"): (401, 401, 200, 403, 200),
    ("GET", "/api/v1/suspects/{suspect_id}"): (401, 401, 200, 403, 200),
    ("POST", "/api/v1/suspects/{suspect_id}/decisions"): (401, 401, 422, 403, 422),
    ("GET", "/api/v1/suspects/{suspect_id}/evidence"): (401, 401, 200, 403, 200),
    ("GET", "/api/v1/reports/{report_id}/evidence"): (401, 401, 200, 403, 200),
    ("GET", "/api/v1/ml/models"): (401, 401, 403, 200, 200),
    ("POST", "/api/v1/ml/models"): (401, 401, 403, 422, 422),
    ("GET", "/api/v1/ml/models/stats"): (401, 401, 403, 200, 200),
    ("GET", "/api/v1/ml/rollout"): (401, 401, 403, 200, 200),
    ("POST", "/api/v1/ml/rollout/stage"): (401, 401, 403, 422, 422),
    ("POST", "/api/v1/ml/rollout/promote"): (401, 401, 403, 409, 409),
    ("POST", "/api/v1/ml/rollout/halt"): (401, 401, 403, 409, 409),
    ("POST", "/api/v1/ml/rollout/rollback"): (401, 401, 403, 409, 409),
    ("GET", "/api/v1/auth/csrf"): (200, 200, 200, 200, 200),
    ("POST", "/api/v1/auth/login"): (422, 422, 422, 422, 422),
    ("POST", "/api/v1/auth/logout"): (400, 400, 400, 400, 400),  # no session CSRF token: csrf_failed
    ("GET", "/api/v1/auth/me"): (401, 401, 200, 200, 200),
    ("GET", "/api/v1/staff/tokens"): (401, 401, 200, 200, 200),
    ("POST", "/api/v1/staff/tokens"): (401, 401, 422, 422, 422),
    ("DELETE", "/api/v1/staff/tokens/{token_id}"): (401, 401, 404, 404, 404),  # someone else's token
    ("GET", "/api/v1/admin/users"): (401, 401, 403, 403, 200),
    ("POST", "/api/v1/admin/users"): (401, 401, 403, 403, 422),
    ("PATCH", "/api/v1/admin/users/{user_id}"): (401, 401, 403, 403, 200),
    ("GET", "/api/v1/admin/audit"): (401, 401, 403, 403, 200),
    ("GET", "/api/v1/admin/devices"): (401, 401, 403, 403, 200),
    ("POST", "/api/v1/admin/devices/{device_id}/revoke"): (401, 401, 403, 403, 200),
    ("POST", "/api/v1/parent/pairings"): (401, 422, 401, 401, 401),
    ("GET", "/api/v1/parent/pairings/{pairing_id}"): (401, 404, 401, 401, 401),  # no such pairing
    ("POST", "/api/v1/parent/pairings/{pairing_id}/claim"): (422, 422, 422, 422, 422),
    ("POST", "/api/v1/parent/mailboxes/{mailbox_id}/items"): (401, 422, 401, 401, 401),
    ("GET", "/api/v1/parent/mailbox"): (401, 401, 401, 401, 401),  # only a parent's mailbox token opens it
    ("DELETE", "/api/v1/parent/mailbox"): (401, 401, 401, 401, 401),
    ("POST", "/api/v1/parent/mailbox/ack"): (401, 401, 401, 401, 401),
}


@dataclass
class Seeded:
    server: LiveServer
    staff: dict[str, Staff]
    device_token: str
    params: dict[str, Any]

    def headers(self, principal: str) -> dict[str, str]:
        if principal == "anonymous":
            return {}
        if principal == "device":
            return {"Authorization": f"Bearer {self.device_token}"}
        return self.staff[principal].headers


def enroll(server: LiveServer) -> dict[str, str]:
    resp = requests.post(f"{server.api}/devices", json={"app_version": "1.0.0", "os": "android",
                                                        "age_band": "13-15"}, timeout=10)
    assert resp.status_code == 201, resp.text
    return resp.json()


def a_report(**overrides: Any) -> dict[str, Any]:
    report = {"report_id": str(uuid.uuid4()), "created_at": "2026-11-24T10:00:00Z", "platform": "game_chat",
              "suspect_handle": HANDLE, "risk": 0.91, "tags": ["secrecy", "meeting"],
              "tag_scores": {"secrecy": 0.88, "meeting": 0.7}, "model_version": "2026.11.24-1",
              "messages_observed": 23, "alert_index": 17, "child_action": "told_adult", "evidence": None}
    report.update(overrides)
    return report


def seed(server: LiveServer, staff_keys: KeyPair) -> Seeded:
    staff = {role: server.make_staff(role) for role in ("moderator", "ml_staff", "admin")}
    bystander = server.make_staff("moderator")
    device, spare_device = enroll(server), enroll(server)
    with_evidence = a_report(child_action="shared_evidence",
                             evidence=[{"sender": "contact", "text": MARKER}, {"sender": "child", "text": "why"}])
    resp = requests.post(f"{server.api}/reports", json={"reports": [with_evidence, a_report()]},
                         headers={"Authorization": f"Bearer {device['device_token']}"}, timeout=10)
    assert resp.status_code == 200 and resp.json()["accepted"] == 2, resp.text
    bundle = repack(RELEASE)
    assert publish_http(server, staff["ml_staff"], bundle, signed(bundle, staff_keys)).status_code == 201
    roll_out(server, staff["ml_staff"], RELEASE)
    suspect_id = server.query("SELECT id FROM suspects WHERE handle = :h", h=HANDLE)[0][0]
    token_id = server.query("SELECT id FROM staff_tokens WHERE user_id = :u", u=bystander.id)[0][0]
    params = {"suspect_id": suspect_id, "report_id": with_evidence["report_id"], "version": RELEASE,
              "user_id": bystander.id, "token_id": token_id, "device_id": spare_device["device_id"],
              "pairing_id": "0" * 32, "mailbox_id": str(uuid.uuid4())}
    return Seeded(server, staff, device["device_token"], params)


@pytest.fixture(scope="module")
def seeded(start_module_server: ServerFactory, staff_keys: KeyPair) -> Seeded:
    return seed(start_module_server(**NO_GUESS_LIMIT), staff_keys)


def operations(server: LiveServer) -> list[tuple[str, str, dict[str, Any]]]:
    doc = requests.get(f"{server.api}/openapi.json", timeout=10).json()
    ops = [(method.upper(), path, op) for path, item in doc["paths"].items() for method, op in item.items()
           if method in {"get", "post", "put", "patch", "delete"}]
    # The document itself is served at a URL the document does not list.
    return [*ops, ("GET", "/api/v1/openapi.json", {})]


# ------------------------------------------------------------------------------ (a) the role matrix


def test_role_matrix_from_openapi(seeded: Seeded) -> None:
    server = seeded.server
    ops = operations(server)
    listed = {(method, path) for method, path, _ in ops}
    assert listed - set(EXPECTED) == set(), f"routes without an expected-status entry: {sorted(listed - set(EXPECTED))}"
    assert set(EXPECTED) - listed == set(), f"entries for routes that no longer exist: {sorted(set(EXPECTED) - listed)}"

    wrong: list[str] = []
    for method, path, op in ops:
        url = server.url + path.format(**seeded.params)
        for principal, expected in zip(PRINCIPALS, EXPECTED[(method, path)], strict=True):
            kwargs: dict[str, Any] = {"json": {}} if "requestBody" in op else {}
            resp = requests.request(method, url, headers=seeded.headers(principal), timeout=10, **kwargs)
            if resp.status_code != expected:
                wrong.append(f"{method} {path} as {principal}: {resp.status_code}, expected {expected}")
            elif resp.status_code >= 400:
                err = error_of(resp)
                if resp.status_code == 401:
                    assert resp.headers.get("WWW-Authenticate", "").startswith("Bearer"), (method, path)
                if resp.status_code == 403:
                    assert err["code"] == "forbidden", (method, path, err)
    assert not wrong, "\n".join(wrong)


# ------------------------------------------------------------------------------ (b) fuzzing


def _fuzz_database(backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                   sqlite_template: Any) -> str:
    if backend == "sqlite":
        from .support import copy_sqlite

        return copy_sqlite(sqlite_template, tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    pg_url: str = request.getfixturevalue("pg_url")
    name = f"e2e_fuzz_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=url, FLASK_APP="sync_server", SECRET_KEY="x"))
    return url


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_fuzz_every_operation(backend: str, request: pytest.FixtureRequest,
                              tmp_path_factory: pytest.TempPathFactory, sqlite_template: Any,
                              staff_keys: KeyPair) -> None:
    import schemathesis
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis.errors import Unsatisfiable
    from schemathesis import GenerationMode
    from sqlalchemy import text

    from sync_server import Config, create_app
    from sync_server.extensions import db
    from sync_server.services import staff as staff_service

    url = _fuzz_database(backend, request, tmp_path_factory, sqlite_template)
    settings_ = {k: getattr(Config, k) for k in dir(Config) if k.isupper()}
    settings_.update(READ_ENV=False, SECRET_KEY="fuzz", SQLALCHEMY_DATABASE_URI=url, SESSION_COOKIE_SECURE=False,
                     STAFF_PUBLIC_KEYS=[staff_keys.public_b64], PASSWORD_HASH_METHOD="pbkdf2:sha256:1000",
                     **NO_GUESS_LIMIT)
    app = create_app(settings_)  # TESTING off: errors are rendered the way production renders them
    with app.app_context():
        admin = staff_service.create_user("fuzz-admin", PASSWORD, "admin")
        admin_id, admin_token = admin.id, staff_service.create_token(admin.id, "fuzz", actor_id=None).secret
    client = app.test_client()
    device_token = client.post("/api/v1/devices", json={"app_version": "1.0.0", "os": "android",
                                                        "age_band": "13-15"}).json["device_token"]
    client.post("/api/v1/reports", headers={"Authorization": f"Bearer {device_token}"},
                json={"reports": [a_report(child_action="shared_evidence",
                                           evidence=[{"sender": "contact", "text": MARKER}])]})

    def heal() -> None:
        """Undo what fuzzed admin calls may have done to the fuzzer's own credentials."""
        with app.app_context():
            db.session.execute(text("UPDATE staff_users SET active = :t, role = 'admin' WHERE id = :i"),
                               {"t": True, "i": admin_id})
            db.session.execute(text("UPDATE staff_tokens SET revoked_at = NULL"))
            db.session.execute(text("UPDATE devices SET revoked_at = NULL"))
            db.session.commit()

    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    failures: dict[tuple[str, str], str] = {}
    calls = 0

    def fuzzer(operation: Any, mode: GenerationMode, headers: dict[str, str]) -> Any:
        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=12, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
        def fuzz(case: Any) -> None:
            nonlocal calls
            calls += 1
            heal()
            body = "" if type(case.body).__name__ == "NotSet" else f" body={str(case.body)[:120]}"
            where = f"{case.method} {case.formatted_path} query={case.query}{body}"
            try:
                resp = case.call(headers=headers)
            except Exception as exc:  # noqa: BLE001 - the server raised: exactly what we look for
                failures.setdefault((operation.label, type(exc).__name__), f"{where}: {exc!r}"[:400])
                return
            if resp.status_code >= 500:
                failures.setdefault((operation.label, str(resp.status_code)), f"{where}: {resp.text[:200]}")
            elif resp.status_code >= 400:
                try:
                    err = resp.json()
                    ok = (set(err) == {"error"} and set(err["error"]) == {"code", "message", "details"}
                          and isinstance(err["error"]["details"], dict))
                except ValueError:
                    ok = False
                if not ok:
                    failures.setdefault((operation.label, "shape"), f"{where}: {resp.status_code} {resp.text[:200]}")

        return fuzz

    started = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        security = {name for requirement in operation.definition.raw.get("security") or [] for name in requirement}
        token = device_token if "deviceToken" in security else admin_token if security else None
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            # Unsatisfiable: nothing invalid can be generated for this operation (e.g. no parameters at all)
            with contextlib.suppress(Unsatisfiable):
                fuzzer(operation, mode, headers)()
    elapsed = time.monotonic() - started

    assert calls > 300, f"only {calls} fuzzed requests"
    assert elapsed < 60, f"fuzzing took {elapsed:.0f}s; keep it bounded"
    assert client.get("/api/v1/health").status_code == 200
    detail = "\n".join(f"{label} [{kind}]: {example}" for (label, kind), example in sorted(failures.items()))
    with app.app_context():
        db.session.remove()
        db.engine.dispose()
    assert not failures, f"{len(failures)} failing operation(s) after {calls} requests:\n{detail}"


# ------------------------------------------------------------------------------ (c) hostile bodies


@pytest.mark.parametrize(("path", "size", "who"), [
    ("/api/v1/reports", 3 * 1024 * 1024, "device"),
    ("/api/v1/devices", 3 * 1024 * 1024, "anonymous"),
    ("/api/v1/suspects/{suspect_id}/decisions", 3 * 1024 * 1024, "moderator"),
    ("/api/v1/reports", 40 * 1024 * 1024, "device"),
])
def test_oversize_body_is_413_json(seeded: Seeded, path: str, size: int, who: str) -> None:
    body = b'{"reports": [' + b" " * size + b"]}"
    resp = requests.post(seeded.server.url + path.format(**seeded.params), data=body, timeout=30,
                         headers={**seeded.headers(who), "Content-Type": "application/json"})
    assert resp.status_code == 413, resp.text[:300]
    assert error_of(resp)["code"] == "payload_too_large"


def test_oversize_bundle_upload_is_413_json(seeded: Seeded) -> None:
    resp = requests.post(f"{seeded.server.api}/ml/models", headers=seeded.headers("ml_staff"),
                         data={"signature": "x" * 88}, files={"file": ("big.zip", b"\0" * (18 * 1024 * 1024))},
                         timeout=60)
    assert resp.status_code == 413, resp.text[:300]
    assert error_of(resp)["code"] == "payload_too_large"


def test_oversize_chunked_body_is_a_clean_4xx(seeded: Seeded) -> None:
    """No Content-Length to check up front: the server must still not read 50 MiB or fail."""

    def chunks() -> Iterator[bytes]:
        yield b'{"reports": ['
        for _ in range(800):
            yield b" " * 65536
        yield b"]}"

    resp = requests.post(f"{seeded.server.api}/reports", data=chunks(), timeout=60,
                         headers={**seeded.headers("device"), "Content-Type": "application/json"})
    assert 400 <= resp.status_code < 500, resp.text[:300]
    error_of(resp)


NESTED_TARGETS = [  # (path, who): raw json_body(), and webargs-parsed bodies of each kind of caller
    ("/api/v1/reports", "device"),
    ("/api/v1/devices", "anonymous"),
    ("/api/v1/auth/login", "anonymous"),
    ("/api/v1/suspects/{suspect_id}/decisions", "moderator"),
    ("/api/v1/ml/rollout/stage", "ml_staff"),
]


@pytest.mark.parametrize(("path", "who", "depth"), [
    *[(path, who, 100_000) for path, who in NESTED_TARGETS],
    ("/api/v1/reports", "device", 1_000),  # not even deep: Python's default recursion limit is 1000
])
def test_deeply_nested_json_is_a_clean_4xx(seeded: Seeded, path: str, who: str, depth: int) -> None:
    """100k levels of `[` are 100 kB, far under the size cap: the parser's recursion must not become a 500."""
    resp = requests.post(seeded.server.url + path.format(**seeded.params), data=b"[" * depth, timeout=30,
                         headers={**seeded.headers(who), "Content-Type": "application/json"})
    assert 400 <= resp.status_code < 500, f"{resp.status_code}: {resp.text[:200]}"
    assert error_of(resp)["code"] in {"malformed_json", "bad_request", "validation_error"}


def test_nested_but_parseable_json_is_validated_not_crashed(seeded: Seeded) -> None:
    nested = "[" * 400 + "]" * 400
    body = '{"reports": [' + nested + ', {"tag_scores": ' + nested + "}]}"
    resp = requests.post(f"{seeded.server.api}/reports", data=body, timeout=30,
                         headers={**seeded.headers("device"), "Content-Type": "application/json"})
    assert resp.status_code == 200, resp.text[:300]
    assert [r["index"] for r in resp.json()["rejected"]] == [0, 1]


@pytest.fixture(scope="module")
def pg_seeded(pg_url: str, start_module_server: ServerFactory, staff_keys: KeyPair) -> Seeded:
    name = f"e2e_sec_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = pg_url.rsplit("/", 1)[0] + "/" + name
    run_cli(["-m", "flask", "db", "upgrade"], clean_env(DATABASE_URL=url, FLASK_APP="sync_server", SECRET_KEY="x"))
    return seed(start_module_server(db_url=url, **NO_GUESS_LIMIT), staff_keys)


INT_ROUTES = [  # (GET /suspects/{id}/evidence answers [] for an unknown suspect, so it is not listed)
    ("GET", "/api/v1/suspects/{n}", "moderator", None),
    ("POST", "/api/v1/suspects/{n}/decisions", "moderator", {"status": "dismissed", "note": "x"}),
    ("PATCH", "/api/v1/admin/users/{n}", "admin", {"active": True}),
    ("DELETE", "/api/v1/staff/tokens/{n}", "moderator", None),
]


@pytest.mark.parametrize(("backend", "number"), [  # the first id past each backend's integer column
    ("sqlite", 2**63), pytest.param("postgres", 2**31, marks=pytest.mark.postgres)])
@pytest.mark.parametrize(("method", "path", "who", "body"), INT_ROUTES)
def test_huge_integer_ids_are_404(request: pytest.FixtureRequest, backend: str, number: int, method: str,
                                  path: str, who: str, body: Any) -> None:
    """Found by the fuzzer: ids past the database's integer range must be 'no such thing', not a 500."""
    seeded_: Seeded = request.getfixturevalue("seeded" if backend == "sqlite" else "pg_seeded")
    resp = requests.request(method, seeded_.server.url + path.format(n=number), json=body,
                            headers=seeded_.headers(who), timeout=10)
    assert resp.status_code == 404, f"{resp.status_code}: {resp.text[:200]}"
    error_of(resp)


def test_huge_integer_id_in_a_moderator_page_is_404(seeded: Seeded) -> None:
    web = _web_login(seeded.server, seeded.staff["moderator"].username)
    resp = web.get(f"{seeded.server.url}/moderator/suspects/{2**63}", timeout=10)
    assert resp.status_code == 404, resp.status_code
    assert "text/html" in resp.headers.get("Content-Type", "")


# ------------------------------------------------------------------------------ (d) token guessing


def test_token_guessing_is_rate_limited(start_server: ServerFactory) -> None:
    workers = 2
    server = start_server(workers=workers)  # production limits: AUTH_FAILURE_LIMIT = 20 per minute
    good = enroll(server)["device_token"]
    statuses: list[int] = []
    retry_after: list[int] = []
    resets = 0  # a connection reset under the flood (seen once in a full CI run) is retried once; a retried
    # guess may already have been counted, so each reset may use up one of the 20 answers
    for _ in range(150):
        guess = "gld_" + uuid.uuid4().hex + uuid.uuid4().hex[:11]
        url, headers = f"{server.api}/models/current", {"Authorization": f"Bearer {guess}"}
        try:
            resp = requests.get(url, headers=headers, timeout=10)
        except requests.ConnectionError:
            resets += 1
            resp = requests.get(url, headers=headers, timeout=10)
        statuses.append(resp.status_code)
        assert resp.status_code in (401, 429), resp.text
        err = error_of(resp)
        if resp.status_code == 429:
            assert err["code"] == "rate_limited"
            retry_after.append(int(resp.headers["Retry-After"]))
    # The failure counter lives in the shared store (a SQLite file beside the database by default): one
    # allowance of 20 for the whole server, not 20 per worker.
    assert 20 - resets <= statuses.count(401) <= 20, f"{statuses.count(401)} guesses were checked ({resets} resets)"
    assert resets <= 2, f"{resets} connection resets in 150 requests"
    assert retry_after and all(1 <= s <= 60 for s in retry_after), retry_after[:5]
    # The right token is looked up first: guesses from the same address (a school's NAT) never lock it out.
    good_statuses = [requests.get(f"{server.api}/models/current", headers={"Authorization": f"Bearer {good}"},
                                  timeout=10).status_code for _ in range(6)]
    assert good_statuses == [404] * 6, good_statuses  # authenticated; no model published yet
    assert requests.get(f"{server.api}/health", timeout=10).status_code == 200


# ------------------------------------------------------------------------------ (f) evidence vs ML staff


CSRF_INPUT = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def _web_login(server: LiveServer, username: str) -> requests.Session:
    session = requests.Session()
    token = CSRF_INPUT.search(session.get(f"{server.url}/moderator/login", timeout=10).text).group(1)
    resp = session.post(f"{server.url}/moderator/login", data={"username": username, "password": PASSWORD,
                                                                "csrf_token": token}, timeout=10,
                        allow_redirects=False)
    assert resp.status_code == 302, resp.text[:300]
    return session


def test_evidence_is_invisible_to_ml_staff(seeded: Seeded) -> None:
    server, params = seeded.server, seeded.params
    ml = seeded.staff["ml_staff"]
    seen: list[tuple[str, int, str]] = []

    # Every GET of the JSON API, by personal token and by web session.
    json_session = staff_session(server, ml.username)
    for method, path, _ in operations(server):
        if method != "GET":
            continue
        url = server.url + path.format(**params)
        for how, resp in (("token", requests.get(url, headers=ml.headers, timeout=10)),
                          ("session", json_session.get(url, timeout=10))):
            seen.append((f"{how} GET {path}", resp.status_code, resp.text))
            if "evidence" in path or path.startswith("/api/v1/suspects"):
                assert resp.status_code == 403, (how, path, resp.status_code)

    # Every moderator page, logged in through the login form.
    web = _web_login(server, ml.username)
    for path in ("/moderator/", "/moderator/queue", "/moderator/queue?status=all",
                 f"/moderator/suspects/{params['suspect_id']}", "/moderator/reports-per-day"):
        resp = web.get(server.url + path, timeout=10)
        seen.append((f"page {path}", resp.status_code, resp.text))
    chart = web.get(f"{server.url}/moderator/reports-per-day", timeout=10)
    assert chart.status_code == 200
    token = CSRF_INPUT.search(chart.text).group(1)
    for data in ({"csrf_token": token}, {"csrf_token": token, "report_id": params["report_id"]}):
        resp = web.post(f"{server.url}/moderator/suspects/{params['suspect_id']}/evidence", data=data, timeout=10)
        assert resp.status_code == 403, resp.status_code
        seen.append(("page POST evidence", resp.status_code, resp.text))
    assert web.get(f"{server.url}/moderator/suspects/{params['suspect_id']}", timeout=10).status_code == 403

    leaks = [(where, status) for where, status, text in seen if MARKER in text or "where do you go" in text]
    assert not leaks, f"evidence shown to ML staff: {leaks}"
    handles = [(where, status) for where, status, text in seen if HANDLE in text]
    assert not handles, f"suspect handles shown to ML staff: {handles}"

    # The same evidence is there for a moderator (so the checks above looked at something real).
    mod = requests.get(f"{server.api}/reports/{params['report_id']}/evidence",
                       headers=seeded.headers("moderator"), timeout=10)
    assert mod.status_code == 200 and MARKER in mod.text
