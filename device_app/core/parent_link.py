"""Parent alerts, end to end encrypted (SPEC §4): pairing codes, key checks and sealed alert summaries.

The child's device and the parent's device each make an X25519 key pair and swap public keys through
the sync server. The server relays, so it could try to swap in keys of its own; three things stop it:

* the one-time pairing code (80 random bits, shown behind the PIN on the child's device and typed or
  scanned on the parent's) never reaches the server. The server sees only `pairing_id`, a one-way hash
  of it; both devices derive from the code a MAC key that tags their own public key (and the parent's
  tag also covers the child's key). A key swapped in by the server carries no valid tag;
* both screens then show a six-digit verification code computed from both public keys, for the parent
  to compare (a second, human check that needs no trust in this code);
* alert summaries are sealed with `crypto_box` from the child's key to the parent's key: only the
  parent can open one, and the parent knows the paired child sealed it.

A summary holds the date, platform, contact, tactics and severity of one alert — never message text —
padded to a fixed size so its length tells the server nothing. Opening refuses any other field.

Exceptions::

    ParentLinkError (ValueError)
    ├── PairingCodeError      a code that is not 16 pairing-code characters
    ├── KeyCheckFailed        a public key whose tag does not verify: someone swapped keys
    └── SealError             a sealed item that does not open, or opens to something not a summary
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from nacl.exceptions import CryptoError
from nacl.public import Box, PrivateKey, PublicKey

from .vocabulary import TACTIC_SEVERITY, TACTICS, Severity

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 16  # 80 bits
_READ_AS = {"O": "0", "I": "1", "L": "1"}
SUMMARY_FIELDS = frozenset({"v", "item_id", "created_at", "platform", "contact", "tactics", "severity"})
SEALED_SIZE = 512  # every summary is padded to this many bytes before sealing
MAX_CONTACT = 128
MAX_PLATFORM = 32


class ParentLinkError(ValueError):
    """Pairing or sealing failed; the message says why in words a parent can act on."""


class PairingCodeError(ParentLinkError):
    pass


class KeyCheckFailed(ParentLinkError):
    pass


class SealError(ParentLinkError):
    pass


# -- the one-time pairing code -------------------------------------------------------------------


@dataclass(frozen=True)
class PairingCode:
    """16 characters of Crockford base32; shown as four groups of four."""

    text: str

    @classmethod
    def new(cls) -> PairingCode:
        return cls("".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH)))

    @classmethod
    def parse(cls, typed: str) -> PairingCode:
        """What a parent typed: case, spaces and dashes do not matter; O/I/L read as 0/1/1."""
        if not isinstance(typed, str) or len(typed) > 64:
            raise PairingCodeError("a pairing code is 16 letters and digits")
        cleaned = "".join(_READ_AS.get(c, c) for c in typed.upper() if c not in " -\t")
        if len(cleaned) != CODE_LENGTH or any(c not in ALPHABET for c in cleaned):
            raise PairingCodeError(
                "that is not a pairing code: it has 16 letters and digits, like ABCD-EFGH-JKMN-PQRS"
            )
        return cls(cleaned)

    @property
    def display(self) -> str:
        return "-".join(self.text[i : i + 4] for i in range(0, CODE_LENGTH, 4))

    def _derive(self, purpose: bytes, size: int) -> bytes:
        return hashlib.blake2b(self.text.encode("ascii"), digest_size=size, person=purpose).digest()

    @property
    def pairing_id(self) -> str:
        """What the server may know: finds the pairing, reveals nothing of the code (one-way, 80 bits)."""
        return self._derive(b"guardline-pair-i", 16).hex()

    @property
    def mac_key(self) -> bytes:
        """Never leaves the two devices."""
        return self._derive(b"guardline-pair-m", 32)


def _tag(key: bytes, role: bytes, *public_keys: bytes) -> str:
    digest = hashlib.blake2b(role + b"".join(public_keys), key=key, digest_size=32).digest()
    return base64.b64encode(digest).decode()


def child_tag(code: PairingCode, child_key: str) -> str:
    return _tag(code.mac_key, b"child", decode_key(child_key))


def parent_tag(code: PairingCode, parent_key: str) -> str:
    return _tag(code.mac_key, b"parent", decode_key(parent_key))


def check_child_key(code: PairingCode, child_key: str, tag: str) -> None:
    """On the parent's device: the child's key really came from the device showing this code."""
    if not hmac.compare_digest(child_tag(code, child_key), str(tag)):
        raise KeyCheckFailed("the child's key does not match the pairing code; pair again with a new code")


def check_parent_key(code: PairingCode, parent_key: str, tag: str) -> None:
    """On the child's device: the parent's key really came from someone who typed this code."""
    if not hmac.compare_digest(parent_tag(code, parent_key), str(tag)):
        raise KeyCheckFailed("the parent's key does not match the pairing code; pair again with a new code")


def verification_code(child_key: str, parent_key: str) -> str:
    """Six digits both phones show after pairing ("123 456"); equal digits mean no one sits between."""
    digest = hashlib.blake2b(
        decode_key(child_key) + decode_key(parent_key), digest_size=8, person=b"guardline-pair-v"
    ).digest()
    number = int.from_bytes(digest, "big") % 1_000_000
    return f"{number // 1000:03d} {number % 1000:03d}"


# -- keys ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyPair:
    """An X25519 key pair as base64 text (the private half stays on its device)."""

    private_b64: str
    public_b64: str

    @classmethod
    def new(cls) -> KeyPair:
        key = PrivateKey.generate()
        return cls(_b64(bytes(key)), _b64(bytes(key.public_key)))

    @property
    def private_key(self) -> PrivateKey:
        return PrivateKey(decode_key(self.private_b64))


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def decode_key(text: str) -> bytes:
    """A 32-byte key from base64; a clear error for anything else."""
    try:
        raw = base64.b64decode(str(text), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ParentLinkError("a key is not valid base64") from exc
    if len(raw) != 32:
        raise ParentLinkError(f"a key must be 32 bytes, got {len(raw)}")
    return raw


# -- alert summaries -----------------------------------------------------------------------------


def severity_of(tactics: tuple[str, ...]) -> str:
    levels = [TACTIC_SEVERITY[t] for t in tactics if t in TACTIC_SEVERITY]
    return (max(levels) if levels else Severity.LOW).name.lower()


def _clean(text: str, limit: int, what: str) -> str:
    """Printable text only (no control or bidi characters, which could disguise a name), capped."""
    if not isinstance(text, str):
        raise SealError(f"{what} must be text")
    out = "".join(c for c in text if c.isprintable() and not 0x202A <= ord(c) <= 0x202E and not 0x2066 <= ord(c) <= 0x2069)
    return out[:limit]


@dataclass(frozen=True)
class AlertSummary:
    """What a parent learns about one alert. No field can hold message text: the contact is a handle."""

    item_id: str
    created_at: datetime  # aware, UTC
    platform: str
    contact: str
    tactics: tuple[str, ...]
    severity: str

    @classmethod
    def of(cls, created_at: str, platform: str, contact: str, tactics: tuple[str, ...] | list[str]) -> AlertSummary:
        """From an alert's own fields (RFC 3339 time); unknown tactics are dropped, never passed on."""
        known = tuple(t for t in tactics if t in TACTICS)
        return cls(
            item_id=str(uuid.uuid4()),
            created_at=_parse_time(created_at),
            platform=_clean(platform, MAX_PLATFORM, "platform") or "unknown",
            contact=_clean(contact, MAX_CONTACT, "contact") or "unknown",
            tactics=known,
            severity=severity_of(known),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "v": 1,
            "item_id": self.item_id,
            "created_at": self.created_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "platform": self.platform,
            "contact": self.contact,
            "tactics": list(self.tactics),
            "severity": self.severity,
        }

    @classmethod
    def from_json(cls, data: Any) -> AlertSummary:
        if not isinstance(data, dict) or set(data) != SUMMARY_FIELDS or data.get("v") != 1:
            raise SealError("a sealed item is not an alert summary (unexpected fields)")
        tactics = data["tactics"]
        if not isinstance(tactics, list) or any(t not in TACTICS for t in tactics):
            raise SealError("a sealed item names unknown tactics")
        severity = data["severity"]
        if severity not in {s.name.lower() for s in Severity}:
            raise SealError("a sealed item has an unknown severity")
        return cls(
            item_id=str(data["item_id"]),
            created_at=_parse_time(data["created_at"]),
            platform=_clean(data["platform"], MAX_PLATFORM, "platform"),
            contact=_clean(data["contact"], MAX_CONTACT, "contact"),
            tactics=tuple(tactics),
            severity=severity,
        )

    def local_time(self, tz: tzinfo | None = None) -> str:
        """The alert's time on the parent's clock (the device's zone unless `tz` is given)."""
        local = self.created_at.astimezone(tz)
        return f"{local:%a} {local.day} {local:%b %Y, %H:%M} {local.tzname() or ''}".rstrip()


