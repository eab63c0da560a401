"""Many rows into one table in one executemany, without the ORM's work per value.

SQLAlchemy converts every parameter of every row in Python; for the demo's and an
import's hundred thousand rows that was more than half the time. On SQLite the rows go
to the driver as tuples with only dates, decimals and JSON converted, and values every
row shares are written into the statement once instead of being bound per row (half the
driver's time for a customer row). PostgreSQL takes SQLAlchemy's insert as before.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Connection, DateTime, Numeric, Table, insert


def _datetime(value: datetime) -> str:
    """SQLAlchemy's SQLite storage format, so that both writers' dates compare."""
    return value.isoformat(" ", "microseconds")


_CONVERTERS: dict[type, Callable[[Any], Any]] = {
    DateTime: _datetime,
    Numeric: float,  # what SQLAlchemy's Numeric binds on SQLite
    JSON: lambda v: json.dumps(v, ensure_ascii=False),
}


def insert_rows(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    constants: Mapping[str, Any] | None = None,
) -> None:
    """Insert `rows` (tuples in `columns` order); `constants` are the same in every row."""
    rows = list(rows)
    if not rows:
        return
    constants = dict(constants or {})
    if connection.dialect.name != "sqlite":
        names = list(columns)
        connection.execute(
            insert(table), [{**dict(zip(names, r, strict=True)), **constants} for r in rows]
        )
        return
    convert = [
        (i, converter)
        for i, name in enumerate(columns)
        if (converter := _converter(table, name)) is not None
    ]
    if convert:
        rows = [_converted(row, convert) for row in rows]
    literals = [_literal(_sqlite_value(table, name, v)) for name, v in constants.items()]
    sql = (
        f"INSERT INTO {table.name} ({', '.join([*columns, *constants])}) "
        f"VALUES ({', '.join(['?'] * len(columns) + literals)})"
    )
    connection.exec_driver_sql(sql, rows)


def _converter(table: Table, name: str) -> Callable[[Any], Any] | None:
    kind = type(table.c[name].type)
    for base, converter in _CONVERTERS.items():
        if issubclass(kind, base):
            return converter
    return None


def _converted(row: Sequence[Any], convert: list[tuple[int, Callable[[Any], Any]]]) -> tuple:
    out = list(row)
    for i, converter in convert:
        if out[i] is not None:
            out[i] = converter(out[i])
    return tuple(out)


def _sqlite_value(table: Table, name: str, value: Any) -> Any:
    converter = _converter(table, name)
    return converter(value) if converter is not None and value is not None else value


def _literal(value: Any) -> str:
    """A constant as SQL text. Only the program's own values come here (dates, ids,
    flags, a batch's uuid), but text is quoted properly all the same."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int | float | Decimal):
        return repr(float(value)) if isinstance(value, Decimal) else repr(value)
    return "'" + str(value).replace("'", "''") + "'"
