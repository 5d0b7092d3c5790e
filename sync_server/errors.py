"""One JSON error shape for every failure: `{"error": {"code", "message", "details"}}`.

    Exception tree (raised by services and views; rendered here):

    ApiError                  status + code + message + details
    ├── NotFound              404 not_found
    ├── Conflict              409 conflict
    ├── Forbidden             403 forbidden
    ├── Unauthorized          401 unauthorized (adds WWW-Authenticate)
    └── ValidationFailed      422 validation_error
    werkzeug HTTPException    mapped by status (405, 413, 415, 429, ...); 500 for anything unhandled
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

from flask import Flask, Response, current_app, jsonify, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DataError, IntegrityError
from werkzeug.exceptions import BadRequest, HTTPException, UnsupportedMediaType

log = logging.getLogger(__name__)

# status -> (code, description) for the common errors; other statuses derive a code from the name.
ERROR_RESPONSES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "The request is malformed"),
    401: ("unauthorized", "Missing or invalid credentials"),
    403: ("forbidden", "The credentials do not allow this"),
    404: ("not_found", "No such resource"),
    405: ("method_not_allowed", "The method is not allowed on this URL"),
    409: ("conflict", "The request conflicts with the current state"),
    413: ("payload_too_large", "The request body is too large"),
    415: ("unsupported_media_type", "The body must be application/json (or multipart for uploads)"),
    422: ("validation_error", "The body or query failed validation"),
    429: ("rate_limited", "Too many requests; see Retry-After"),
    500: ("internal_error", "Unexpected server error"),
}


class ApiError(Exception):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        message: str,
        details: dict[str, Any] | None = None,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        self.headers = headers or {}
        if code:
            self.code = code


class NotFound(ApiError):
    status, code = 404, "not_found"


class Conflict(ApiError):
    status, code = 409, "conflict"


class Forbidden(ApiError):
    status, code = 403, "forbidden"


class Unauthorized(ApiError):
    status, code = 401, "unauthorized"

    def __init__(self, message: str = "a valid bearer token is required", **kwargs: Any) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": 'Bearer realm="guardline"'})
        super().__init__(message, **kwargs)


class ValidationFailed(ApiError):
    status, code = 422, "validation_error"


class TooManyRequests(ApiError):
    status, code = 429, "rate_limited"

    def __init__(self, message: str, retry_after: int, *, code: str | None = None) -> None:
        super().__init__(message, {"retry_after": retry_after}, code=code,
                         headers={"Retry-After": str(retry_after)})


class MalformedJSON(BadRequest):
    description = "the request body is not valid JSON"
    guardline_code = "malformed_json"


class UnsupportedJSONMediaType(UnsupportedMediaType):
    description = "send the body as application/json"


def error_response(
    status: int, code: str, message: str, details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    response = jsonify({"error": {"code": code, "message": message, "details": details or {}}})
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def _flatten_webargs(messages: Any) -> dict[str, Any]:
    """webargs nests errors by location ({"json": {...}}); a single location is flattened away."""
    if isinstance(messages, dict) and len(messages) == 1:
        (location, inner), = messages.items()
        if location in {"json", "query", "querystring", "form", "files", "view_args"}:
            return inner if isinstance(inner, dict) else {"_body": inner}
    return messages if isinstance(messages, dict) else {"_body": messages}


def _retry_after_seconds(error: HTTPException) -> int:
    explicit = getattr(error, "retry_after", None)
    if explicit is not None:
        return int(explicit)
    from .extensions import limiter  # late: avoid an import cycle at module load

    try:
        current = limiter.current_limit
        if current is not None:
            window = current.limit.get_expiry()
            return max(1, min(window, math.ceil(current.reset_at - time.time())))
    except Exception:  # noqa: BLE001 - a missing header must never turn a 429 into a 500
        log.debug("could not compute Retry-After", exc_info=True)
    return 60


def http_error_response(error: HTTPException) -> Response:
    """Render any werkzeug HTTPException (including webargs/smorest aborts) in our shape."""
    html = current_app.extensions.get("guardline-html-errors")
    if html is not None and request.blueprint is None and request.path.startswith(html[0] + "/"):
        return html[1](error)  # e.g. a routing 404 under the moderator pages: an HTML page, not JSON
    status = error.code or 500
    code, text = ERROR_RESPONSES.get(status, (_snake(error.name), error.name))
    code = getattr(error, "guardline_code", code)
    details: dict[str, Any] = {}
    data = getattr(error, "data", None) or {}
    if "messages" in data:
        details = _flatten_webargs(data["messages"])
    message = data.get("message") or (error.description if status != 500 else text) or text
    if status == 422 and details:
        message = "request validation failed; see details"
    headers = {k: v for k, v in error.get_headers() if k.lower() not in {"content-type", "content-length"}}
    if status == 429:
        retry = _retry_after_seconds(error)
        headers["Retry-After"] = str(retry)
        details.setdefault("retry_after", retry)
    if isinstance(error, CSRFError):
        code = "csrf_failed"
    return error_response(status, code, str(message), details, headers)


def _snake(name: str) -> str:
    return "_".join(name.lower().replace("-", " ").split())


def _api_error(error: ApiError) -> Response:
    return error_response(error.status, error.code, error.message, error.details, error.headers)


def _integrity_error(error: IntegrityError) -> Response:
    from .extensions import db

    db.session.rollback()
    current_app.logger.info("integrity error turned into 409: %s", error.orig)
    return error_response(409, "conflict", "the change conflicts with existing data")


def _data_error(error: DataError) -> Response:
    """A value the database cannot hold (out of range, NUL in text) that validation let through."""
    from .extensions import db

    db.session.rollback()
    current_app.logger.warning("database refused a value: %s", error.orig)
    return error_response(400, "invalid_value", "a value in the request cannot be stored")


def _too_deep(_error: RecursionError) -> Response:
    """JSON nested deeper than the parser's recursion limit: bad input, never a 500."""
    return error_response(400, MalformedJSON.guardline_code, "the request body is nested too deeply")


def _shared_state_down(error: Exception) -> Response:
    """The shared store (Redis, or the SQLite counter file) cannot be reached: limits cannot be checked,
    so limited routes refuse for now (fail closed) with a retryable 503, not a 500. Health stays up."""
    current_app.logger.error("shared state store unavailable: %r", error)
    return error_response(503, "shared_state_unavailable", "the server cannot check its limits right now; retry",
                          {"retry_after": 5}, {"Retry-After": "5"})


def _shared_state_errors() -> tuple[type[Exception], ...]:
    from limits.errors import StorageError

    errors: list[type[Exception]] = [StorageError]
    try:
        from redis.exceptions import ConnectionError as RedisConnectionError
        from redis.exceptions import TimeoutError as RedisTimeoutError
    except ImportError:  # redis is only needed when GUARDLINE_REDIS_URL is set
        return tuple(errors)
    return (*errors, RedisConnectionError, RedisTimeoutError)


def register_error_handlers(app: Flask) -> None:
    """HTTPException is handled by GuardlineApi (flask-smorest registers it); these cover the rest."""
    app.register_error_handler(ApiError, _api_error)
    for shared_state_error in _shared_state_errors():
        app.register_error_handler(shared_state_error, _shared_state_down)
    app.register_error_handler(RecursionError, _too_deep)
    app.register_error_handler(DataError, _data_error)
    app.register_error_handler(IntegrityError, _integrity_error)
    app.register_error_handler(HTTPException, http_error_response)
