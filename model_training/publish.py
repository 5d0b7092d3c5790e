"""`python -m model_training publish`: sign a bundle offline, upload it, optionally start a rollout.

Signing happens here, on the ML engineer's machine; the server only verifies against public keys.

`--as-version V` publishes the same model re-packed under version V: devices never install a version
lower than or equal to the one they run (SPEC §5), so withdrawing a bad model means publishing the
previous one again under a new, higher version. `--as-version next` picks the smallest version above
both the bundle's own and every version the server already holds, dated today when that is later.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from device_app.core.bundle import BundleError, pack_bundle, parse_bundle
from device_app.core.signing import SignatureError, public_key_of, sign_bytes, verify_bytes
from device_app.core.versions import VersionError, parse_version

from .keys import read_private_key


def sign_bundle_file(bundle_path: Path, private_b64: str) -> str:
    data = bundle_path.read_bytes()
    parse_bundle(data)  # never sign something a device would refuse to open
    signature = sign_bytes(data, private_b64)
    verify_bytes(data, signature, [public_key_of(private_b64)])
    return signature


def next_version(current: str, taken: list[str], today: datetime | None = None) -> str:
    """The smallest well-formed version above `current` and every version in `taken`."""
    known = [parse_version(current)]
    for version in taken:
        try:
            known.append(parse_version(version))
        except VersionError:
            continue  # hand-made releases outside the scheme do not take part in the order
    return str(max(known).next((today or datetime.now(UTC)).date()))


def reversioned(data: bytes, version: str) -> bytes:
    """The same model and settings under another version; refuses a version that is not higher."""
    bundle = parse_bundle(data)
    new, old = parse_version(version), parse_version(bundle.version)
    if not new > old:
        raise VersionError(f"{version} is not higher than the bundle's own {bundle.version}; devices would refuse it")
    return pack_bundle(replace(bundle.manifest, version=str(new)), bundle.model_bytes)


def _server_versions(requests: Any, base: str, headers: dict[str, str]) -> list[str]:
    resp = requests.get(f"{base}/models", headers=headers, timeout=30)
    if resp.status_code != 200:
        raise ValueError(f"cannot list the server's versions ({resp.status_code}): {resp.text.strip()[:300]}")
    return [str(r.get("version", "")) for r in resp.json()]


def _fail(message: str) -> int:
    print(f"publish: {message}", file=sys.stderr)
    return 2


def publish(args: argparse.Namespace) -> int:
    import requests

    bundle_path = Path(args.bundle)
    base = args.server.rstrip("/") + "/api/v1/ml"
    headers = {"Authorization": f"Bearer {args.token}"}
    as_version = getattr(args, "as_version", None)
    try:
        if as_version:
            data = bundle_path.read_bytes()
            if as_version == "next":
                taken = [] if args.sign_only or not args.token else _server_versions(requests, base, headers)
                as_version = next_version(parse_bundle(data).version, taken)
            out = Path(args.out) if getattr(args, "out", None) else bundle_path.with_name(
                f"{bundle_path.stem}-{as_version}.zip")
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(reversioned(data, as_version))
            print(f"re-packed {bundle_path} as version {as_version} -> {out}")
            bundle_path = out
        signature = sign_bundle_file(bundle_path, read_private_key(args.key))
    except (OSError, PermissionError, BundleError, SignatureError, ValueError) as exc:
        return _fail(str(exc))
    except requests.RequestException as exc:
        return _fail(f"cannot reach the server at {args.server}: {exc}")
    sig_path = bundle_path.with_name(bundle_path.name + ".sig")
    sig_path.write_text(signature + "\n", encoding="utf-8")
    print(f"signed {bundle_path} -> {sig_path}")
    if args.sign_only:
        return 0
    if not args.token:
        return _fail("an ML-staff API token is required (--token or GUARDLINE_STAFF_TOKEN)")
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
