"""One `.py` + `.kv` pair per screen. Screens hold properties only; the App and controllers act."""

from __future__ import annotations

from pathlib import Path

KV_DIR = Path(__file__).parent
SCREEN_NAMES = ("onboarding", "conversations", "conversation", "alert", "pin", "parent", "status", "paste", "parent_mode")
