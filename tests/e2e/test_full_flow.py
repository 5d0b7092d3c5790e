"""The whole flow over real processes and real HTTP, and what the device put on the wire while doing it.

gunicorn serves the sync server on a SQLite file (schema by `flask db upgrade`); staff accounts and tokens
come from `flask users create/token`; the ML-staff key from `python -m model_training keygen`. Device A is
a DeviceService in this process with the real UrllibTransport wrapped in a RecordingTransport; devices B
and C are `python -m device_app demo` in a subprocess. The flow:

    enroll -> replay conversations -> private alert -> report held in the outbox until the child acts
    -> the child shares evidence on one report, acts on the others -> upload -> the suspect tops the
    moderator queue (3 devices) -> a moderator reads the evidence and escalates -> ML staff publish a
    signed v2 at 100 % (`python -m model_training publish ... --rollout 100`) -> the device verifies and
    switches to v2 (then gets 304 on the next check) -> its next report carries model_version v2.

`test_privacy_on_the_wire` then checks every byte device A sent during all of that (SPEC §4).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from device_app.core.conversations import Conversation
from device_app.core.reports import REPORT_FIELDS
from device_app.core.sync_client import RecordingTransport, UrllibTransport
from device_app.core.updater import UpdateResult
from device_app.core.versions import parse_version

from .support import (
    COACH_HANDLE,
    PASSWORD,
    Device,
    LiveServer,
    coach_conversation,
    dev_conversations,
    new_device,
    repack,
    run_cli,
)

pytestmark = pytest.mark.slow

OTHER_HANDLE = "sk8r_mentor_e2e"
NOTE = "Three children flagged this account; shared evidence shows secrecy requests. Escalated."


@dataclass
class FlowRun:
    server: LiveServer
    device: Device
    recording: RecordingTransport
    moderator_token: str
    ml_token: str
    v1: str
    v2: str
    local_keys: list[str] = field(default_factory=list)
    replayed: list[Conversation] = field(default_factory=list)
    held_before_acting: list[tuple[str, str, bool]] = field(default_factory=list)  # (id, state, due)
    consented_report_id: str = ""
    consented_items: list[dict[str, str]] = field(default_factory=list)
    first_sync: Any = None
    demo_output: str = ""
    queue: dict[str, Any] = field(default_factory=dict)
    suspect_before: dict[str, Any] = field(default_factory=dict)
    evidence: dict[str, Any] = field(default_factory=dict)
    decision: dict[str, Any] = field(default_factory=dict)
    suspect_after: dict[str, Any] = field(default_factory=dict)
    publish_output: str = ""
    update: UpdateResult | None = None
    second_update: UpdateResult | None = None
    v2_alert_report: dict[str, Any] = field(default_factory=dict)
    v2_sync: Any = None
    suspect_final: dict[str, Any] = field(default_factory=dict)
    stats: list[dict[str, Any]] = field(default_factory=list)


def _other_grooming() -> Conversation:
    """A grooming conversation from the hand-written dev set whose messages differ from the demo feed's."""
    coach_texts = {m.text for m in coach_conversation().messages}
    for conv in dev_conversations():
        if conv.label == "grooming" and len(conv.messages) >= 8 and not coach_texts & {m.text for m in conv.messages}:
            return conv
    raise AssertionError("the dev set has no grooming conversation")


def _benign() -> Conversation:
    return next(c for c in dev_conversations() if c.label == "benign" and len(c.messages) >= 6)


