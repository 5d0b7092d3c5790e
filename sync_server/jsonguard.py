"""Parse untrusted JSON request bodies: every way Python can fail on them is a 4xx, never a 500.

* Integers longer than 40 digits become infinity, which every numeric field then refuses on its own:
  one hostile value costs one report, not the batch (Python raises on 4,300+ digits, after 40 no field
  of ours could accept the number anyway).
* NaN and Infinity literals parse (Python's json accepts them) and are refused by the fields.
* Absurd nesting (RecursionError), bad UTF-8 and malformed text are `MalformedJSON` (400).
"""

from __future__ import annotations

import json
from typing import Any

from .errors import MalformedJSON

MAX_INT_DIGITS = 40


def parse_int(text: str) -> int | float:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else float("inf")


def loads_untrusted(data: str | bytes) -> Any:
    try:
        return json.loads(data, parse_int=parse_int)
    except (ValueError, UnicodeDecodeError, RecursionError):  # JSONDecodeError is a ValueError
        raise MalformedJSON() from None
