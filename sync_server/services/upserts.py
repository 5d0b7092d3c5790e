"""`INSERT ... ON CONFLICT DO UPDATE` that adds, maxes, mins or ORs into the existing row, on SQLite and
PostgreSQL alike: the one statement shape every running aggregate in services.aggregates is kept with.

Statements are built once per (dialect, table, shape) and reused: building one costs more than running it.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Table, func
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db


def upsert(
    table: Table,
    keys: tuple[str, ...],
    *,
    increment: tuple[str, ...] = (),
    greatest: tuple[str, ...] = (),
    least: tuple[str, ...] = (),
    bit_or: tuple[str, ...] = (),
    returning: tuple[str, ...] = (),
) -> Any:
    """Insert the row, or fold it into the existing one column by column (+, max, min, |)."""
    dialect = db.session.get_bind().dialect.name
    return _upsert(dialect, table, keys, increment, greatest, least, bit_or, returning)


@lru_cache(maxsize=128)
def _upsert(
    dialect: str, table: Table, keys: tuple[str, ...], increment: tuple[str, ...], greatest: tuple[str, ...],
    least: tuple[str, ...], bit_or: tuple[str, ...], returning: tuple[str, ...],
) -> Any:
    module = postgresql if dialect == "postgresql" else sqlite
    stmt = module.insert(table)
    new = stmt.excluded
    # SQLite's two-argument max()/min() are scalar functions; PostgreSQL calls them greatest()/least().
    hi, lo = (func.greatest, func.least) if dialect == "postgresql" else (func.max, func.min)
    values: dict[str, Any] = {}
    values.update({c: table.c[c] + new[c] for c in increment})
    values.update({c: hi(table.c[c], new[c]) for c in greatest})
    values.update({c: lo(table.c[c], new[c]) for c in least})
    values.update({c: table.c[c].op("|")(new[c]) for c in bit_or})
    stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_=values)
    return stmt.returning(*(table.c[c] for c in returning)) if returning else stmt