@pytest.fixture(scope="module")
def flow(start_module_server: Any, staff_key_file: Path, pinned_keys_dir: Path,
         tmp_path_factory: pytest.TempPathFactory) -> Any:
    server: LiveServer = start_module_server()
    work = tmp_path_factory.mktemp("flow")

    # Staff accounts the production way: the server's own CLI.
    server.flask("users", "create", "maria", "--role", "moderator", "--password", PASSWORD)
    moderator_token = server.flask("users", "token", "maria", "--name", "e2e").stdout.strip().splitlines()[-1]
    server.flask("users", "create", "ml-sam", "--role", "ml_staff", "--password", PASSWORD)
    ml_token = server.flask("users", "token", "ml-sam", "--name", "publish").stdout.strip().splitlines()[-1]

    recording = RecordingTransport(UrllibTransport())
    device = new_device("A", work / "device-a", server_url=server.url, keys_dir=pinned_keys_dir,
                        transport=recording)
    v1 = device.service.model_version
    run = FlowRun(server, device, recording, moderator_token, ml_token, v1=v1, v2=str(parse_version(v1).next()))
    try:
        device.service.enroll()
        mod = {"Authorization": f"Bearer {moderator_token}"}

        # Conversations arrive one message at a time; alerts are private to the child.
        coach, other, benign = coach_conversation(), _other_grooming(), _benign()
        plan = [(coach, COACH_HANDLE, "game_chat"), (benign, "classmate_e2e", benign.platform),
                (other, OTHER_HANDLE, "social_dm")]
        for conv, handle, platform in plan:
            key = f"local-chat-{uuid.uuid4().hex}"
            run.local_keys.append(key)
            run.replayed.append(conv)
            device.replay(conv, key=key, handle=handle, platform=platform)
        assert device.alerts, "no alert on the demo feed's grooming conversation"
        now = device.service.outbox.now()
        due = {e.report_id for e in device.service.outbox.due(now)}
        run.held_before_acting = [(a.report_id, device.service.outbox.get(a.report_id).state, a.report_id in due)
                                  for a in device.alerts]

        # The child shares evidence on the first coach alert only, and acts on every other alert.
        first = device.alerts[0]
        preview = device.service.evidence_preview(first.report_id)
        device.service.share_evidence(first.report_id, preview, child_consented=True)
        run.consented_report_id = first.report_id
        run.consented_items = preview.as_evidence()
        for alert in device.alerts[1:]:
            device.service.act(alert.report_id, "told_adult")
        run.first_sync = device.service.sync(force=True)

        # Two more children's devices meet the same account: the real demo command, in a subprocess.
        demo = run_cli(["-m", "device_app", "demo", "--server", server.url, "--devices", "2", "--speed", "0",
                        "--data-dir", str(work / "demo-devices")], server.env, check=False)
        run.demo_output = f"rc={demo.returncode}\n{demo.stdout}\n{demo.stderr}"

        # Moderation through the JSON API with the moderator's personal token.
        run.queue = requests.get(f"{server.api}/suspects", headers=mod, timeout=10).json()
        top = run.queue["items"][0]
        run.suspect_before = requests.get(f"{server.api}/suspects/{top['id']}", headers=mod, timeout=10).json()
        run.evidence = requests.get(f"{server.api}/reports/{run.consented_report_id}/evidence", headers=mod,
                                    timeout=10).json()
        resp = requests.post(f"{server.api}/suspects/{top['id']}/decisions", headers=mod,
                             json={"status": "escalated", "note": NOTE}, timeout=10)
        run.decision = {"status_code": resp.status_code, **resp.json()}
        run.suspect_after = requests.get(f"{server.api}/suspects/{top['id']}", headers=mod, timeout=10).json()

        # ML staff publish v2 (the shipped model re-packed under a new version) and roll it out to 100 %.
        v2_path = work / "guardline-v2.zip"
        v2_path.write_bytes(repack(run.v2))
        publish = run_cli(["-m", "model_training", "publish", str(v2_path), "--key", str(staff_key_file),
                           "--token", ml_token, "--server", server.url, "--rollout", "100"], server.env,
                          check=False)
        run.publish_output = f"rc={publish.returncode}\n{publish.stdout}\n{publish.stderr}"

        # The device verifies and swaps in v2 between two messages; the next check is a cheap 304.
        run.update = device.service.check_for_update()
        run.second_update = device.service.check_for_update()

        # Its next report carries the new model's version.
        key = f"local-chat-{uuid.uuid4().hex}"
        run.local_keys.append(key)
        run.replayed.append(coach)
        new_alerts = device.replay(coach, key=key, handle=COACH_HANDLE, platform="game_chat")
        assert new_alerts, "no alert after the update"
        run.v2_alert_report = device.service.outbox.get(new_alerts[0].report_id).report
        for alert in new_alerts:
            device.service.act(alert.report_id, "blocked")
        run.v2_sync = device.service.sync(force=True)
        run.suspect_final = requests.get(f"{server.api}/suspects/{top['id']}", headers=mod, timeout=10).json()
        run.stats = requests.get(f"{server.api}/ml/models/stats", headers={"Authorization": f"Bearer {ml_token}"},
                                 timeout=10).json()
        yield run
    finally:
        device.service.close()


