"""Realistic moderation data, uploaded through the real device API (enroll, then POST /api/v1/reports).

`post(path, body, headers) -> (status, json)` abstracts the transport, so the same data feeds the Flask
test client and the live server the browser test drives.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

Post = Callable[[str, dict[str, Any], dict[str, str]], tuple[int, Any]]

XSS_HANDLE = "<script>window.__xss=1</script>"
XSS_EVIDENCE = '<img src=x onerror="window.__xss=2"><script>window.__xss=3</script>'
XSS_NOTE = "<b onmouseover=window.__xss=4>bold?</b><script>window.__xss=5</script>"


def enroll(post: Post, age_band: str = "13-15") -> str:
    status, body = post("/api/v1/devices", {"app_version": "1.0.0", "os": "android", "age_band": age_band}, {})
    assert status == 201, body
    return str(body["device_token"])


def report(
    handle: str, *, platform: str = "game_chat", when: datetime, risk: float = 0.9,
    tags: tuple[str, ...] = ("secrecy", "personal_info"), child_action: str = "told_adult",
    evidence: list[dict[str, str]] | None = None, model_version: str = "2026.11.24-1",
) -> dict[str, Any]:
    observed = 12 + int(risk * 20)
    return {
        "report_id": str(uuid.uuid4()),
        "created_at": when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "platform": platform,
        "suspect_handle": handle,
        "risk": round(risk, 2),
        "tags": list(tags),
        "tag_scores": {t: round(min(0.99, risk - 0.05 * i), 2) for i, t in enumerate(tags)},
        "model_version": model_version,
        "messages_observed": observed,
        "alert_index": observed - 3,
        "child_action": "shared_evidence" if evidence else child_action,
        "evidence": evidence,
    }


def upload(post: Post, token: str, *reports: dict[str, Any]) -> dict[str, Any]:
    status, body = post("/api/v1/reports", {"reports": list(reports)}, {"Authorization": f"Bearer {token}"})
    assert status == 200, body
    assert not body["rejected"], body
    return dict(body)


def seed_demo(post: Post, now: datetime | None = None) -> dict[str, str]:
    """A month of reports about a dozen accounts from ten children's devices. Returns handle names."""
    now = now or datetime.now(UTC)
    rng = random.Random(20261124)
    devices = [enroll(post, band) for band in ("under-13", "13-15", "16-17", "13-15", "under-13",
                                                 "13-15", "16-17", "13-15", "under-13", "13-15")]
    batches: dict[str, list[dict[str, Any]]] = {t: [] for t in devices}

    def add(device: int, **kw: Any) -> None:
        batches[devices[device]].append(report(**kw))

    ago = lambda days, hours=0: now - timedelta(days=days, hours=hours)  # noqa: E731
    # The account most children flagged: five devices, a meeting attempt, shared evidence.
    coach = "xX_coolcoach_Xx"
    add(0, handle=coach, when=ago(9, 3), risk=0.84, tags=("trust_building", "personal_info"), child_action="blocked")
    add(1, handle=coach, when=ago(6, 5), risk=0.91, tags=("trust_building", "secrecy", "personal_info"),
        child_action="told_adult", model_version="2026.11.24-2")
    add(2, handle=coach, when=ago(4, 1), risk=0.93, tags=("secrecy", "platform_move", "meeting"),
        evidence=[{"sender": "contact", "text": "you're so mature for 12, not like the others"},
                  {"sender": "contact", "text": "don't tell your mum about our chats ok? she wouldn't get it"},
                  {"sender": "child", "text": "ok i guess"},
                  {"sender": "contact", "text": "add me on snap, and where do you go after school?"}],
        model_version="2026.11.24-2")
    add(3, handle=coach, when=ago(2, 7), risk=0.88, tags=("secrecy", "meeting"), child_action="told_adult",
        model_version="2026.11.24-2")
    add(4, handle="XX_CoolCoach_xx", when=ago(0, 6), risk=0.95, tags=("gifts", "meeting", "secrecy"),
        child_action="blocked", model_version="2026.11.24-2")
    # Sexual content, three devices.
    for dev, days, risk, action in ((5, 12, 0.86, "blocked"), (6, 8, 0.9, "told_adult"), (7, 1, 0.97, "blocked")):
        add(dev, handle="sk8r_mentor", platform="social_dm", when=ago(days, dev), risk=risk,
            tags=("trust_building", "sexual", "platform_move"), child_action=action)
    for dev, days in ((1, 15), (8, 3)):
        add(dev, handle="free_vbucks_giver", platform="messaging", when=ago(days, 2), risk=0.78,
            tags=("gifts", "platform_move", "personal_info"), child_action="dismissed")
    for dev, days in ((2, 20), (9, 11)):
        add(dev, handle="helper_jen", platform="forum", when=ago(days), risk=0.7,
            tags=("isolation", "personal_info"), child_action="told_adult")
    add(3, handle="@DanceDad77", platform="video_comments", when=ago(5, 9), risk=0.61, tags=("trust_building",),
        child_action="false_alarm")
    add(9, handle=XSS_HANDLE, when=ago(1, 4), risk=0.74, tags=("secrecy",),
        evidence=[{"sender": "contact", "text": XSS_EVIDENCE}])
    # Background: a dozen lower-risk accounts reported now and then over the month, so the queue has a
    # realistic tail and the daily chart a realistic texture.
    platforms = ("game_chat", "game_chat", "social_dm", "messaging", "video_comments", "forum")
    tactic_pool = ("trust_building", "personal_info", "secrecy", "isolation", "platform_move", "gifts")
    names = ("mc_builder_22", "LunaStarr", "pro_gamer_tips", "quiet_lurker", "ToxicToby", "art_club_ally",
             "nightowl_88", "coach_dave_u14", "StreamerSam", "pixel_pal", "homework_helper", "BigBro_Mike")
    for name in names:
        platform = rng.choice(platforms)
        tags = tuple(sorted(rng.sample(tactic_pool, rng.randint(1, 3)), key=tactic_pool.index))
        base_risk = rng.uniform(0.52, 0.8)
        for dev in rng.sample(range(len(devices)), rng.randint(1, 4)):
            for _ in range(rng.randint(1, 3)):
                add(dev, handle=name, platform=platform, when=ago(rng.randint(0, 29), rng.randint(0, 23)),
                    risk=min(0.89, base_risk + rng.uniform(-0.08, 0.08)), tags=tags,
                    child_action=rng.choice(("none", "dismissed", "blocked", "told_adult", "false_alarm")))
    for token, reports in batches.items():
        if reports:
            upload(post, token, *reports)
    return {"top": coach, "xss": XSS_HANDLE}