def _parse_time(text: str) -> datetime:
    if not isinstance(text, str) or len(text) > 40:
        raise SealError("an alert time must be RFC 3339 text")
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as exc:
        raise SealError(f"an alert time is not RFC 3339: {text!r}") from exc
    if value.tzinfo is None:
        raise SealError("an alert time must say its time zone")
    return value.astimezone(UTC)


def seal(summary: AlertSummary, child: KeyPair, parent_key: str) -> str:
    """Encrypt and authenticate one summary from the child's key to the parent's (base64 text)."""
    body = json.dumps(summary.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if len(body) + 2 > SEALED_SIZE:
        raise SealError("an alert summary is too long to seal")
    padded = len(body).to_bytes(2, "big") + body + b"\x00" * (SEALED_SIZE - 2 - len(body))
    box = Box(child.private_key, PublicKey(decode_key(parent_key)))
    return _b64(bytes(box.encrypt(padded)))


def open_sealed(ciphertext: str, parent: KeyPair, child_key: str) -> AlertSummary:
    """Decrypt one item on the parent's device; anything not sealed by the paired child is refused."""
    try:
        raw = base64.b64decode(str(ciphertext), validate=True)
        padded = Box(parent.private_key, PublicKey(decode_key(child_key))).decrypt(raw)
    except (binascii.Error, ValueError, CryptoError) as exc:
        raise SealError("this item was not sealed by the paired child's device") from exc
    size = int.from_bytes(padded[:2], "big")
    try:
        return AlertSummary.from_json(json.loads(padded[2 : 2 + size].decode("utf-8")))
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError) as exc:
        raise SealError("a sealed item does not hold an alert summary") from exc
