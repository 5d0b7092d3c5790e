"""Per-user display preferences for the web pages: the time zone times are shown in.

Times are stored and exported in UTC; a moderator in Sydney reads them in Sydney time, with the UTC
time one hover away. Unknown zone names are refused (never silently UTC).
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from ..errors import ValidationFailed
from ..extensions import db
from ..models import StaffPreference

DEFAULT_ZONE = "UTC"


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Every IANA zone this machine knows, sorted; UTC first."""
    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    return (DEFAULT_ZONE, *names)


def time_zone(user_id: int) -> str:
    row = db.session.get(StaffPreference, user_id)
    return row.time_zone if row is not None else DEFAULT_ZONE


def zone_info(user_id: int) -> ZoneInfo:
    try:
        return ZoneInfo(time_zone(user_id))
    except (ValueError, KeyError):  # a zone removed from tzdata since it was chosen
        return ZoneInfo(DEFAULT_ZONE)


def set_time_zone(user_id: int, name: str) -> str:
    name = name.strip()
    if name not in zone_names():
        raise ValidationFailed("unknown time zone", {"time_zone": ["choose a zone from the list, e.g. Europe/Berlin"]})
    row = db.session.get(StaffPreference, user_id) or StaffPreference(user_id=user_id)
    row.time_zone = name
    db.session.add(row)
    db.session.commit()
    return name
