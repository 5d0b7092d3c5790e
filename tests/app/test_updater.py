"""Model updates: only a signed, intact bundle that works replaces the running one (SPEC §5).

A real HTTP server on 127.0.0.1 serves the manifest and the bundle; keys are real Ed25519 keys made
here, pinned in a temp directory the way assets/keys pins the ML team's key in the app.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from device_app.core.bundle import load_bundle, pack_bundle, parse_bundle
from device_app.core.conversations import Message
from device_app.core.signing import (
    PINNED_KEYS_ENV,
    generate_keypair,
    pinned_key_sources,
    sha256_hex,
    sign_bytes,
)
from device_app.core.tracker import MessageScores
from device_app.core.updater import ModelStore, Updater, UpdateRefused, sanity_check
from device_app.core.versions import BundleVersion, VersionError, parse_version
from model_training.publish import next_version, reversioned

NEW_VERSION = "2099.01.01-1"


@pytest.fixture
def keys(tmp_path: Path):
    pair = generate_keypair()
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    (keys_dir / "ml-team.pub").write_text(pair.public_b64 + "\n")
    return pair, keys_dir


@pytest.fixture
def shipped(bundle_path: Path):
    return load_bundle(bundle_path)


def new_bundle(shipped, version: str = NEW_VERSION, model: bytes | None = None, **manifest_changes) -> bytes:
    model = shipped.model_bytes if model is None else model
    manifest = replace(shipped.manifest, version=version, model_sha256=sha256_hex(model), **manifest_changes)
    return pack_bundle(manifest, model)


def publish(server, data: bytes, signature: str | None, **manifest):
    server.state.bundle = data
    server.state.manifest = {
        "version": NEW_VERSION, "sha256": sha256_hex(data), "size": len(data), "signature": signature,
        "created_at": "2099-01-01T00:00:00Z", "min_app_version": "1.0.0", "download_url": "/bundles/new.zip",
        **manifest,
    }  # fmt: skip


@pytest.fixture
def device(make_service, server, keys):
    return make_service(server_url=server.url, keys_dir=keys[1])


def test_a_signed_bundle_is_installed_and_swapped_in(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    result = device.check_for_update()
    assert result.status == "installed" and device.model_version == NEW_VERSION


def test_the_installed_bundle_is_on_disk_byte_for_byte(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    device.check_for_update()
    assert device.store.current.read_bytes() == data


def test_conversations_keep_their_history_across_a_swap(device, server, keys, shipped):
    device.handle_incoming(
        "chat", Message("contact", "how old are you? are you home alone?"), "game_chat", "x"
    )
    before = device.monitor.state("chat").risks[:]
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    device.check_for_update()
    assert device.monitor.state("chat").risks == before


def test_an_unchanged_manifest_downloads_nothing(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    device.check_for_update()
    assert device.check_for_update().status == "up_to_date" and server.state.downloads == 1


def refused(device) -> str:
    running = device.monitor.detector
    result = device.check_for_update()
    assert result.status == "refused" and device.monitor.detector is running  # scanning went on unchanged
    assert not device.store.current.exists()
    return result.reason


def test_an_unsigned_bundle_is_refused(device, server, shipped):
    publish(server, new_bundle(shipped), None)
    assert refused(device) == "unsigned"


def test_a_bundle_signed_by_an_unpinned_key_is_refused(device, server, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, generate_keypair().private_b64))
    assert refused(device) == "bad_signature"


def test_a_tampered_bundle_with_a_matching_hash_is_refused_by_its_signature(device, server, keys, shipped):
    data = new_bundle(shipped)
    signature = sign_bytes(data, keys[0].private_b64)
    tampered = new_bundle(shipped, model=shipped.model_bytes[:-1] + bytes([shipped.model_bytes[-1] ^ 1]))
    publish(server, tampered, signature)
    assert refused(device) == "bad_signature"


def test_bytes_changed_in_transit_are_refused_by_their_hash(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    server.state.bundle_served = data[:-1] + bytes([data[-1] ^ 1])
    assert refused(device) == "sha256_mismatch"


def test_a_truncated_download_is_refused(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    server.state.bundle_served = data[: len(data) // 2]
    assert refused(device) == "truncated"


def test_a_truncated_download_is_tried_again_next_time(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    server.state.bundle_served = data[: len(data) // 2]
    device.check_for_update()
    server.state.bundle_served = None
    assert device.check_for_update().status == "installed"


def test_a_bundle_for_another_featuriser_is_refused(device, server, keys, shipped):
    data = new_bundle(shipped, fingerprint="0" * 64)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    assert refused(device) == "fingerprint_mismatch"


def test_a_signed_but_corrupt_bundle_is_refused(device, server, keys):
    data = b"PK\x03\x04 this is not really a zip"
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    assert refused(device) == "corrupt"


def test_a_model_that_does_not_load_is_refused(device, server, keys, shipped):
    data = new_bundle(shipped, model=b"\x00" * 4096)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    assert refused(device) == "does_not_load"


def test_a_manifest_naming_another_version_is_refused(device, server, keys, shipped):
    data = new_bundle(shipped, version="2098.12.31-9")
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    assert refused(device) == "version_mismatch"


def test_a_model_needing_a_newer_app_is_not_downloaded(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64), min_app_version="9.0.0")
    assert refused(device) == "app_too_old" and server.state.downloads == 0


def test_a_refused_bundle_is_not_downloaded_again(device, server, shipped):
    publish(server, new_bundle(shipped), None)
    device.check_for_update()
    device.check_for_update()
    assert server.state.downloads == 1


def test_a_dead_server_leaves_the_model_running(make_service, keys):
    from .fake_server import dead_url

    device = make_service(server_url=dead_url(), keys_dir=keys[1])
    device.outbox.set_state(**{"device.token": "t"})
    assert device.check_for_update().status == "unavailable"


class ConstantDetector:
    """Scores every message the same: a model that cannot tell grooming from homework."""

    def __init__(self, value: float) -> None:
        self.value = value

    def new_conversation(self, cid):
        return None

    def observe(self, state, message):
        from device_app.core.pipeline import Step

        scores = MessageScores(self.value, {"secrecy": self.value})
        return Step(0, self.value, scores)


def test_a_model_that_ranks_the_probes_wrong_fails_the_sanity_check():
    with pytest.raises(UpdateRefused) as info:
        sanity_check(ConstantDetector(0.5))
    assert info.value.reason == "failed_sanity"


def test_a_model_giving_non_finite_scores_fails_the_sanity_check():
    with pytest.raises(UpdateRefused, match="non-finite"):
        sanity_check(ConstantDetector(float(np.nan)))


def test_the_shipped_model_passes_the_sanity_check(detector):
    sanity_check(detector)


def test_a_bundle_that_fails_to_load_from_disk_is_rolled_back(device, server, keys, shipped):
    def broken_disk_loader(path):
        raise OSError("disk read error")

    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    device.enroll()
    updater = Updater(
        device._client(), device.store, device.outbox, swap=device._swap, current_version=lambda: device.model_version,
        keys_dir=keys[1], path_loader=broken_disk_loader,
    )  # fmt: skip
    result = updater.check()
    assert result.reason == "install_failed" and not device.store.current.exists()
    assert device.model_version == shipped.version


def test_rollback_restores_the_previous_bundle(tmp_path, shipped):
    store = ModelStore(tmp_path / "models")
    store.install(b"first")
    store.install(b"second")
    store.rollback()
    assert store.current.read_bytes() == b"first"


def test_a_broken_current_bundle_at_start_falls_back_to_the_previous_one(tmp_path, shipped, bundle_path):
    store = ModelStore(tmp_path / "models", shipped=bundle_path)
    good = new_bundle(shipped)
    store.install(good)
    store.install(b"garbage that is not a bundle")
    detector, source = store.load_detector()
    assert detector.model_version == NEW_VERSION and store.current.read_bytes() == good


def test_with_nothing_installed_the_shipped_bundle_runs(tmp_path, shipped, bundle_path):
    detector, source = ModelStore(tmp_path / "models", shipped=bundle_path).load_detector()
    assert source == "shipped" and detector.model_version == shipped.version


def test_installing_leaves_no_temporary_files(tmp_path):
    store = ModelStore(tmp_path / "models")
    store.install(b"one")
    store.install(b"two")
    assert sorted(p.name for p in store.dir.iterdir()) == ["current.zip", "previous.zip"]


def test_bytes_corrupted_in_transit_are_tried_again_next_time(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    server.state.bundle_served = data[:-1] + bytes([data[-1] ^ 1])
    device.check_for_update()
    server.state.bundle_served = None
    assert device.check_for_update().status == "installed"


def test_an_unsigned_bundle_signed_later_is_accepted(device, server, keys, shipped):
    data = new_bundle(shipped)
    publish(server, data, None)
    device.check_for_update()
    publish(server, data, sign_bytes(data, keys[0].private_b64))
    assert device.check_for_update().status == "installed"


# -- no downgrades (SPEC §5: YYYY.MM.DD-N, by date then N; never lower or equal) ------------------


def test_versions_order_by_date_then_n():
    ordered = ["2025.12.31-9", "2026.01.01-1", "2026.01.01-2", "2026.01.01-10", "2026.02.01-1"]
    assert sorted(ordered, key=parse_version) == ordered


@pytest.mark.parametrize("text", ["1.0.0", "2026.1.1-1", "2026.02.30-1", "2026.01.01-0", "2026.01.01", "", "9" * 400])
def test_a_version_that_is_not_a_real_date_and_count_does_not_parse(text):
    with pytest.raises(VersionError):
        parse_version(text)


def test_an_older_correctly_signed_bundle_is_refused_without_downloading_it(device, server, keys, shipped):
    older = str(BundleVersion(parse_version(shipped.version).day - timedelta(days=1), 1))
    data = new_bundle(shipped, version=older)
    publish(server, data, sign_bytes(data, keys[0].private_b64), version=older)
    assert refused(device) == "downgrade" and server.state.downloads == 0


def test_the_running_version_under_other_bytes_is_not_installed(device, server, keys, shipped):
    data = new_bundle(shipped, version=shipped.version, min_app_version="1.0.0", metrics={"x": 1})
    publish(server, data, sign_bytes(data, keys[0].private_b64), version=shipped.version)
    assert device.check_for_update().status == "up_to_date" and server.state.downloads == 0


def test_replaying_the_bundle_an_update_replaced_is_refused(device, server, keys, shipped):
    first, second = new_bundle(shipped, "2099.01.01-1"), new_bundle(shipped, "2099.01.01-2")
    for version, data in (("2099.01.01-1", first), ("2099.01.01-2", second)):
        publish(server, data, sign_bytes(data, keys[0].private_b64), version=version)
        assert device.check_for_update().status == "installed"
    publish(server, first, sign_bytes(first, keys[0].private_b64), version="2099.01.01-1")
    result = device.check_for_update()
    assert (result.status, result.reason, device.model_version) == ("refused", "downgrade", "2099.01.01-2")


def test_a_manifest_with_a_malformed_version_is_refused(device, server, keys, shipped):
    data = new_bundle(shipped, version="e2e-latest")
    publish(server, data, sign_bytes(data, keys[0].private_b64), version="e2e-latest")
    assert refused(device) == "bad_version"


def test_a_newer_bundle_shipped_with_an_app_update_wins_over_an_older_download(tmp_path, shipped):
    store = ModelStore(tmp_path / "models", shipped=tmp_path / "shipped.zip")
    store.install(new_bundle(shipped, "2027.01.01-1"))
    (tmp_path / "shipped.zip").write_bytes(new_bundle(shipped, "2027.06.01-1"))
    detector, source = store.load_detector()
    assert (source, detector.model_version) == ("shipped", "2027.06.01-1")


# -- pinned keys: configuration or the data folder, never the network -----------------------------


@pytest.fixture
def unpinned_device(make_service, server, tmp_path):
    """A device whose app ships no key at all (what a fresh checkout is)."""
    empty = tmp_path / "no-keys"
    empty.mkdir()
    return make_service(server_url=server.url, keys_dir=empty)


def test_without_any_pinned_key_no_update_is_accepted(unpinned_device, server, shipped):
    pair = generate_keypair()
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, pair.private_b64), public_key=pair.public_b64)
    assert refused(unpinned_device) == "no_trusted_keys"


def test_a_key_file_named_in_guardline_pinned_keys_is_trusted(unpinned_device, server, shipped, tmp_path, monkeypatch):
    pair = generate_keypair()
    (tmp_path / "deploy.pub").write_text("# deployment key\n" + pair.public_b64 + "\n")
    monkeypatch.setenv(PINNED_KEYS_ENV, str(tmp_path / "missing") + os.pathsep + str(tmp_path / "deploy.pub"))
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, pair.private_b64))
    assert unpinned_device.check_for_update().status == "installed"


def test_a_key_folder_named_in_guardline_pinned_keys_is_trusted(unpinned_device, server, shipped, tmp_path, monkeypatch):
    pair = generate_keypair()
    (tmp_path / "deploy-keys").mkdir()
    (tmp_path / "deploy-keys" / "ml.pub").write_text(pair.public_b64 + "\n")
    monkeypatch.setenv(PINNED_KEYS_ENV, str(tmp_path / "deploy-keys"))
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, pair.private_b64))
    assert unpinned_device.check_for_update().status == "installed"


def test_a_malformed_pinned_key_is_refused_naming_its_file(unpinned_device, server, shipped, tmp_path, monkeypatch):
    (tmp_path / "typo.pub").write_text("not-base64-at-all!\n")
    monkeypatch.setenv(PINNED_KEYS_ENV, str(tmp_path / "typo.pub"))
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, generate_keypair().private_b64))
    result = unpinned_device.check_for_update()
    assert result.reason == "no_trusted_keys" and "typo.pub" in result.message


def test_pinned_key_sources_never_include_anything_from_the_server(tmp_path):
    sources = pinned_key_sources([tmp_path / "app-keys"], {PINNED_KEYS_ENV: ""})
    assert sources == [tmp_path / "app-keys"]


# -- publishing the same model again under a higher version (model_training publish --as-version) ---


def test_the_next_version_is_above_the_bundle_and_every_server_version():
    today = datetime(2026, 12, 6, 12, 0)
    assert next_version("2026.11.24-1", ["2026.12.06-1", "e2e-v2", "2026.12.01-7"], today) == "2026.12.06-2"


def test_the_next_version_moves_to_today_when_today_is_later():
    assert next_version("2026.11.24-3", [], datetime(2026, 12, 6)) == "2026.12.06-1"


def test_re_versioning_refuses_a_version_that_devices_would_refuse(shipped, bundle_path):
    with pytest.raises(VersionError, match="not higher"):
        reversioned(bundle_path.read_bytes(), shipped.version)


def test_a_re_versioned_bundle_keeps_the_model_and_changes_only_the_version(shipped, bundle_path):
    again = parse_bundle(reversioned(bundle_path.read_bytes(), "2099.01.01-1"))
    assert again.model_bytes == shipped.model_bytes and again.manifest == replace(shipped.manifest, version="2099.01.01-1")


def test_a_key_in_the_devices_data_folder_is_trusted(unpinned_device, server, shipped):
    pair = generate_keypair()
    keys = unpinned_device.config.data_dir / "keys"
    keys.mkdir()
    (keys / "deployment.pub").write_text(pair.public_b64 + "\n")
    data = new_bundle(shipped)
    publish(server, data, sign_bytes(data, pair.private_b64))
    assert unpinned_device.check_for_update().status == "installed"
