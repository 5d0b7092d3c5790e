"""Small portability helpers for the two supported backends (SQLite, PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db


def insert_ignore(table: Table, index_elements: list[str]) -> Any:
    """`INSERT ... ON CONFLICT (...) DO NOTHING`: safe against concurrent writers on both backends."""
    dialect = db.session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=index_elements)
