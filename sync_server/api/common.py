"""Helpers shared by the API views."""

from __future__ import annotations

import json
from typing import Any

from flask import request

from ..errors import MalformedJSON, UnsupportedJSONMediaType

PREFIX = "/api/v1"


def json_body() -> Any:
    """The request body as JSON: 415 unless declared JSON, 400 malformed_json unless it parses.
    Reading the body enforces MAX_CONTENT_LENGTH (413)."""
    if not request.is_json:
        raise UnsupportedJSONMediaType()
    try:
        return json.loads(request.get_data(cache=False))
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: absurdly deep nesting
        raise MalformedJSON() from None