def test_full_flow(flow: FlowRun) -> None:
    server, device = flow.server, flow.device
    log = server.log_tail

    # Alerts became reports in the outbox, held there (not due) until the child acted.
    assert flow.held_before_acting and all(state == "pending" and not due for _, state, due in
                                           flow.held_before_acting), flow.held_before_acting
    # Upload: everything went up, nothing was rejected, the outbox is empty.
    first_alerts = len(flow.held_before_acting)
    assert flow.first_sync.ok and flow.first_sync.uploaded == first_alerts and flow.first_sync.rejected == 0, \
        (flow.first_sync, log())
    assert flow.first_sync.pending == 0

    # The demo devices uploaded too, and the suspect all three children met tops the queue.
    assert flow.demo_output.startswith("rc=0"), flow.demo_output
    assert "every report reached the server" in flow.demo_output
    top = flow.queue["items"][0]
    assert top["handle"] == COACH_HANDLE and top["platform"] == "game_chat", flow.queue
    assert top["devices"] == 3, top
    handles = [item["handle"] for item in flow.queue["items"]]
    assert OTHER_HANDLE in handles or not any(a.contact_handle == OTHER_HANDLE for a in device.alerts), handles
    assert top["priority"] >= max(item["priority"] for item in flow.queue["items"])

    # The moderator sees the consented evidence exactly as the child previewed it, then escalates.
    timeline = {entry["report_id"]: entry for entry in flow.suspect_before["timeline"]}
    assert timeline[flow.consented_report_id]["has_evidence"] is True
    assert sum(entry["has_evidence"] for entry in timeline.values()) == 1, "evidence on more than one report"
    assert flow.evidence["items"] == flow.consented_items
    assert flow.decision["status_code"] == 201, flow.decision
    assert flow.decision["to_status"] == "escalated" and flow.decision["moderator"] == "maria"
    assert flow.suspect_after["status"] == "escalated"
    assert flow.suspect_after["decisions"][-1]["note"] == NOTE

    # ML staff published a signed v2 to 100 %; the device verified it and switched.
    assert flow.publish_output.startswith("rc=0"), flow.publish_output
    assert f"uploaded version {flow.v2}" in flow.publish_output
    assert flow.update is not None and flow.update.status == "installed", flow.update
    assert flow.update.version == flow.v2
    assert device.service.model_version == flow.v2 != flow.v1
    assert device.service.store.current.exists()
    assert flow.second_update is not None and flow.second_update.status == "up_to_date", flow.second_update
    manifest_calls = [ex for ex in flow.recording.exchanges if ex.url.endswith("/models/current")]
    assert manifest_calls[-1].headers.get("If-None-Match") and manifest_calls[-1].response.status == 304

    # The next report carries model_version v2, on the device and on the server.
    assert flow.v2_alert_report["model_version"] == flow.v2
    assert flow.v2_sync.ok and flow.v2_sync.pending == 0, flow.v2_sync
    versions = {entry["model_version"] for entry in flow.suspect_final["timeline"]}
    assert flow.v2 in versions and flow.v1 in versions, versions
    assert flow.v2 in {row["model_version"] for row in flow.stats}
    assert device.service.outbox.counts() == {"pending": 0, "sent": len(device.alerts), "rejected": 0}


# ------------------------------------------------------------------------------------------- privacy


ALLOWED_HEADERS = {"accept", "content-type", "user-agent", "authorization", "if-none-match"}
ENROLL_FIELDS = {"app_version", "os", "age_band", "enrollment_code"}
CHILD_KEYS = re.compile(rb'"(child_age|age|child_name|name|phone|location|contacts|imei|serial|android_id|'
                        rb'conversation_key|conversation_id|messages|scenario)"\s*:')


