"""The HTTP client speaks SPEC §3 over stdlib urllib and turns every failure into a typed error."""

from __future__ import annotations

import json

import pytest

from device_app.core.sync_client import (
    AuthError,
    ProtocolError,
    RecordingTransport,
    ServerUnavailable,
    SyncClient,
)

from .fake_server import FakeServer, dead_url


def report(rid: str, platform: str = "game_chat") -> dict:
    return {"report_id": rid, "platform": platform, "created_at": "2026-11-24T10:00:00Z"}


@pytest.fixture
def client(server: FakeServer) -> SyncClient:
    c = SyncClient(server.url)
    c.enroll("13-15")
    return c


def test_enrolling_returns_a_device_id_and_a_token(server):
    enrollment = SyncClient(server.url).enroll("under-13", enrollment_code="SCHOOL-1")
    assert enrollment.device_id and enrollment.device_token in server.state.tokens


def test_enrolling_sends_only_app_version_os_age_band_and_code(server):
    SyncClient(server.url).enroll("under-13", enrollment_code="SCHOOL-1")
    body = json.loads(server.state.requests[-1][3])
    assert set(body) == {"app_version", "os", "age_band", "enrollment_code"}


def test_upload_reports_counts_accepted_and_duplicates(client):
    client.upload_reports([report("a"), report("b")])
    result = client.upload_reports([report("a"), report("c")])
    assert (result.accepted, result.duplicates) == (1, 1)


def test_upload_reports_passes_on_rejections(client, server):
    server.state.reject_platform = "bad"
    result = client.upload_reports([report("a"), report("b", platform="bad")])
    assert result.accepted == 1 and result.rejected[0]["index"] == 1


def test_more_than_one_hundred_reports_per_call_is_refused_before_sending(client):
    with pytest.raises(ValueError):
        client.upload_reports([report(str(i)) for i in range(101)])


def test_the_device_token_goes_in_a_bearer_header(client, server):
    client.upload_reports([report("a")])
    assert server.state.requests[-1][2]["Authorization"] == f"Bearer {client.token}"


def test_a_dead_server_gives_server_unavailable():
    with pytest.raises(ServerUnavailable, match="cannot reach"):
        SyncClient(dead_url()).enroll("13-15")


def test_a_failing_server_gives_server_unavailable(client, server):
    server.state.fail_with = 503
    with pytest.raises(ServerUnavailable, match="503"):
        client.upload_reports([report("a")])


def test_an_unknown_token_gives_an_auth_error(server):
    with pytest.raises(AuthError):
        SyncClient(server.url, token="nope").upload_reports([report("a")])


def test_calling_without_enrolling_gives_an_auth_error_without_a_request(server):
    with pytest.raises(AuthError, match="not enrolled"):
        SyncClient(server.url).upload_reports([report("a")])
    assert server.state.requests == []


def test_the_manifest_comes_with_its_etag(client, server):
    server.state.manifest = {
        "version": "2",
        "sha256": "ab" * 32,
        "size": 10,
        "signature": "s",
        "created_at": "",
        "min_app_version": "1.0.0",
        "download_url": "/bundles/2.zip",
    }
    assert client.current_model().etag == server.state.etag


def test_an_unchanged_manifest_answers_none(client, server):
    server.state.manifest = {
        "version": "2",
        "sha256": "ab" * 32,
        "size": 10,
        "signature": "s",
        "created_at": "",
        "min_app_version": "1.0.0",
        "download_url": "/bundles/2.zip",
    }
    assert client.current_model(etag=server.state.etag) is None


def test_a_manifest_without_fields_is_a_protocol_error(client, server):
    server.state.manifest = {"version": "2"}
    with pytest.raises(ProtocolError, match="lacks"):
        client.current_model()


def test_a_download_larger_than_announced_is_cut_off(client, server):
    server.state.bundle = b"x" * 100
    with pytest.raises(ProtocolError, match="more than"):
        client.download("/bundles/b.zip", max_bytes=50)


def test_the_recording_transport_keeps_every_byte_sent(server):
    recorder = RecordingTransport()
    c = SyncClient(server.url, transport=recorder)
    c.enroll("13-15")
    c.upload_reports([report("zzz-unique")])
    assert b"zzz-unique" in recorder.sent_bytes() and len(recorder.exchanges) == 2


def test_the_recording_transport_records_failed_attempts_too():
    recorder = RecordingTransport()
    with pytest.raises(ServerUnavailable):
        SyncClient(dead_url(), transport=recorder).enroll("13-15")
    assert recorder.exchanges[0].error
