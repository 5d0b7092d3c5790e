"""Typed device settings, apart from the outbox: what onboarding, the parent gate and the server link keep.

The outbox stores reports; these few settings used to live in its key-value table under string keys read
from four modules. Here they are one dataclass, saved as a small JSON file with an atomic replace, behind
one lock. A file from an older version (or a broken one) never stops the app: unknown fields are
ignored, a field of the wrong type falls back to its default, and an unreadable file is kept aside.
On first start the settings an older app wrote into the outbox are moved here once.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Protocol

log = logging.getLogger("guardline.state")

# Older apps' outbox keys -> the field that holds them now.
LEGACY_KEYS: dict[str, str] = {
    "server.url": "server_url",
    "server.enrollment_code": "enrollment_code",
    "profile.age_band": "age_band",
    "device.id": "device_id",
    "device.token": "device_token",
    "app.onboarded": "onboarded",
    "app.consent": "consent",
    "parent.pin": "parent_pin",
    "parent.failures": "parent_failures",
    "parent.locked_until": "parent_locked_until",
    "local.actions": "local_actions",
}


@dataclass(frozen=True)
class DeviceSettings:
    """Everything the device remembers about itself (never any message text)."""

    server_url: str | None = None
    enrollment_code: str | None = None
    age_band: str | None = None
    country: str | None = None  # chosen behind the parent PIN; None: the device's locale decides
    device_id: str | None = None
    device_token: str | None = None
    onboarded: bool = False
    consent: bool = False
    parent_pin: str | None = None  # a salted PBKDF2 hash, never the PIN
    parent_failures: int = 0
    parent_locked_until: float = 0.0
    local_actions: dict[str, str] = field(default_factory=dict)  # report_id -> action, after upload


_TYPES: dict[str, tuple[type, ...]] = {
    "server_url": (str,), "enrollment_code": (str,), "age_band": (str,), "country": (str,),
    "device_id": (str,), "device_token": (str,), "onboarded": (bool,), "consent": (bool,),
    "parent_pin": (str,), "parent_failures": (int,), "parent_locked_until": (int, float),
    "local_actions": (dict,),
}  # fmt: skip
assert set(_TYPES) == {f.name for f in fields(DeviceSettings)}


class LegacyState(Protocol):
    def get_state(self, key: str, default: Any = None) -> Any: ...
    def set_state(self, **values: Any) -> None: ...


def _clean(raw: dict[str, Any]) -> dict[str, Any]:
    """Only known fields of the right type (bool is not an int here, NaN is not a time)."""
    out: dict[str, Any] = {}
    for name, types in _TYPES.items():
        value = raw.get(name)
        if value is None:
            continue
        if isinstance(value, bool) and bool not in types:
            continue
        if not isinstance(value, types):
            continue
        if isinstance(value, float) and not (value == value and abs(value) < 1e15):
            continue
        out[name] = value
    return out


class DeviceState:
    """`device_state.json` in the data folder; every change is written before `update` returns."""

    FILE_NAME = "device_state.json"

    def __init__(self, data_dir: str | Path, legacy: LegacyState | None = None) -> None:
        self.path = Path(data_dir) / self.FILE_NAME
        self._lock = threading.RLock()
        self._settings = self._read()
        if legacy is not None and not self.path.exists():
            self._adopt(legacy)

    def _read(self) -> DeviceSettings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return DeviceSettings()
        except (OSError, ValueError) as exc:
            aside = self.path.with_name(f"{self.FILE_NAME}.unreadable-{int(time.time())}")
            log.warning("device settings unreadable (%s); kept as %s, starting fresh", exc, aside.name)
            os.replace(self.path, aside)
            return DeviceSettings()
        return DeviceSettings(**_clean(raw if isinstance(raw, dict) else {}))

    def _adopt(self, legacy: LegacyState) -> None:
        """Move an older app's settings out of the outbox, once."""
        found = {name: legacy.get_state(key) for key, name in LEGACY_KEYS.items()}
        found = _clean(found)
        self._write(replace(self._settings, **found))
        if found:
            legacy.set_state(**{key: None for key in LEGACY_KEYS})

    @property
    def settings(self) -> DeviceSettings:
        with self._lock:
            return self._settings

    def update(self, **changes: Any) -> DeviceSettings:
        """Change some fields (None resets one to its default) and save; unknown names are a TypeError."""
        unknown = set(changes) - set(_TYPES)
        if unknown:
            raise TypeError(f"no device setting named {sorted(unknown)}")
        defaults = DeviceSettings()
        with self._lock:
            values = {k: (getattr(defaults, k) if v is None else v) for k, v in changes.items()}
            bad = {k for k, v in values.items() if k not in _clean({k: v}) and v != getattr(defaults, k)}
            if bad:
                raise TypeError(f"wrong type for device setting(s) {sorted(bad)}")
            new = replace(self._settings, **values)
            self._write(new)
            return new

    def _write(self, settings: DeviceSettings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(asdict(settings), fh, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._settings = settings
