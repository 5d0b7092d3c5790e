"""Helpers shared by the API views."""

from __future__ import annotations

from typing import Any

from flask import request

from ..errors import UnsupportedJSONMediaType
from ..jsonguard import loads_untrusted

PREFIX = "/api/v1"


def json_body() -> Any:
    """The request body as JSON: 415 unless declared JSON, 400 malformed_json unless it parses.
    Reading the body enforces MAX_CONTENT_LENGTH (413)."""
    if not request.is_json:
        raise UnsupportedJSONMediaType()
    return loads_untrusted(request.get_data(cache=False))
