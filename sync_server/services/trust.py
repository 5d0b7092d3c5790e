"""How much one device's reports weigh in the queue, and the enrolment-burst bookkeeping behind it.

A device's weight (0.25 .. 1.0) grows with its age and with reports moderators upheld:

    weight = (0.25 + 0.35 · min(1, age_days / 28) + 0.40 · min(1, upheld / 2))
             · (1 − 0.5 · dismissed / (upheld + dismissed))

`upheld` / `dismissed`: distinct suspects this device reported that moderators escalated or actioned /
dismissed. A device is *proven* once it has an upheld report or is 28 days old; unproven devices
together count as at most one device towards a suspect's corroboration (services.aggregates).
Behind a reverse proxy the server must see the client's address (ProxyFix); loopback addresses are
treated as "no network" (own cluster).

Devices enrolled from the same network prefix (IPv4 /24, IPv6 /48) within the same 10 minutes share a
`cluster` and count once. The network is never stored: only HMAC-SHA256(daily random salt, prefix),
the salt is replaced every UTC day (the old one deleted with every bucket it keyed), and buckets older
than an hour are deleted by `flask refresh-priority`, so a bucket cannot be turned back into an address
or linked to the next day's buckets. The
cluster id is a hash of (bucket, window): it says "these devices enrolled together", nothing more.
A device leaves its cluster once a moderator upholds one of its reports.
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, delete, func, select, update

from ..extensions import db
from ..models import Device, DeviceTrust, EnrolmentBucket, EnrolmentSalt, Suspect, SuspectDevice, utcnow
from .dbutil import insert_ignore
from .upserts import upsert

FRESH_WEIGHT = 0.25
AGE_WEIGHT = 0.35
HISTORY_WEIGHT = 0.40
MATURE_DAYS = 28.0
UPHELD_FOR_FULL = 2
BURST_WINDOW = timedelta(minutes=10)
UPHELD_STATUSES = ("escalated", "actioned")
DISMISSED_STATUSES = ("dismissed",)

_TRUST = cast(Table, DeviceTrust.__table__)
_BUCKETS = cast(Table, EnrolmentBucket.__table__)


def device_weight(*, age_days: float, upheld: int, dismissed: int) -> float:
    """The formula in the module docstring."""
    weight = FRESH_WEIGHT + AGE_WEIGHT * min(1.0, max(age_days, 0.0) / MATURE_DAYS) \
        + HISTORY_WEIGHT * min(1.0, upheld / UPHELD_FOR_FULL)
    if upheld + dismissed:
        weight *= 1.0 - 0.5 * dismissed / (upheld + dismissed)
    return round(weight, 4)


def is_proven(*, age_days: float, upheld: int) -> bool:
    return upheld >= 1 or age_days >= MATURE_DAYS


def network_prefix(address: str | None) -> str | None:
    """The /24 (IPv4) or /48 (IPv6) an address belongs to; None when there is no usable address."""
    try:
        ip = ipaddress.ip_address((address or "").strip())
    except ValueError:
        return None
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified:  # a local client or proxy says nothing about the network
        return None
    bits = 24 if ip.version == 4 else 48
    return str(ipaddress.ip_network(f"{ip}/{bits}", strict=False))


def _daily_salt(today: date) -> str:
    """Today's salt, created on first use; older salts and buckets are deleted when a new day starts."""
    salt = db.session.scalar(select(EnrolmentSalt.salt).where(EnrolmentSalt.day == today))
    if salt is not None:
        return salt
    db.session.execute(insert_ignore(cast(Table, EnrolmentSalt.__table__), ("day",)),
                       [{"day": today, "salt": secrets.token_hex(32)}])
    db.session.execute(delete(EnrolmentSalt).where(EnrolmentSalt.day < today))
    midnight = datetime.combine(today, datetime.min.time()).replace(tzinfo=utcnow().tzinfo)
    db.session.execute(delete(EnrolmentBucket).where(EnrolmentBucket.window_start < midnight))  # keyed by a dead salt
    return cast(str, db.session.scalar(select(EnrolmentSalt.salt).where(EnrolmentSalt.day == today)))


def forget_old_buckets(now: datetime) -> int:
    """Delete enrolment buckets whose window ended over an hour ago (`flask refresh-priority` runs it):
    only the current window is ever looked at again."""
    result: Any = db.session.execute(delete(EnrolmentBucket).where(EnrolmentBucket.window_start < now - timedelta(hours=1)))
    return int(result.rowcount or 0)


