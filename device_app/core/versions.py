"""Model bundle versions (SPEC §5): `YYYY.MM.DD-N`, ordered by date, then N.

A device installs only a version strictly higher than the one it runs, so an older bundle that was
once correctly signed cannot be replayed to pin a fleet to a withdrawn model. A version that does not
parse is never "higher" than anything: the device refuses it rather than guess an order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_PATTERN = re.compile(r"(\d{4})\.(\d{2})\.(\d{2})-(\d{1,6})")


class VersionError(ValueError):
    """Not a `YYYY.MM.DD-N` version with a real calendar date."""


@dataclass(frozen=True, order=True)
class BundleVersion:
    """Ordered by (day, n): 2026.11.24-2 > 2026.11.24-1 > 2026.11.23-9."""

    day: date
    n: int

    def __str__(self) -> str:
        return f"{self.day:%Y.%m.%d}-{self.n}"

    def next(self, today: date | None = None) -> BundleVersion:
        """The smallest version above this one, on `today` if that is later (for re-publishing)."""
        if today is not None and today > self.day:
            return BundleVersion(today, 1)
        return BundleVersion(self.day, self.n + 1)


def parse_version(text: str) -> BundleVersion:
    """Parse strictly: exact shape, a real date, N ≥ 1 (so "2026.02.30-1" and "1.0" are errors)."""
    match = _PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None:
        raise VersionError(f"model version must look like YYYY.MM.DD-N, got {text!r}")
    year, month, day, n = (int(g) for g in match.groups())
    try:
        when = date(year, month, day)
    except ValueError as exc:
        raise VersionError(f"model version {text!r} names no real date: {exc}") from exc
    if n < 1:
        raise VersionError(f"model version {text!r}: N counts from 1")
    return BundleVersion(when, n)


def is_upgrade(candidate: str, running: str) -> bool:
    """True only when `candidate` parses and is strictly higher than `running`.

    A running version that does not parse (a hand-built bundle) accepts any well-formed candidate:
    the well-formed release line is the way back to a known order.
    """
    new = parse_version(candidate)
    try:
        old = parse_version(running)
    except VersionError:
        return True
    return new > old
