"""Gold figures: the JSON Lines files of shared/guides/ANNOTATION.md.

Two forms load. The guide's form names the place with a ``quote`` (a verbatim substring of the
source); the project's own gold (``tests/gold``) gives ``start``/``end`` offsets into the source
text instead. ``file`` is the source's basename either way; ``indicator`` a wording or a list of
acceptable wordings, the preferred first.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from corpus.periods import CODE, SPAN
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
    period: str | None = None
    period_given: bool = False  # older gold files carry no period: they are not scored on it
    canonical: str | None = None
    canonical_given: bool = False
    regions: tuple[tuple[int, int], ...] = ()  # the annotated parts of the source; () for all of it

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
            "period": self.period,
            "canonical": self.canonical,
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
        period=_period(row.get("period"), where),
        period_given="period" in row,
        canonical=row.get("canonical") or None,
        canonical_given="canonical" in row,
    )


def _period(raw: object, where: str) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str) or not (CODE.match(raw) or SPAN.match(raw)):
        raise EvaluationError(where, f"period must look like 2021, 2021H1, 2021Q3 or 2016-2020, not {raw!r}")
    return raw


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
    """A gold file; a ``<name>.regions.json`` beside it limits scoring to the annotated parts of the source."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationError(str(path), f"cannot read gold file ({exc})") from exc
    figures = parse_gold(text.splitlines(), str(path))
    regions = read_regions(p.with_name(p.name.removesuffix(".jsonl") + ".regions.json"))
    return [replace(g, regions=regions) for g in figures] if regions else figures


def read_regions(path: Path) -> tuple[tuple[int, int], ...]:
    """``[{"start": 10, "end": 900, …}, …]``: the spans of a long source that were annotated, every figure in them."""
    if not path.exists():
        return ()
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return tuple(sorted((int(r["start"]), int(r["end"])) for r in rows))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise EvaluationError(str(path), f"cannot read regions ({exc})") from exc
