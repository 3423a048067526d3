"""The words compare's Excel files use: sheet names, Chinese headers, values in words, column order.

All data (``lexicons/headers.yaml``); CSV and JSONL keep CONTRACT.md's field names and raw values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class Words:
    sheets: dict[str, str]
    guide_headers: tuple[str, ...]
    headers: dict[str, str]
    meanings: dict[str, str]
    values: dict[str, dict[Any, str]]
    order: dict[str, tuple[str, ...]]
    by_sheet: dict[str, dict[str, tuple[str, str]]]


@cache
def words() -> Words:
    from corpus.lexicons import load

    raw = load("compare", "lexicons/headers.yaml")
    return Words(
        sheets=dict(raw["sheets"]),
        guide_headers=tuple(raw["guide_headers"]),
        headers={k: v[0] for k, v in raw["fields"].items()},
        meanings={k: v[1] for k, v in raw["fields"].items()},
        values={k: dict(v) for k, v in raw["values"].items()},
        order={k: tuple(v) for k, v in raw["order"].items()},
        by_sheet={k: {f: (v[0], v[1]) for f, v in fields.items()} for k, fields in raw["by_sheet"].items()},
    )


def sheet_name(kind: str) -> str:
    """比较, 目标与实际, 面板 …; an unknown kind as it is."""
    return words().sheets.get(kind, kind)


def header(field: str, kind: str = "") -> str:
    """The Chinese header of a field; a field not listed (a period column of a panel) as it is."""
    if special := words().by_sheet.get(kind, {}).get(field):
        return special[0]
    return words().headers.get(field, field)


def meaning(field: str, kind: str = "") -> str:
    if special := words().by_sheet.get(kind, {}).get(field):
        return special[1]
    return words().meanings.get(field, "")


def in_words(field: str, value: Any, kind: str = "") -> Any:
    """目标/实际 for ``target``, 完成/未完成 for ``met``, 以上/不足/约 for ``approx``; others unchanged."""
    table = words().values.get(field)
    if table is None or field in words().by_sheet.get(kind, {}) or not isinstance(value, bool | str):
        return value
    return table.get(value, value)


def excel_order(kind: str, columns: Sequence[str]) -> tuple[str, ...]:
    """``columns`` in the order people read them (the value, its unit, its sentence); unlisted ones after."""
    wanted = [c for c in words().order.get(kind, ()) if c in columns]
    return (*wanted, *(c for c in columns if c not in wanted))
