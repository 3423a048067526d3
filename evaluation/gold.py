"""Gold figures: the JSON Lines files of shared/guides/ANNOTATION.md.

Two forms load. The guide's form names the place with a ``quote`` (a verbatim substring of the
source); the project's own gold (``tests/gold``) gives ``start``/``end`` offsets into the source
text instead. ``file`` is the source's basename either way; ``indicator`` a wording or a list of
acceptable wordings, the preferred first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from evaluation.errors import EvaluationError
from evaluation.units import as_number, clean_unit

_APPROX = frozenset({None, "over", "under", "about"})


@dataclass(frozen=True, slots=True)
class GoldFigure:
    file: str
    value: float | None
    unit: str
    approx: str | None = None
    indicator: tuple[str, ...] = ()
    target: bool = False
    placeholder: bool = False
    optional: bool = False
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    origin: str = ""  # "gold.jsonl:12", for messages

    def record(self) -> dict[str, object]:
        return {
            "file": self.file,
            "value": self.value,
            "unit": self.unit,
            "approx": self.approx,
            "indicator": list(self.indicator),
            "target": self.target,
            "placeholder": self.placeholder,
            "optional": self.optional,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
        }


def _flag(raw: object) -> bool:
    if isinstance(raw, str):
        return raw.strip().lower() in {"true", "1", "yes"}
    return bool(raw)


def _offset(raw: object, where: str) -> int | None:
    if raw is None:
        return None
    if isinstance(raw, int) and not isinstance(raw, bool) and raw >= 0:
        return raw
    raise EvaluationError(where, f"offset {raw!r} is not a non-negative integer")


def gold_figure(row: dict, where: str) -> GoldFigure:
    """One gold line, checked: a file, a unit, a number unless it is a placeholder."""
    if not isinstance(row, dict):
        raise EvaluationError(where, "a gold line must be a JSON object")
    file = row.get("file")
    if not isinstance(file, str) or not file.strip():
        raise EvaluationError(where, "gold figure has no 'file'")
    placeholder = _flag(row.get("placeholder"))
    value = as_number(row.get("value"))
    if value is None and not placeholder:
        raise EvaluationError(where, f"gold figure has no numeric 'value' ({row.get('value')!r})")
    approx = row.get("approx") or None
    if approx not in _APPROX:
        raise EvaluationError(where, f"approx must be over, under, about or null, not {approx!r}")
    raw_ind = row.get("indicator")
    indicator = (raw_ind,) if isinstance(raw_ind, str) else tuple(str(w) for w in raw_ind or ())
    return GoldFigure(
        file=Path(file.strip()).name,
        value=value,
        unit=clean_unit(row.get("unit")),
        approx=approx,
        indicator=tuple(w for w in indicator if w),
        target=_flag(row.get("target")),
        placeholder=placeholder,
        optional=_flag(row.get("optional")),
        start=_offset(row.get("start"), where),
        end=_offset(row.get("end"), where),
        quote=row.get("quote") or None,
        origin=where,
    )


def parse_gold(lines: Iterable[str], name: str) -> list[GoldFigure]:
    """Gold figures from JSON Lines text; blank lines skipped; errors name ``name:line``."""
    figures = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvaluationError(where, f"not JSON ({exc.msg})") from exc
        figures.append(gold_figure(row, where))
    return figures


def read_gold(path: str | Path) -> list[GoldFigure]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(str(path), f"cannot read gold file ({exc})") from exc
    return parse_gold(text.splitlines(), str(path))
