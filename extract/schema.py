"""One schema for every record, derived from the record dataclasses: the JSONL contract, the columns of
CSV, Excel and Parquet, and the store's tables all come from here.

A record type's columns are its dataclass's fields, in order; each column's kind comes from the field's
annotation: ``int``, ``float`` (``float | int`` too), ``bool``, ``str``, or ``json`` for anything nested
(a ``Change``, an activity's participants, a tuple), which the tabular formats carry as JSON text.
"""

from __future__ import annotations

import dataclasses
import operator
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, Literal

Kind = Literal["int", "float", "bool", "str", "json"]


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    name: str
    kind: Kind
    optional: bool = True  # may be null (a missing cell reads back as null)


def _column(name: str, annotation: Any) -> Column:
    args = set(typing.get_args(annotation)) if isinstance(annotation, types.UnionType) else {annotation}
    optional = type(None) in args
    args.discard(type(None))
    return Column(name, _kind(args), optional)


def _kind(args: set[Any]) -> Kind:
    if args == {bool}:
        return "bool"
    if args == {int}:
        return "int"
    if args and args <= {int, float}:
        return "float"
    if args == {str}:
        return "str"
    return "json"


@cache
def columns(cls: type) -> tuple[Column, ...]:
    """The columns of a record dataclass, in field order."""
    hints = typing.get_type_hints(cls)
    return tuple(_column(f.name, hints[f.name]) for f in dataclasses.fields(cls))


def names(cls: type) -> tuple[str, ...]:
    return tuple(c.name for c in columns(cls))


@cache
def record_types() -> dict[str, type]:
    """Each ``type`` of record the extractor writes, by the name it carries in ``type``."""
    from corpus.records import DocumentRecord
    from extract.records import Activity, Figure

    return {"document": DocumentRecord, "figure": Figure, "activity": Activity}


@cache
def record_columns() -> tuple[Column, ...]:
    """``type`` and every column of document, figure and activity records, each once, in a stable
    order: what a Parquet part holds, so parts concatenate without type conflicts."""
    seen: dict[str, Column] = {"type": Column("type", "str", optional=False)}
    for cls in record_types().values():
        for col in columns(cls):
            seen.setdefault(col.name, col)
    return tuple(seen.values())


@cache
def kinds() -> dict[str, Kind]:
    """The kind of each column a record may have, by name."""
    return {c.name: c.kind for c in record_columns()}


@cache
def required_text() -> frozenset[str]:
    """Text columns that are never null: an empty cell is an empty string, not a missing value."""
    return frozenset(c.name for c in record_columns() if c.kind == "str" and not c.optional)


@cache
def _reader(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """A record class's field names, and a function reading all their values at once (one C call)."""
    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) < 2:  # attrgetter of one name gives the value itself, not a tuple
        return names, lambda obj: tuple(getattr(obj, n) for n in names)
    return names, operator.attrgetter(*names)


# Values a record carries as they are: most fields of most records, checked first because a run makes
# hundreds of thousands of values and the dataclass test of ``_plain`` costs ten times as much.
_AS_IS = frozenset({str, int, float, bool, type(None)})


def record(obj: Any, type_name: str | None) -> dict[str, Any]:
    """A record dataclass as a record: ``type`` first (when given), then its fields; nested dataclasses
    as dicts, tuples as lists."""
    names, read = _reader(type(obj))
    values = read(obj)
    rec: dict[str, Any] = {} if type_name is None else {"type": type_name}
    rec.update(zip(names, values, strict=True))
    for name, value in zip(names, values, strict=True):
        if type(value) not in _AS_IS:
            rec[name] = _plain(value)
    return rec


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return record(value, None)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


ARROW = {"int": "int64", "float": "float64", "bool": "bool_", "str": "string", "json": "string"}
DUCKDB = {"int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "str": "VARCHAR", "json": "VARCHAR"}


def arrow_schema(cols: tuple[Column, ...]) -> Any:
    import pyarrow as pa

    return pa.schema([(c.name, getattr(pa, ARROW[c.kind])()) for c in cols])


def ddl(table: str, cols: tuple[Column, ...]) -> str:
    """``CREATE TABLE IF NOT EXISTS`` for a store table whose first column is its primary key."""
    body = ", ".join(f'"{c.name}" {DUCKDB[c.kind]}' + " PRIMARY KEY" * (i == 0) for i, c in enumerate(cols))
    return f"CREATE TABLE IF NOT EXISTS {table} ({body});"