def _forms(text: str) -> list[bytes]:
    """The ways a text can appear in a UTF-8 JSON body: raw, and JSON-escaped (ASCII-only or not)."""
    forms = {text.encode(), json.dumps(text, ensure_ascii=False)[1:-1].encode(), json.dumps(text)[1:-1].encode()}
    return sorted(forms)


def _wire_without_consented_evidence(flow: FlowRun) -> bytes:
    """Every byte sent (as RecordingTransport.sent_bytes lays it out), minus the one consented evidence list."""
    parts: list[bytes] = []
    for ex in flow.recording.exchanges:
        parts.append(f"{ex.method} {ex.url}\n".encode())
        parts += [f"{k}: {v}\n".encode() for k, v in ex.headers.items()]
        body = ex.body or b""
        if body and urlsplit(ex.url).path.endswith("/reports"):
            data = json.loads(body)
            # The client's exact serialisation, so nothing outside the parsed JSON can hide in the body.
            assert json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() == body
            for report in data["reports"]:
                if report["report_id"] == flow.consented_report_id:
                    report["evidence"] = None
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        parts.append(body)
    return b"\n".join(parts)


def test_privacy_on_the_wire(flow: FlowRun) -> None:
    exchanges = flow.recording.exchanges
    wire = flow.recording.sent_bytes()

    # Only the protocol's own calls, no query strings, no extra headers (SPEC §3).
    kinds: dict[str, int] = {}
    for ex in exchanges:
        parts = urlsplit(ex.url)
        assert parts.hostname == "127.0.0.1" and not parts.query, ex.url
        kind = {("POST", "/api/v1/devices"): "enroll", ("POST", "/api/v1/reports"): "upload",
                ("GET", "/api/v1/models/current"): "manifest"}.get((ex.method, parts.path))
        if kind is None and ex.method == "GET" and re.fullmatch(r"/api/v1/models/[^/]+/bundle", parts.path):
            kind = "download"
        assert kind is not None, f"unexpected call {ex.method} {ex.url}"
        kinds[kind] = kinds.get(kind, 0) + 1
        assert {h.lower() for h in ex.headers} <= ALLOWED_HEADERS, ex.headers
        assert ex.headers.get("User-Agent") == "Guardline-Device/1.0.0"
    assert set(kinds) == {"enroll", "upload", "manifest", "download"}, kinds

    # Enrollment names an age band, never an age; reports carry exactly the SPEC §3 fields.
    reports: list[dict[str, Any]] = []
    for ex in exchanges:
        if ex.body is None:
            continue
        body = json.loads(ex.body)
        if ex.url.endswith("/devices"):
            assert set(body) <= ENROLL_FIELDS and body["age_band"] == "13-15", body
        else:
            assert set(body) == {"reports"}
            reports += body["reports"]
        assert not CHILD_KEYS.search(ex.body), ex.body[:500]
    assert {r["report_id"] for r in reports} == {a.report_id for a in flow.device.alerts}
    for report in reports:
        assert set(report) == REPORT_FIELDS, sorted(report)
        if report["report_id"] == flow.consented_report_id:
            assert report["child_action"] == "shared_evidence"
            assert report["evidence"] == flow.consented_items
        else:
            assert report["evidence"] is None, report

    # Message text: the consented evidence is on the wire, and nothing else any conversation said is.
    consented = [item["text"] for item in flow.consented_items]
    assert consented
    for text in consented:
        assert any(form in wire for form in _forms(text)), f"consented evidence missing from the wire: {text!r}"
    stripped = _wire_without_consented_evidence(flow)
    texts = {m.text for conv in flow.replayed for m in conv.messages if len(m.text.strip()) >= 6}
    assert len(texts) > 20
    leaked = sorted(t for t in texts if any(form in stripped for form in _forms(t)))
    assert leaked == [], f"message text on the wire outside the consented evidence: {leaked[:5]}"
    # Nor the local chat keys, nor the conversation files' scenario descriptions.
    for secret in flow.local_keys + [c.scenario for c in flow.replayed if c.scenario]:
        assert secret.encode() not in wire, secret

