"""Direct rate-limit checks on Flask-Limiter's storage, for the hot paths and for failure counting.

Routes that are not hot use `@limiter.limit(...)`. The report upload checks its per-device limit here
instead: the same storage and strategy, without the decorator's per-request bookkeeping (about a tenth
of the cost of a single-report upload). Retry-After comes from the window's reset time.
"""

from __future__ import annotations

import math
import time
from functools import lru_cache

from limits import RateLimitItem, parse

from .errors import TooManyRequests
from .extensions import limiter


@lru_cache(maxsize=32)
def _item(text: str) -> RateLimitItem:
    return parse(text)


def _active() -> bool:
    return bool(limiter.enabled and limiter.initialized)


def _retry_after(item: RateLimitItem, scope: str, key: str) -> int:
    reset = limiter.limiter.get_window_stats(item, scope, key).reset_time
    return max(1, min(item.get_expiry(), math.ceil(reset - time.time())))


def consume(limit: str, scope: str, key: str, message: str) -> None:
    """Count one request against `limit` for (scope, key); 429 once it is used up."""
    if not _active():
        return
    item = _item(limit)
    if not limiter.limiter.hit(item, scope, key):
        raise TooManyRequests(message, _retry_after(item, scope, key))


def ensure_left(limit: str, scope: str, key: str, message: str) -> None:
    """429 if (scope, key) has used up `limit`, without counting this request."""
    if not _active():
        return
    item = _item(limit)
    if not limiter.limiter.test(item, scope, key):
        raise TooManyRequests(message, _retry_after(item, scope, key))


def count(limit: str, scope: str, key: str) -> None:
    """Count one event (e.g. a failed login) against `limit` without checking it."""
    if _active():
        limiter.limiter.hit(_item(limit), scope, key)
