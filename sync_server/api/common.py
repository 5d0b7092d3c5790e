"""Helpers shared by the API views."""

from __future__ import annotations

import json
from typing import Any

from flask import request

from ..errors import MalformedJSON, UnsupportedJSONMediaType

PREFIX = "/api/v1"


_MAX_INT_DIGITS = 40


def _parse_int(text: str) -> int | float:
    """JSON integers beyond any field's range become infinity, which every numeric field refuses on its
    own: a 5,000-digit number then costs one report, not the batch (Python refuses to parse it)."""
    return int(text) if len(text) <= _MAX_INT_DIGITS else float("inf")


def json_body() -> Any:
    """The request body as JSON: 415 unless declared JSON, 400 malformed_json unless it parses.
    Reading the body enforces MAX_CONTENT_LENGTH (413)."""
    if not request.is_json:
        raise UnsupportedJSONMediaType()
    try:
        return json.loads(request.get_data(cache=False), parse_int=_parse_int)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurdly deep nesting
        raise MalformedJSON() from None
