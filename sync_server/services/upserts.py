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


def execute_many(conn: Any, stmt: Any, rows: list[dict[str, Any]]) -> None:
    """Run a prepared INSERT/UPDATE for many rows straight on the driver (no result rows).

    SQLAlchemy builds and processes a parameter dict per row for every executemany; for the 50-row
    statements of an upload that cost ten times the database's own work. Here the statement is compiled
    once per (dialect, statement, keys), and each row only goes through the columns' own bind processors
    (the same conversions SQLAlchemy applies). Statements it cannot prepare run the ordinary way."""
    if not rows:
        return
    prepared = _prepare(conn.dialect, stmt, tuple(rows[0]))
    if prepared is None:
        conn.execute(stmt, rows)
        return
    sql, names, processors, positional = prepared
    params: list[Any] = []
    for row in rows:
        values = [row[n] if p is None else p(row[n]) for n, p in zip(names, processors, strict=True)]
        params.append(tuple(values) if positional else dict(zip(names, values, strict=True)))
    conn.exec_driver_sql(sql, params)


@lru_cache(maxsize=64)
def _prepare(
    dialect: Any, stmt: Any, keys: tuple[str, ...]
) -> tuple[str, tuple[str, ...], tuple[Any, ...], bool] | None:
    compiled = stmt.compile(dialect=dialect, column_keys=list(keys))
    positional = bool(compiled.positional)
    names = tuple(compiled.positiontup) if positional else tuple(compiled.binds)
    binds = compiled.binds
    if any(binds[n].key not in keys or binds[n].key != n or binds[n].expanding for n in names) or not names:
        return None  # defaults, renamed or expanding parameters: leave them to SQLAlchemy
    processors = tuple(binds[n].type._cached_bind_processor(dialect) for n in names)
    return compiled.string, names, processors, positional
