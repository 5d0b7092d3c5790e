"""flask-smorest glue: our Api (one error shape, security schemes) and Blueprint (strict JSON parsing)."""

from __future__ import annotations

from typing import Any, NoReturn

import flask
import marshmallow as ma
from flask_smorest import Api
from flask_smorest import Blueprint as SmorestBlueprint
from webargs.flaskparser import FlaskParser

from .errors import (
    ERROR_RESPONSES,
    MalformedJSON,
    UnsupportedJSONMediaType,
    ValidationFailed,
    http_error_response,
)
from .jsonguard import loads_untrusted


def _has_nul(value: Any) -> bool:
    """NUL can't be stored in PostgreSQL text and has no business in any field here."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class StrictJSONParser(FlaskParser):
    """JSON bodies must say they are JSON (else 415) and parse (else 400 malformed_json)."""

    def _raw_load_json(self, req: flask.Request) -> Any:
        if not req.is_json:
            raise UnsupportedJSONMediaType()
        data = loads_untrusted(req.get_data(cache=True))  # deep nesting, huge ints, bad UTF-8: 400/422
        if _has_nul(data):
            raise ValidationFailed("text must not contain NUL characters", {"_body": ["NUL character in a string"]})
        return data

    def _handle_invalid_json_error(self, error: Exception, req: flask.Request, *a: Any, **k: Any) -> NoReturn:
        raise MalformedJSON()


class Blueprint(SmorestBlueprint):
    ARGUMENTS_PARSER = StrictJSONParser()


class ErrorBodySchema(ma.Schema):
    code = ma.fields.String(metadata={"description": "machine-readable error code, e.g. validation_error"})
    message = ma.fields.String(metadata={"description": "human-readable summary"})
    details = ma.fields.Dict(metadata={"description": "per-field errors or other context"})


class ErrorSchema(ma.Schema):
    """Every error the API returns has this shape."""

    error = ma.fields.Nested(ErrorBodySchema)


class GuardlineApi(Api):
    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error: Any) -> flask.Response:
        return http_error_response(error)

    def _init_spec(self, **kwargs: Any) -> None:
        super()._init_spec(**kwargs)
        self.spec.components.security_scheme(
            "deviceToken", {"type": "http", "scheme": "bearer", "description": "device token from enrollment"}
        )
        self.spec.components.security_scheme(
            "staffToken", {"type": "http", "scheme": "bearer", "description": "staff personal API token"}
        )
        self.spec.components.security_scheme(
            "staffSession",
            {"type": "apiKey", "in": "cookie", "name": "session", "description": "web login; needs X-CSRFToken"},
        )
        for status, (code, text) in ERROR_RESPONSES.items():
            self.spec.components.response(
                f"Error{status}",
                {"description": f"{text} ({code})", "content": {"application/json": {"schema": "ErrorSchema"}}},
            )
