"""Small portability helpers for the two supported backends (SQLite, PostgreSQL)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db


def insert_ignore(table: Table, index_elements: tuple[str, ...], returning: tuple[str, ...] = ()) -> Any:
    """`INSERT ... ON CONFLICT (...) DO NOTHING [RETURNING ...]`: safe against concurrent writers.

    Statements are built once per dialect and reused: building one costs more than running it."""
    return _insert_ignore(db.session.get_bind().dialect.name, table, index_elements, returning)


@lru_cache(maxsize=64)
def _insert_ignore(dialect: str, table: Table, index_elements: tuple[str, ...], returning: tuple[str, ...]) -> Any:
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(table).on_conflict_do_nothing(index_elements=list(index_elements))
    return stmt.returning(*(table.c[name] for name in returning)) if returning else stmt
