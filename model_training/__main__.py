"""`python -m model_training train | evaluate | keygen | publish` (SPEC §6)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
