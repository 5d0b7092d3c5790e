"""The parent PIN: stored only as a salted PBKDF2 hash; five wrong tries lock the gate for a while.

The lock lives in the device state, so restarting the app does not reset the count.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections.abc import Callable
from dataclasses import dataclass

from ...services.state import DeviceState

ITERATIONS = 200_000
MAX_TRIES = 5
LOCK_S = 300.0


def valid_pin(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 8


def hash_pin(pin: str, *, salt: bytes | None = None, iterations: int = ITERATIONS) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations)
    return f"pbkdf2_sha256${iterations}${salt.hex()}${digest.hex()}"


def check_pin(pin: str, stored: str) -> bool:
    try:
        _, iterations, salt_hex, digest_hex = stored.split("$")
        digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt_hex), int(iterations))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(digest.hex(), digest_hex)


@dataclass(frozen=True)
class GateAnswer:
    open: bool
    message: str


class ParentGate:
    """Opens the parent view for the right PIN; says plainly why it stays shut otherwise."""

    def __init__(self, state: DeviceState, clock: Callable[[], float] = time.time) -> None:
        self.state = state
        self.clock = clock

    @property
    def has_pin(self) -> bool:
        return bool(self.state.settings.parent_pin)

    def set_pin(self, pin: str) -> None:
        if not valid_pin(pin):
            raise ValueError("a parent PIN is 4 to 8 digits")
        self.state.update(parent_pin=hash_pin(pin), parent_failures=0, parent_locked_until=0.0)

    def try_pin(self, pin: str) -> GateAnswer:
        settings = self.state.settings
        stored = settings.parent_pin
        if not stored:
            return GateAnswer(False, "No parent PIN was set up, so the parent view is switched off.")
        locked_until = settings.parent_locked_until
        now = self.clock()
        if now < locked_until:
            return GateAnswer(
                False, f"Too many wrong tries. Try again in {int(locked_until - now) + 1} seconds."
            )
        if check_pin(pin, stored):
            self.state.update(parent_failures=0, parent_locked_until=0.0)
            return GateAnswer(True, "")
        failures = settings.parent_failures + 1
        if failures >= MAX_TRIES:
            self.state.update(parent_failures=0, parent_locked_until=now + LOCK_S)
            return GateAnswer(
                False, f"Too many wrong tries. The parent view is locked for {int(LOCK_S // 60)} minutes."
            )
        self.state.update(parent_failures=failures)
        return GateAnswer(False, f"That PIN isn't right. {MAX_TRIES - failures} tries left.")
