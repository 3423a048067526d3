"""Records ↔ the cells of a workbook people read: Chinese sheet names and headers, values in words.

``target`` reads 目标/实际, yes-no fields 是/否, ``approx`` 以上/不足/约, periods 2025年上半年, dates
2025年3月8日, a
``change`` 增5.4%, a source 各县.csv 第1行 instead of ``#row=0``. Every workbook gets a 说明 sheet
that maps each header to its field name (CONTRACT.md) and says what it means. Each conversion has its
inverse, so a workbook written this way reads back into the same records (``bulk.io``). The words
are data: ``lexicons/sheets.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from corpus.lexicons import load
from corpus.periods import chinese_date, iso_date, parse_period, period_label
from corpus.records import source_label, source_of_label

GUIDE_HEADERS = ("工作表", "列名", "字段名", "含义")
_CHANGE = re.compile(r"^(?P<dir>[增减])(?P<value>-?\d+(?:\.\d+)?)(?P<unit>.*)$")
_PEOPLE = re.compile(r"^(?P<pre>约|不足)?(?P<value>\d+(?:\.\d+)?)(?P<unit>.*?)(?P<post>以上)?$")
_LIST_SEP = "、"


@dataclass(frozen=True, slots=True)
class _Words:
    sheets: dict[str, str]
    headers: dict[str, str]
    meanings: dict[str, str]
    values: dict[str, dict[Any, str]]

    def field(self, header: str) -> str:
        return {v: k for k, v in self.headers.items()}.get(header, header)


@cache
def _words() -> _Words:

    raw = load("extract", "lexicons/sheets.yaml")
    return _Words(
        sheets=dict(raw["sheets"]),
        headers={k: v[0] for k, v in raw["fields"].items()},
        meanings={k: v[1] for k, v in raw["fields"].items()},
        values={k: dict(v) for k, v in raw["values"].items()},
    )


def sheet_name(kind: str) -> str:
    """数字 for figures, 活动, 文档, 核查发现, 比较 …; an unknown kind as it is."""
    return _words().sheets.get(kind, kind)


_PLURAL = {"figure": "figures", "activity": "activities", "document": "documents", "finding": "findings"}


def kind_of_sheet(name: str) -> str | None:
    """The record type a sheet of that name holds (数字 or figures → figure), or None."""
    return next((k for k, plural in _PLURAL.items() if name in (_words().sheets[k], plural)), None)


def header(field: str) -> str:
    """The Chinese header of a field (value → 数值); a column that is no field (an indicator) as it is."""
    return _words().headers.get(field, field)


def field_of(name: str) -> str:
    """The field a header stands for (数值 → value); an English header is its own field."""
    return _words().field(name)


def _number(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _parse_number(s: str) -> int | float:
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def to_cell(field: str, value: Any) -> Any:
    """What the cell of ``field`` shows for ``value``."""
    if value is None:
        return None
    words = _words().values
    if field in words and not isinstance(value, dict | list):
        return words[field].get(value, value)
    if field == "period":
        return period_label(value if isinstance(value, str | int) else None)
    if field == "date":
        return chinese_date(str(value))
    if field == "source":
        return source_label(str(value))
    if field == "change" and isinstance(value, Mapping):
        sign = words["direction"].get(value.get("direction"), "")
        return f"{sign}{_number(value.get('value'))}{value.get('unit') or ''}"
    if field == "participants" and isinstance(value, Mapping):
        shown = f"{_number(value.get('value'))}{value.get('unit') or ''}"
        approx = value.get("approx")
        return {"about": "约" + shown, "under": "不足" + shown, "over": shown + "以上"}.get(str(approx), shown)
    if field == "figures" and isinstance(value, list | tuple):
        return _LIST_SEP.join(_number(v) for v in value)
    if isinstance(value, dict | list):
        import json

        return json.dumps(value, ensure_ascii=False)
    return value


def from_cell(field: str, value: Any) -> Any:
    """``to_cell`` undone: the record's value of ``field`` from what its cell shows."""
    if value is None or value == "":
        return None
    words = _words().values
    if field in words and isinstance(value, str):
        back = {v: k for k, v in words[field].items()}
        return back.get(value, value)
    if not isinstance(value, str):
        return value
    if field == "period":
        return parse_period(value) or value
    if field == "date":
        return iso_date(value) or value
    if field == "source":
        return source_of_label(value)
    if field == "change" and (m := _CHANGE.match(value)):
        direction = {v: k for k, v in words["direction"].items()}[m["dir"]]
        return {"value": _parse_number(m["value"]), "unit": m["unit"], "direction": direction}
    if field == "participants" and (m := _PEOPLE.match(value)):
        approx = "about" if m["pre"] == "约" else "under" if m["pre"] == "不足" else "over" if m["post"] else None
        return {"value": _parse_number(m["value"]), "unit": m["unit"], "approx": approx}
    if field == "figures":
        try:
            return [_parse_number(v) for v in value.split(_LIST_SEP)]
        except ValueError:
            return value
    return value


def guide_rows(columns_by_sheet: Mapping[str, Sequence[str]]) -> list[tuple[str, str, str, str]]:
    """The 说明 sheet's rows: (sheet, header, field name, meaning) for every column of every sheet."""
    words = _words()
    rows = []
    for sheet, columns in columns_by_sheet.items():
        for field in columns:
            if field in words.headers:
                rows.append((sheet, words.headers[field], field, words.meanings[field]))
            else:
                rows.append((sheet, field, "", "指标：各单位文中写的数（所在列名即指标）"))
    return rows


def add_guide(workbook: Any, columns_by_sheet: Mapping[str, Sequence[str]]) -> None:
    """Append the 说明 sheet to an openpyxl workbook."""
    from openpyxl.styles import Font

    ws = workbook.create_sheet(sheet_name("guide"))
    ws.append(list(GUIDE_HEADERS))
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in guide_rows(columns_by_sheet):
        ws.append(list(row))
    for letter, width in zip("ABCD", (12, 16, 18, 60), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
