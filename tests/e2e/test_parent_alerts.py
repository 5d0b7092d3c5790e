"""Parent alerts against a live server: what crosses the wire and what the database holds (SPEC §4).

A child's device (real pipeline, real outbox) pairs with a parent's device through gunicorn, meets the
bundled grooming conversation, shares evidence on one alert only, and syncs; the parent's device
collects the sealed summaries. Every byte the child's device sent is recorded and every table of the
server's SQLite file is dumped. The server must never hold a readable parent alert, and no report or
mailbox item may carry message text except the one report the child consented to share.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from device_app.core.parent_link import AlertSummary
from device_app.core.parent_mailbox import ParentInbox, ParentLinkClient
from device_app.core.sync_client import RecordingTransport

from .conftest import ServerFactory
from .support import COACH_HANDLE, LiveServer, coach_conversation

pytestmark = pytest.mark.slow

PARENT_TABLES = ("parent_pairings", "parent_mailboxes", "mailbox_items")


@dataclass
class Run:
    server: LiveServer
    wire: bytes
    dump: dict[str, str]  # table -> every row as text
    texts: list[str]  # the conversation's messages, long enough to search for
    shared: list[str]  # the texts the child agreed to share
    child_alerts: list[tuple[str, tuple[str, ...]]]
    received: list[AlertSummary]
    digits: tuple[str, str | None]
    code: str  # the one-time pairing code, as the child's screen showed it
    parent_wire: bytes


def dump_tables(db_path: Path) -> dict[str, str]:
    with sqlite3.connect(db_path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: "\n".join(repr(row) for row in conn.execute(f'SELECT * FROM "{t}"')) for t in tables}


@pytest.fixture(scope="module")
def run(start_module_server: ServerFactory, tmp_path_factory: pytest.TempPathFactory,
        pinned_keys_dir: Path) -> Run:
    from .support import new_device

    server = start_module_server(workers=2)
    work = tmp_path_factory.mktemp("parent-flow")
    wire = RecordingTransport()
    child = new_device("child", work / "child", server_url=server.url, keys_dir=pinned_keys_dir, transport=wire,
                       hold_unacted_s=0)
    try:
        link = child.service.parents  # the app's own wiring: seals each alert, delivers at sync
        parent_wire = RecordingTransport()
        inbox = ParentInbox(work / "parent", lambda t: ParentLinkClient(server.url, token=t, transport=parent_wire))
        offer = link.start_pairing()
        digits = (inbox.pair(offer.code), link.finish_pairing())
        conversation = coach_conversation()
        alerts = child.replay(conversation, key="chat-1", handle=COACH_HANDLE)
        assert alerts, "the bundled grooming conversation raised no alert"
        preview = child.service.evidence_preview(alerts[0].report_id)
        child.service.share_evidence(alerts[0].report_id, preview, child_consented=True)
        for view in alerts[1:]:
            child.service.act(view.report_id, "told_adult")
        child.sync_until_empty()  # reports, and the sealed parent alerts with them
        received = inbox.refresh()
        db_path = Path(server.db_url.removeprefix("sqlite:///"))
        return Run(server, wire.sent_bytes(), dump_tables(db_path),
                   [m.text for m in conversation.messages if len(m.text) >= 12],
                   [text for _, text in preview.items if len(text) >= 12],
                   [(v.contact_handle, v.tags) for v in alerts], received, digits, offer.code,
                   parent_wire.sent_bytes())
    finally:
        child.service.close()


def test_both_phones_showed_the_same_verification_digits(run: Run) -> None:
    assert run.digits[0] == run.digits[1]


def test_the_pairing_code_never_crossed_the_wire(run: Run) -> None:
    wire = run.wire + run.parent_wire
    assert run.code.replace("-", "").encode() not in wire and run.code.encode() not in wire


def test_the_parent_received_each_alert_the_child_saw(run: Run) -> None:
    assert sorted((s.contact, s.tactics) for s in run.received) == sorted(run.child_alerts)


def test_the_server_holds_no_readable_parent_alert(run: Run) -> None:
    parent_rows = "\n".join(run.dump[t] for t in PARENT_TABLES)
    for contact, tactics in run.child_alerts:
        assert contact not in parent_rows and not any(t in parent_rows for t in tactics)
    assert "game_chat" not in parent_rows


def test_delivered_items_are_deleted_from_the_server(run: Run) -> None:
    assert run.dump["mailbox_items"] == ""


def test_no_message_text_crossed_the_wire_except_what_the_child_shared(run: Run) -> None:
    unshared = [t for t in run.texts if t not in run.shared]
    leaked = [t for t in unshared if t.encode() in run.wire or t.encode("unicode_escape") in run.wire]
    assert run.shared and unshared and leaked == []


def test_shared_text_crossed_the_wire_only_inside_the_report_upload(run: Run) -> None:
    mailbox_posts = run.wire.split(b"POST ")
    assert all(t.encode() not in part for part in mailbox_posts if b"/parent/" in part.split(b"\n", 1)[0]
               for t in run.shared)


def test_the_database_holds_message_text_only_as_the_shared_evidence(run: Run) -> None:
    where = {t: sorted(table for table, rows in run.dump.items() if t in rows) for t in run.texts}
    assert all(tables in ([], ["evidence"]) for tables in where.values()), where
    assert all(where[t] == ["evidence"] for t in run.shared)
