"""`python -m model_training publish`: sign a bundle offline, upload it, optionally start a rollout.

Signing happens here, on the ML engineer's machine; the server only verifies against public keys.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from device_app.core.bundle import BundleError, parse_bundle
from device_app.core.signing import SignatureError, public_key_of, sign_bytes, verify_bytes

from .keys import read_private_key


def sign_bundle_file(bundle_path: Path, private_b64: str) -> str:
    data = bundle_path.read_bytes()
    parse_bundle(data)  # never sign something a device would refuse to open
    signature = sign_bytes(data, private_b64)
    verify_bytes(data, signature, [public_key_of(private_b64)])
    return signature


def _fail(message: str) -> int:
    print(f"publish: {message}", file=sys.stderr)
    return 2


def publish(args: argparse.Namespace) -> int:
    import requests

    bundle_path = Path(args.bundle)
    try:
        signature = sign_bundle_file(bundle_path, read_private_key(args.key))
    except (OSError, PermissionError, BundleError, SignatureError) as exc:
        return _fail(str(exc))
    sig_path = bundle_path.with_name(bundle_path.name + ".sig")
    sig_path.write_text(signature + "\n", encoding="utf-8")
    print(f"signed {bundle_path} -> {sig_path}")
    if args.sign_only:
        return 0
    if not args.token:
        return _fail("an ML-staff API token is required (--token or GUARDLINE_STAFF_TOKEN)")
    base = args.server.rstrip("/") + "/api/v1/ml"
    headers = {"Authorization": f"Bearer {args.token}"}
    try:
        with bundle_path.open("rb") as fh:
            resp = requests.post(f"{base}/models", headers=headers, data={"signature": signature},
                                 files={"file": (bundle_path.name, fh, "application/zip")}, timeout=60)  # fmt: skip
        if resp.status_code != 201:
            return _fail(f"upload refused ({resp.status_code}): {resp.text.strip()[:500]}")
        release = resp.json()
        print(f"uploaded version {release['version']} (sha256 {release['sha256'][:12]}…)")
        if args.rollout is not None:
            resp = requests.post(f"{base}/rollout/stage", headers=headers,
                                 json={"version": release["version"], "percent": args.rollout}, timeout=30)  # fmt: skip
            if resp.status_code != 200:
                return _fail(f"rollout refused ({resp.status_code}): {resp.text.strip()[:500]}")
            if args.rollout >= 100:
                resp = requests.post(f"{base}/rollout/promote", headers=headers, timeout=30)
                if resp.status_code != 200:
                    return _fail(f"promote refused ({resp.status_code}): {resp.text.strip()[:500]}")
            print(f"rollout: {release['version']} offered to {args.rollout}% of devices")
    except requests.RequestException as exc:
        return _fail(f"cannot reach the server at {args.server}: {exc}")
    return 0