def record_enrolment(device_id: str, remote_addr: str | None, *, now: datetime | None = None) -> str:
    """Count the enrolment in its network bucket and give the device its trust row; returns its cluster."""
    now = now or utcnow()
    prefix = network_prefix(remote_addr)
    cluster = f"d:{device_id}"
    if prefix is not None:
        salt = _daily_salt(now.date())
        bucket = hmac.new(bytes.fromhex(salt), prefix.encode(), hashlib.sha256).hexdigest()[:32]
        epoch = int(now.timestamp())
        window = datetime.fromtimestamp(epoch - epoch % int(BURST_WINDOW.total_seconds()), tz=now.tzinfo)
        db.session.execute(
            upsert(_BUCKETS, ("bucket", "window_start"), increment=("enrolments",)),
            [{"bucket": bucket, "window_start": window, "enrolments": 1}],
        )
        cluster = "n:" + hashlib.sha256(f"{bucket}|{window.isoformat()}".encode()).hexdigest()[:32]
    db.session.execute(insert_ignore(_TRUST, ("device_id",)), [{
        "device_id": device_id, "cluster": cluster, "upheld": 0, "dismissed": 0, "proven": False,
        "weight": FRESH_WEIGHT, "updated_at": now,
    }])
    db.session.commit()
    return cluster


def ensure_trust_rows(now: datetime | None = None) -> int:
    """Give every device without a trust row one (devices enrolled before trust existed): own cluster."""
    now = now or utcnow()
    missing = select(Device.id).where(~select(DeviceTrust.device_id).where(
        DeviceTrust.device_id == Device.id).exists())
    ids = list(db.session.scalars(missing))
    for start in range(0, len(ids), 5000):
        db.session.execute(insert_ignore(_TRUST, ("device_id",)), [
            {"device_id": i, "cluster": f"d:{i}", "upheld": 0, "dismissed": 0, "proven": False,
             "weight": FRESH_WEIGHT, "updated_at": now} for i in ids[start:start + 5000]])
    return len(ids)


def recompute_devices(device_ids: Iterable[str] | None, *, now: datetime | None = None) -> list[str]:
    """Recount upheld/dismissed suspects and recompute weights (all devices when `device_ids` is None).

    Returns the ids whose weight, proven flag or cluster changed (their suspects need re-scoring)."""
    now = now or utcnow()
    sd, s = SuspectDevice.__table__, Suspect.__table__
    history = (
        select(
            sd.c.device_id,
            func.sum(case((s.c.status.in_(UPHELD_STATUSES), 1), else_=0)).label("upheld"),
            func.sum(case((s.c.status.in_(DISMISSED_STATUSES), 1), else_=0)).label("dismissed"),
        )
        .select_from(sd.join(s, s.c.id == sd.c.suspect_id))
        .group_by(sd.c.device_id)
    )
    query = select(Device.id, Device.enrolled_at, DeviceTrust.cluster, DeviceTrust.weight, DeviceTrust.proven,
                   DeviceTrust.upheld).join(DeviceTrust, DeviceTrust.device_id == Device.id)
    wanted = None if device_ids is None else list(dict.fromkeys(device_ids))
    rows: list[Any] = []
    counts: dict[str, tuple[int, int]] = {}
    chunks = [None] if wanted is None else [wanted[i:i + 2000] for i in range(0, len(wanted), 2000)]
    for chunk in chunks:
        q, h = query, history
        if chunk is not None:
            q = q.where(Device.id.in_(chunk))
            h = h.where(sd.c.device_id.in_(chunk))
        rows.extend(db.session.execute(q))
        counts.update({d: (int(u or 0), int(x or 0)) for d, u, x in db.session.execute(h)})
    changed: list[dict[str, Any]] = []
    for device_id, enrolled_at, cluster, weight, proven, old_upheld in rows:
        upheld, dismissed = counts.get(device_id, (0, 0))
        age = (now - enrolled_at).total_seconds() / 86400.0
        new_weight = device_weight(age_days=age, upheld=upheld, dismissed=dismissed)
        new_proven = is_proven(age_days=age, upheld=upheld)
        new_cluster = f"d:{device_id}" if upheld else cluster
        if (new_weight, new_proven, new_cluster, upheld) != (weight, proven, cluster, old_upheld):
            changed.append({"k": device_id, "upheld": upheld, "dismissed": dismissed, "weight": new_weight,
                            "proven": new_proven, "cluster": new_cluster, "updated_at": now})
    if changed:
        db.session.execute(
            update(_TRUST).where(_TRUST.c.device_id == bindparam("k")).values(
                upheld=bindparam("upheld"), dismissed=bindparam("dismissed"), weight=bindparam("weight"),
                proven=bindparam("proven"), cluster=bindparam("cluster"), updated_at=bindparam("updated_at")),
            changed,
            execution_options={"synchronize_session": False},
        )
    return [row["k"] for row in changed]


def maturing_devices(now: datetime) -> list[str]:
    """Devices whose age term may still grow: the set `flask refresh-priority` re-weighs."""
    since = now - timedelta(days=MATURE_DAYS + 7)  # a week of slack for missed cron runs
    return list(db.session.scalars(select(Device.id).where(Device.enrolled_at >= since)))
