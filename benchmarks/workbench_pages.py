"""The workbench's list pages at scale: full HTTP renders (Flask test client, logged in), p50 over runs.

Builds a SQLite database with `server_scale.build` (devices, suspects with Zipf-like popularity, reports
over 120 days, then the aggregates), adds staff accounts, 500 case owners and an audit log of 50 rows
per 1,000 reports, then times, as each role sees them:

    queue                 moderator, default queue (open, first page)
    queue search          ?q=suspect_12 (folded substring)
    queue mine            ?owner=mine
    queue last page       ?page=<last>
    suspect (top)         the most reported suspect: newest timeline page, tactic chart over all reports
    releases + figures    ML staff: releases, rollout, per-version figures and charts
    admin audit           newest page, then filtered by action
    admin devices         newest page
    audit CSV (all)       admin: the whole filtered CSV download (bytes per second)

Run: `.venv/bin/python benchmarks/workbench_pages.py [--sizes 100000,1000000] [--runs 5]`
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from server_scale import NOW, build  # noqa: E402

from sync_server import TestConfig, create_app  # noqa: E402
from sync_server.extensions import db  # noqa: E402
from sync_server.models import AuditLog, CaseAssignment, Suspect  # noqa: E402
from sync_server.services import staff as staff_service  # noqa: E402

PASSWORD = "benchmark password 1234"
CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def extras(n_reports: int) -> None:
    """Staff, case owners for 500 suspects, and an audit log proportional to the reports."""
    ids = {role: staff_service.create_user(f"bench_{role}", PASSWORD, role).id for role in ("moderator", "ml_staff", "admin")}
    suspects = db.session.scalars(db.select(Suspect.id).order_by(Suspect.id).limit(500)).all()
    db.session.execute(CaseAssignment.__table__.insert(), [
        {"suspect_id": s, "assignee_id": ids["moderator"], "assigned_by": ids["moderator"], "assigned_at": NOW}
        for s in suspects])
    actions = ("evidence.view", "suspect.decision", "case.claim", "model.stage", "user.update")
    rows = [{"at": NOW, "actor_id": ids["moderator"], "action": actions[i % len(actions)], "target_type": "suspect",
             "target_id": str(i), "details": {"n": i}} for i in range(n_reports // 20)]
    for start in range(0, len(rows), 10_000):
        db.session.execute(AuditLog.__table__.insert(), rows[start:start + 10_000])
    db.session.commit()


def client_for(app, role: str):  # type: ignore[no-untyped-def]
    client = app.test_client()
    token = CSRF.search(client.get("/moderator/login").get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    response = client.post("/moderator/login", data={"username": f"bench_{role}", "password": PASSWORD,
                                                     "csrf_token": token})
    assert response.status_code == 302, response.status_code
    return client


def p50_ms(fn: Callable[[], object], runs: int) -> float:
    fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def get(client, url: str) -> Callable[[], object]:  # type: ignore[no-untyped-def]
    def _get() -> object:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response.get_data()

    return _get


def run(n: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        settings = {k: getattr(TestConfig, k) for k in dir(TestConfig) if k.isupper()}
        settings["SQLALCHEMY_DATABASE_URI"] = f"sqlite:///{tmp}/bench.sqlite3"
        app = create_app(settings)
        with app.app_context():
            db.create_all()
            print(f"[sqlite] {n:,} reports", file=sys.stderr)
            build(n)
            extras(n)
            top = db.session.scalar(db.select(Suspect.id).order_by(Suspect.reports.desc()).limit(1))
        mod, ml, admin = (client_for(app, r) for r in ("moderator", "ml_staff", "admin"))
        last = mod.get("/moderator/queue?page=1000000").headers.get("Location", "/moderator/queue")
        figures = {
            "queue": p50_ms(get(mod, "/moderator/queue"), runs),
            "queue search": p50_ms(get(mod, "/moderator/queue?q=suspect_12"), runs),
            "queue mine": p50_ms(get(mod, "/moderator/queue?owner=mine"), runs),
            "queue last page": p50_ms(get(mod, last), runs),
            "suspect (top)": p50_ms(get(mod, f"/moderator/suspects/{top}"), runs),
            "releases + figures": p50_ms(get(ml, "/moderator/releases"), runs),
            "admin audit": p50_ms(get(admin, "/moderator/admin/audit"), runs),
            "admin audit filtered": p50_ms(get(admin, "/moderator/admin/audit?action=case.claim"), runs),
            "admin devices": p50_ms(get(admin, "/moderator/admin/devices"), runs),
        }
        started = time.perf_counter()
        size = len(admin.get("/moderator/admin/audit.csv").get_data())
        figures["audit CSV (all) s"] = (time.perf_counter() - started)
        print(f"  audit CSV: {size / 1e6:.1f} MB", file=sys.stderr)
        with app.app_context():
            db.session.remove()
            db.engine.dispose()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results = {}
    for n in sizes:  # each size's figures as soon as they exist (a 1M build takes many minutes)
        results[n] = run(n, args.runs)
        print(f"  {n:,}: " + ", ".join(f"{k} {v:.1f}" for k, v in results[n].items()), file=sys.stderr)
    names = list(next(iter(results.values())))
    print(f"{'page (p50 ms; CSV in s)':<26}" + "".join(f"{n:>12,}" for n in sizes))
    for name in names:
        print(f"{name:<26}" + "".join(f"{results[n][name]:>12.1f}" for n in sizes))


if __name__ == "__main__":
    main()
