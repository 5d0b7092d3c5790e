"""Ed25519 signatures over model bundles (SPEC §5).

ML staff hold the private key; the server and devices only ever see public keys. Keys and signatures
travel as base64 text so they fit in JSON manifests, config files and `assets/keys/*.pub`.

Where a device finds the keys it trusts (`pinned_key_sources`), all local, never from the network:
the keys shipped in the app (`assets/keys/`), the device's data folder (`<data>/keys/`), and the
paths in `GUARDLINE_PINNED_KEYS` (files or folders of `*.pub`, separated by `os.pathsep`), which is how
a deployment or `make run` pins its own ML-staff key without rebuilding the app.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

PINNED_KEYS_ENV = "GUARDLINE_PINNED_KEYS"


class SignatureError(ValueError):
    """The signature is missing, malformed, or made by a key we do not trust."""


@dataclass(frozen=True)
class KeyPair:
    private_b64: str
    public_b64: str


def generate_keypair() -> KeyPair:
    key = SigningKey.generate()
    return KeyPair(
        private_b64=base64.b64encode(bytes(key)).decode(),
        public_b64=base64.b64encode(bytes(key.verify_key)).decode(),
    )


def _decode_b64(text: str, what: str, size: int | None = None) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SignatureError(f"{what} is not valid base64") from exc
    if size is not None and len(raw) != size:
        raise SignatureError(f"{what} must be {size} bytes, got {len(raw)}")
    return raw


def sign_bytes(data: bytes, private_b64: str) -> str:
    key = SigningKey(_decode_b64(private_b64, "private key", 32))
    return base64.b64encode(key.sign(data).signature).decode()


def public_key_of(private_b64: str) -> str:
    key = SigningKey(_decode_b64(private_b64, "private key", 32))
    return base64.b64encode(bytes(key.verify_key)).decode()


def verify_bytes(data: bytes, signature_b64: str | None, public_keys_b64: Iterable[str]) -> str:
    """Return the public key that verifies `signature_b64` over `data`; raise SignatureError otherwise."""
    if not signature_b64:
        raise SignatureError("bundle is unsigned")
    signature = _decode_b64(signature_b64, "signature", 64)
    keys = list(public_keys_b64)
    if not keys:
        raise SignatureError("no trusted public keys are configured")
    for public_b64 in keys:
        verify_key = VerifyKey(_decode_b64(public_b64, "public key", 32))
        try:
            verify_key.verify(data, signature)
        except BadSignatureError:
            continue
        return public_b64
    raise SignatureError("signature does not verify against any trusted key")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_key_file(path: str | Path) -> str:
    """Key files hold one base64 key; blank lines and '#' comments are allowed."""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    raise SignatureError(f"{path}: no key found")


def load_public_keys(directory: str | Path) -> list[str]:
    """All pinned public keys (`*.pub`) in a directory, sorted by file name."""
    return [read_key_file(p) for p in sorted(Path(directory).glob("*.pub"))]


def pinned_key_sources(
    base: Sequence[str | Path], environ: Mapping[str, str] | None = None
) -> list[Path]:
    """`base` (the app's and the data folder's key folders) plus the paths named in GUARDLINE_PINNED_KEYS."""
    env = os.environ if environ is None else environ
    extra = [p for p in env.get(PINNED_KEYS_ENV, "").split(os.pathsep) if p.strip()]
    return [Path(p).expanduser() for p in [*base, *extra]]


def load_pinned_keys(sources: Iterable[str | Path]) -> list[str]:
    """Every public key in `sources` (a `.pub` file, or a folder of them; missing paths are skipped).

    Each key is checked to be 32 bytes of base64, so a typo in a deployment's file is reported by name
    instead of surfacing later as "signature does not verify".
    """
    keys: list[str] = []
    for source in map(Path, sources):
        files = sorted(source.glob("*.pub")) if source.is_dir() else [source] if source.is_file() else []
        for path in files:
            key = read_key_file(path)
            _decode_b64(key, f"the public key in {path}", 32)
            if key not in keys:
                keys.append(key)
    return keys
