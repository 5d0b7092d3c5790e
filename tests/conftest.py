"""Root test configuration shared by every test package (core, server, app, e2e)."""

from __future__ import annotations

import os
from pathlib import Path

# Kivy reads these at import time: no argv parsing, and a private home so tests never touch ~/.kivy.
os.environ.setdefault("KIVY_NO_ARGS", "1")
os.environ.setdefault("KIVY_NO_CONSOLELOG", "1")
os.environ.setdefault("KIVY_HOME", str(Path(__file__).resolve().parent.parent / ".pytest_kivy_home"))

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
DEV_SET = SHARED_DIR / "data" / "dev_conversations.jsonl"
