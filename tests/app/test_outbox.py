"""The outbox keeps every report until the server has it, across restarts, dead servers and full disks."""

from __future__ import annotations

import random
import sqlite3

import pytest

from device_app.core.conversations import Message
from device_app.core.outbox import Backoff, Outbox, OutboxFullError, ReportAlreadySent, flush
from device_app.core.pipeline import Alert
from device_app.core.reports import attach_evidence, build_report, preview_evidence, with_child_action
from device_app.core.sync_client import ServerUnavailable, UploadResult

ALERT = Alert("k", 3, 0.9, ("secrecy",), {"secrecy": 0.9}, False, ("x",), "v1")


def new_report(**kw):
    return build_report(ALERT, platform="game_chat", suspect_handle="suspect", messages_observed=4, **kw)


class Clock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class FakeUploader:
    def __init__(self, fail: Exception | None = None, rejected_index: int | None = None) -> None:
        self.calls: list[list[dict]] = []
        self.fail = fail
        self.rejected_index = rejected_index

    def upload_reports(self, reports):
        self.calls.append(list(reports))
        if self.fail:
            raise self.fail
        rejected = (
            [] if self.rejected_index is None else [{"index": self.rejected_index, "errors": {"x": ["bad"]}}]
        )
        return UploadResult(accepted=len(reports) - len(rejected), duplicates=0, rejected=rejected)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def outbox(tmp_path, clock) -> Outbox:
    box = Outbox(tmp_path / "outbox.sqlite3", clock=clock)
    yield box
    box.close()


def test_a_saved_report_survives_a_restart(tmp_path, outbox):
    r = new_report()
    outbox.add(r)
    outbox.close()
    again = Outbox(tmp_path / "outbox.sqlite3")
    assert again.get(r["report_id"]).report == r and again.pending_count() == 1
    again.close()


def test_the_database_runs_in_wal_mode(outbox):
    assert outbox._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_pending_report_takes_the_childs_action(outbox):
    r = new_report()
    outbox.add(r)
    outbox.update(with_child_action(r, "blocked"))
    assert outbox.get(r["report_id"]).report["child_action"] == "blocked"


def test_a_sent_report_cannot_change(outbox):
    r = new_report()
    outbox.add(r)
    outbox.mark_sent([r["report_id"]])
    with pytest.raises(ReportAlreadySent):
        outbox.update(with_child_action(r, "blocked"))


def test_shared_text_is_not_kept_once_sent(outbox):
    r = new_report()
    shared = attach_evidence(
        r, preview_evidence(r, [Message("contact", "secret words")]), child_consented=True
    )
    outbox.add(shared)
    outbox.mark_sent([r["report_id"]])
    assert outbox.get(r["report_id"]).report["evidence"] is None


def test_a_held_report_is_not_due_until_its_time(outbox, clock):
    outbox.add(new_report(), ready_at=clock.now + 60)
    assert outbox.due() == []
    clock.now += 61
    assert len(outbox.due()) == 1


def test_a_full_disk_gives_a_clear_error_and_keeps_earlier_reports(tmp_path):
    box = Outbox(tmp_path / "small.sqlite3", max_bytes=64 * 1024)
    saved = []
    with pytest.raises(OutboxFullError, match="out of storage"):
        for _ in range(1000):
            r = dict(new_report(), suspect_handle="x" * 2000)
            box.add(r)
            saved.append(r["report_id"])
    assert box.integrity_ok() and [e.report_id for e in box.entries()] == saved
    box.close()


def test_a_full_disk_error_comes_from_sqlite_full(tmp_path):
    box = Outbox(tmp_path / "small.sqlite3", max_bytes=64 * 1024)
    with pytest.raises(OutboxFullError) as info:
        for _ in range(1000):
            box.add(dict(new_report(), suspect_handle="x" * 2000))
    assert isinstance(info.value.__cause__, sqlite3.OperationalError)
    box.close()


def test_device_state_survives_a_restart(tmp_path, outbox):
    outbox.set_state(**{"device.token": "t0k3n", "settings": {"a": 1}})
    outbox.close()
    again = Outbox(tmp_path / "outbox.sqlite3")
    assert again.get_state("device.token") == "t0k3n" and again.get_state("settings") == {"a": 1}
    again.close()


def test_backoff_doubles_up_to_its_cap():
    b = Backoff(base_s=30, cap_s=600)
    assert [b.ceiling(n) for n in range(1, 8)] == [30, 60, 120, 240, 480, 600, 600]


def test_backoff_jitter_stays_between_half_and_the_ceiling():
    b = Backoff(base_s=30, cap_s=3600, rng=random.Random(7))
    for n in range(1, 12):
        assert b.ceiling(n) / 2 <= b.delay(n) <= b.ceiling(n)


def test_backoff_jitter_spreads_devices_apart():
    delays = {Backoff(rng=random.Random(seed)).delay(3) for seed in range(20)}
    assert len(delays) == 20


def test_flush_uploads_in_batches_of_at_most_one_hundred(outbox):
    for _ in range(150):
        outbox.add(new_report())
    uploader = FakeUploader()
    result = flush(outbox, uploader)
    assert (
        [len(c) for c in uploader.calls] == [100, 50]
        and result.accepted == 150
        and outbox.pending_count() == 0
    )


def test_a_dead_server_keeps_every_report_and_schedules_a_retry(outbox, clock):
    outbox.add(new_report())
    result = flush(
        outbox, FakeUploader(fail=ServerUnavailable("connection refused")), backoff=Backoff(base_s=30)
    )
    assert (
        outbox.pending_count() == 1
        and result.error
        and clock.now + 15 <= result.next_attempt_at <= clock.now + 30
    )


def test_flush_waits_for_the_retry_time_unless_forced(outbox):
    outbox.add(new_report())
    flush(outbox, FakeUploader(fail=ServerUnavailable("down")))
    uploader = FakeUploader()
    assert not flush(outbox, uploader).attempted
    assert flush(outbox, uploader, force=True).accepted == 1


def test_consecutive_failures_back_off_further(outbox, clock):
    outbox.add(new_report())
    b = Backoff(base_s=10, cap_s=10_000, rng=random.Random(1))
    waits = []
    for _ in range(4):
        result = flush(outbox, FakeUploader(fail=ServerUnavailable("down")), backoff=b, force=True)
        waits.append(result.next_attempt_at - clock.now)
    assert waits[3] > waits[0] and outbox.get_state("sync.failures") == 4


def test_a_success_resets_the_backoff(outbox):
    outbox.add(new_report())
    flush(outbox, FakeUploader(fail=ServerUnavailable("down")))
    flush(outbox, FakeUploader(), force=True)
    assert outbox.get_state("sync.failures") is None and outbox.get_state("sync.next_at") is None


def test_a_rejected_report_is_set_aside_and_the_rest_are_sent(outbox):
    first, second = new_report(), new_report()
    outbox.add(first)
    outbox.add(second)
    flush(outbox, FakeUploader(rejected_index=0))
    assert (
        outbox.get(first["report_id"]).state == "rejected" and outbox.get(second["report_id"]).state == "sent"
    )
