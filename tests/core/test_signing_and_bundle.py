"""Ed25519 signatures and bundle parsing: what the device and the server rely on to refuse bad models."""

import io
import zipfile

import pytest

from device_app.core.bundle import BundleError, PolicySettings, load_bundle, pack_bundle, parse_bundle
from device_app.core.signing import SignatureError, generate_keypair, sign_bytes, verify_bytes


def test_a_signature_verifies_with_the_matching_public_key():
    keys = generate_keypair()
    sig = sign_bytes(b"bundle", keys.private_b64)
    assert verify_bytes(b"bundle", sig, [keys.public_b64]) == keys.public_b64


def test_a_signature_from_another_key_is_refused():
    sig = sign_bytes(b"bundle", generate_keypair().private_b64)
    with pytest.raises(SignatureError, match="does not verify"):
        verify_bytes(b"bundle", sig, [generate_keypair().public_b64])


def test_tampered_bytes_are_refused():
    keys = generate_keypair()
    sig = sign_bytes(b"bundle", keys.private_b64)
    with pytest.raises(SignatureError):
        verify_bytes(b"bundlE", sig, [keys.public_b64])


def test_an_unsigned_bundle_is_refused():
    with pytest.raises(SignatureError, match="unsigned"):
        verify_bytes(b"bundle", None, [generate_keypair().public_b64])


def test_garbage_signature_text_gets_a_clear_error():
    with pytest.raises(SignatureError, match="base64"):
        verify_bytes(b"bundle", "not base64!!", [generate_keypair().public_b64])


def test_shipped_bundle_round_trips_through_pack_and_parse():
    shipped = load_bundle()
    again = parse_bundle(pack_bundle(shipped.manifest, shipped.model_bytes))
    assert again.manifest == shipped.manifest and again.model_bytes == shipped.model_bytes


def test_packing_is_deterministic():
    shipped = load_bundle()
    assert pack_bundle(shipped.manifest, shipped.model_bytes) == pack_bundle(shipped.manifest, shipped.model_bytes)


def test_truncated_bundle_is_refused():
    data = pack_bundle(load_bundle().manifest, load_bundle().model_bytes)
    with pytest.raises(BundleError, match="zip"):
        parse_bundle(data[: len(data) // 2])


def test_model_not_matching_its_manifest_hash_is_refused():
    shipped = load_bundle()
    with pytest.raises(BundleError, match="sha256"):
        parse_bundle(pack_bundle(shipped.manifest, shipped.model_bytes + b"x"))


def test_bundle_without_a_model_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("manifest.json", "{}")
    with pytest.raises(BundleError, match="lacks"):
        parse_bundle(buf.getvalue())


def test_bundle_for_another_featuriser_is_refused():
    from dataclasses import replace

    shipped = load_bundle()
    other = parse_bundle(pack_bundle(replace(shipped.manifest, fingerprint="0" * 64), shipped.model_bytes))
    with pytest.raises(BundleError, match="fingerprint"):
        other.check_fingerprint()


def test_policy_settings_round_trip_through_the_manifest():
    policy = PolicySettings(alert_threshold=0.8, tag_thresholds={"gifts": 0.6})
    assert PolicySettings.from_dict(policy.to_dict()) == policy
