"""A bounded, seeded fuzz of every operation the app routes, against the real app and database.

Each request goes to a route taken from the app's url_map (so routes other helpers add are fuzzed too),
as a principal the route admits, with hostile values in the path, the query and the body: calendar
edges with odd offsets, NaN and infinities, huge integers, control, zero-width and direction characters,
lone surrogates, 10,000-character strings and deeply nested JSON. Report uploads mix such items with
good reports. The whole run must answer no 5xx, and every good report sent must be stored.

10,000 requests on SQLite (the volume) and 1,000 on PostgreSQL (the same code paths on the other
backend), seeded, so a failure names a request that can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from werkzeug.routing import IntegerConverter

from sync_server.auth import access_of
from sync_server.extensions import db
from sync_server.models import Report
from sync_server.services import staff as staff_service

from .conftest import DeviceCreds, StaffCreds
from .helpers import PASSWORD, make_report

REQUESTS = {"sqlite": int(os.environ.get("FUZZ_N", 10_000)), "postgres": 1_000}

HOSTILE_DATES = [
    "0001-01-01T00:00:00+01:00", "0001-01-01T00:00:00-23:59", "9999-12-31T23:59:59-01:00",
    "9999-12-31T23:59:59.999999999+23:59", "1970-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
    "2026-02-30T10:00:00Z", "2026-11-24T24:00:00Z", "2026-11-24T10:00:00+24:00", "2026-11-24",
    "2026-11-24T10:00:00", "\u0662\u0660\u0662\u0666-11-24T10:00:00Z", "", "now",
]
HOSTILE_TEXT = [
    "", " ", "\x00", "a\x00b", "\ud83d", "x\udfffy\ud800", "\u202eevil\u202c", "\u2066a\u2069", "\u200b",
    "\u200b\u200d\ufeff", "\x1b[31mred", "\x7f\x85\u2028", "A" * 10_000, "' OR 1=1 --", "<script>x</script>",
    "../../etc/passwd", "%00", "NaN", "Infinity", "9" * 400, "\U0001f600" * 50, "ｃｏｏｌ", "@", "@@ \t",
]
HOSTILE_NUMBERS: list[Any] = [float("nan"), float("inf"), -float("inf"), 10**400, -(10**400), 2**31, 2**63,
                              -1, 0, -0.0, 1e308, 5e-324, True, False, None]
HOSTILE_STRUCTURES: list[Any] = [[], {}, [[[[[]]]]], {"a": {"b": {"c": {}}}}, [None] * 50, {"": ""}]
RAW_BODIES = ["[" * 50_000, "{" * 20_000, '{"reports": ' + "[" * 5_000, "9" * 5_000, "NaN", "\xff\xfe",
              '{"reports": [1e999999]}', "{\"reports\": [\"\\ud800\"]}", "", "null", "\x00"]
INT_PATH = ["0", "2147483647", "2147483648", "99999999999999999999", "-1", "1e3", "0x10", "%00", "%ED%A0%80"]
FIELDS = ["report_id", "created_at", "platform", "suspect_handle", "risk", "tags", "tag_scores", "model_version",
          "messages_observed", "alert_index", "child_action", "evidence", "app_version", "os", "age_band",
          "enrollment_code", "username", "password", "role", "active", "name", "status", "note", "version",
          "percent", "csrf_token", "q", "page", "per_page", "platform", "tactic", "action", "limit", "next",
          "mailbox_id", "ciphertext", "item_id", "key", "tag", "ids", "assignee", "signature", "file"]


def hostile_value(rng: random.Random) -> Any:
    pool = rng.randrange(5)
    if pool == 0:
        return rng.choice(HOSTILE_DATES)
    if pool == 1:
        return rng.choice(HOSTILE_TEXT)
    if pool == 2:
        return rng.choice(HOSTILE_NUMBERS)
    if pool == 3:
        return rng.choice(HOSTILE_STRUCTURES)
    return rng.choice(HOSTILE_TEXT) + rng.choice(HOSTILE_DATES)


def as_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def to_json(payload: Any) -> str:
    """JSON as a hostile client writes it: NaN/Infinity literals, lone surrogates escaped."""
    return json.dumps(payload, allow_nan=True)


def good_report(rng: random.Random) -> dict[str, Any]:
    when = datetime.now(UTC) - timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
    return make_report(created_at=when.isoformat().replace("+00:00", "Z"),
                       suspect_handle=f"fuzz_{rng.randrange(40)}", risk=rng.random())


def hostile_report(rng: random.Random) -> Any:
    if rng.random() < 0.05:
        return hostile_value(rng)
    report = good_report(rng)
    for _ in range(rng.randint(1, 3)):
        key = rng.choice(list(report) + ["child_name", "\ud83d", "evidence"])
        if key == "evidence":
            report["child_action"] = "shared_evidence"
            report[key] = [{"sender": rng.choice(["contact", "child", "\x00"]), "text": rng.choice(HOSTILE_TEXT)}
                           for _ in range(rng.randint(1, 3))]
        else:
            report[key] = hostile_value(rng)
    return report


@dataclass
class Run:
    """The fuzzer's state: principals, real ids to aim at, and what came back."""

    app: Flask
    rng: random.Random
    device: DeviceCreds
    anonymous: FlaskClient
    api_client: FlaskClient
    session_client: FlaskClient
    admin: StaffCreds
    ids: dict[str, list[str]]
    csrf: str = ""
    sent: int = 0
    good_ids: set[str] = field(default_factory=set)
    routes_hit: set[tuple[str, str]] = field(default_factory=set)
    seconds: dict[str, float] = field(default_factory=dict)  # per route: where the run's time goes
    rule: str = ""
    server_errors: list[tuple[str, str, int, str]] = field(default_factory=list)

    def send(self, client: FlaskClient, method: str, path: str, **kwargs: Any) -> None:
        self.sent += 1
        body = kwargs.get("data")
        started = time.perf_counter()
        try:
            response = client.open(path, method=method, **kwargs)
        except Exception as exc:  # noqa: BLE001 - TESTING propagates what would be a 500; record and go on
            self.server_errors.append((method, path, 500, f"{exc!r} <- {body!r}"[:300]))
            return
        finally:
            key = f"{method} {self.rule}"
            self.seconds[key] = self.seconds.get(key, 0.0) + time.perf_counter() - started
        if response.status_code >= 500:
            self.server_errors.append((method, path, response.status_code, repr(body)[:200]))
        response.close()

    # -- the upload hot path: the bulk of the run

    def upload(self) -> None:
        rng = self.rng
        items: list[Any] = []
        good: list[str] = []
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.4:
                report = good_report(rng)
                good.append(report["report_id"])
                items.append(report)
            else:
                items.append(hostile_report(rng))
        if good and rng.random() < 0.1:
            items.append(dict(items[0]) if isinstance(items[0], dict) else items[0])  # a duplicate
        try:
            body = to_json({"reports": items})
        except ValueError:
            body = "{}"
        self.good_ids.update(good)
        self.rule = "/api/v1/reports"
        self.send(self.api_client, "POST", "/api/v1/reports", data=body, content_type="application/json",
                  headers=self.device.headers)

    # -- every other route

    def path_for(self, rule: Any) -> str:
        rng = self.rng
        path = rule.rule
        for name in rule.arguments:
            converter = rule._converters[name]
            real = self.ids.get(name, [])
            if real and rng.random() < 0.5:
                value = rng.choice(real)
            elif isinstance(converter, IntegerConverter):
                value = rng.choice(INT_PATH)
            else:
                value = quote(as_text(hostile_value(rng)).encode("utf-8", "surrogatepass"), safe="")[:3000] or "x"
            path = path.replace(f"<{name}>", value)
            for kind in ("int", "string", "path"):
                path = path.replace(f"<{kind}:{name}>", value)
        return path

    def query(self) -> str:
        """Percent-encoded as a client would send it (lone surrogates as their raw UTF-8 bytes)."""
        rng = self.rng
        pairs = [(rng.choice(FIELDS), as_text(hostile_value(rng))[:2000]) for _ in range(rng.randint(0, 3))]
        return "&".join(f"{k}={quote(v.encode('utf-8', 'surrogatepass'), safe='')}" for k, v in pairs)

    def body(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.1:
            return rng.choice(RAW_BODIES)
        if roll < 0.2:
            return to_json(hostile_value(rng))
        return to_json({rng.choice(FIELDS): hostile_value(rng) for _ in range(rng.randint(1, 5))})

    def other(self, rule: Any, method: str) -> None:
        rng = self.rng
        self.routes_hit.add((rule.rule, method))
        self.rule = rule.rule
        view = self.app.view_functions[rule.endpoint]
        view_class = getattr(view, "view_class", None)
        access = access_of(getattr(view_class, method.lower()) if view_class is not None else view)
        is_api = rule.rule.startswith("/api/")
        path = self.path_for(rule)
        headers: dict[str, str] = {}
        client = self.api_client
        if access is not None and access.kind == "device":
            headers = dict(self.device.headers)
        elif access is not None and access.kind == "staff":
            if is_api and rng.random() < 0.7:
                headers = dict(self.admin.headers)
            else:
                client = self.session_client
        elif access is not None and access.kind not in ("public", "staff", "device"):
            headers = {"Authorization": f"Bearer {as_text(rng.choice(HOSTILE_TEXT))[:200]}".encode("utf-8", "replace")
                       .decode("latin-1")}
        if rule.endpoint.endswith("logout"):
            client = self.anonymous  # the session principal must stay logged in for the rest of the run
        kwargs: dict[str, Any] = {"headers": headers, "query_string": self.query()}
        if method in ("POST", "PUT", "PATCH", "DELETE"):
            if client is self.session_client:
                headers["X-CSRFToken"] = self.csrf
            if is_api or rng.random() < 0.3:
                kwargs.update(data=self.body(), content_type="application/json")
            else:
                form = {rng.choice(FIELDS): as_text(hostile_value(rng))[:3000] for _ in range(rng.randint(1, 5))}
                form = {k: v.encode("utf-8", "surrogatepass").decode("utf-8", "replace") for k, v in form.items()}
                form["csrf_token"] = self.csrf
                kwargs.update(data=form)
        self.send(client, method, path, **kwargs)


def _routes(app: Flask) -> list[tuple[Any, str]]:
    return [(rule, method) for rule in app.url_map.iter_rules() for method in sorted(rule.methods - {"HEAD", "OPTIONS"})
            if rule.endpoint != "static"]


def _seed(app: Flask, client: FlaskClient, device: DeviceCreds, enroll: Callable[..., DeviceCreds],
          make_staff: Callable[[str], StaffCreds]) -> dict[str, list[str]]:
    """Real ids for the paths: suspects with reports, a report with evidence, and sacrificial accounts
    (a user, a token and a device the fuzz may deactivate, revoke or delete without losing its principals)."""
    with_evidence = make_report(child_action="shared_evidence", evidence=[{"sender": "contact", "text": "hi"}])
    reports = [make_report(suspect_handle=f"seed_{i}") for i in range(3)] + [with_evidence]
    assert client.post("/api/v1/reports", json={"reports": reports}, headers=device.headers).status_code == 200
    victim = make_staff("moderator")
    spare_device = enroll()
    with app.app_context():
        suspect_ids = [str(i) for i in db.session.scalars(select(Report.suspect_id).distinct())]
        spare_token = staff_service.create_token(victim.user_id, "fuzz", actor_id=None).token.id
    return {"suspect_id": suspect_ids, "user_id": [str(victim.user_id)], "token_id": [str(spare_token)],
            "device_id": [spare_device.device_id], "report_id": [with_evidence["report_id"]],
            "version": ["2026.11.24-1"], "filename": ["web.css"]}


def test_hostile_requests_to_every_operation_get_no_5xx_and_lose_no_good_report(
    app: Flask, backend: str, device: DeviceCreds, enroll: Callable[..., DeviceCreds],
    make_staff: Callable[[str], StaffCreds],
) -> None:
    admin = make_staff("admin")
    api_client, session_client = app.test_client(), app.test_client()
    ids = _seed(app, api_client, device, enroll, make_staff)
    csrf = session_client.get("/api/v1/auth/csrf").json["csrf_token"]
    login = session_client.post("/api/v1/auth/login", json={"username": admin.username, "password": PASSWORD},
                                headers={"X-CSRFToken": csrf})
    assert login.status_code == 200
    run = Run(app, random.Random(f"guardline-fuzz-{backend}"), device, app.test_client(), api_client,
              session_client, admin, ids, csrf=session_client.get("/api/v1/auth/csrf").json["csrf_token"])
    routes = _routes(app)
    total, started = REQUESTS[backend], time.monotonic()
    while run.sent < total:
        if run.rng.random() < 0.3:
            run.upload()
        else:
            run.other(*run.rng.choice(routes))
    elapsed = time.monotonic() - started

    slowest = sorted(run.seconds.items(), key=lambda kv: -kv[1])[:6]
    print(f"{run.sent} requests in {elapsed:.1f}s; slowest routes (total s): {slowest}")
    problems = sorted({(m, p[:50], e[:100]) for m, p, _, e in run.server_errors})
    assert not problems, "\n".join(map(str, problems[:15]))
    assert run.routes_hit == {(rule.rule, method) for rule, method in routes}  # every operation was fuzzed
    with app.app_context():
        stored = db.session.scalar(select(func.count()).select_from(Report).where(
            Report.report_id.in_(sorted(run.good_ids))))
    assert stored == len(run.good_ids) and len(run.good_ids) > total // 10
    assert session_client.get("/api/v1/auth/me").status_code == 200  # the fuzz never lost its own principals
