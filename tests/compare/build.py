"""Hand-built figure records, grounded in invented report text, for the compare tests.

Each figure is given by the span of text around it and the number as written; offsets, sentence and
base values are computed here, so every record passes ``assert_grounded``.
"""

from __future__ import annotations

import re
from typing import Any

from compare.units import split_unit

SENTENCE_END = re.compile(r"[。！？；]")


def sentence_around(text: str, pos: int) -> str:
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    m = SENTENCE_END.search(text, pos)
    return text[start : m.end() if m else len(text)]


def number(written: str) -> float | int:
    v = float(written)
    return int(v) if v.is_integer() and "." not in written else v


def figure(
    text: str, span: str, written: str, unit: str, indicator: str | None, *, after: int = 0, **extra: Any
) -> dict[str, Any]:
    """The figure whose span ``span`` (first occurrence at or after ``after``) holds ``written`` ``unit``."""
    at = text.index(span, after)
    start = at + span.index(written + unit)
    value = number(written)
    factor, base = split_unit(unit)
    rec: dict[str, Any] = {
        "type": "figure",
        "source": extra.pop("source", "report.txt"),
        "org": extra.pop("org", None),
        "period": extra.pop("period", None),
        "section": extra.pop("section", ""),
        "sentence": sentence_around(text, start),
        "text": span,
        "start": start,
        "end": start + len(written),
        "value": value,
        "unit": unit,
        "base_value": value * factor if factor != 1 else value,
        "base_unit": base,
        "approx": None,
        "indicator": indicator,
        "canonical": None,
        "target": False,
        "placeholder": False,
        "topic": None,
        "part_of": None,
        "baseline": None,
        "change": None,
        "of_target": None,
    }
    rec.update(extra)
    return rec
