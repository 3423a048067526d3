"""Organisations × the most common indicators: a wide table, one headline figure per cell.

An indicator's column is its canonical name (the lexicon's, else the prefix-stripped wording); the
columns are those stated by the most organisations. Each cell is chosen by the same headline rule
as ``compare`` (``compare.select``), so the matrix agrees with a one-indicator comparison.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from compare.indicators import analyse, canonical_name
from compare.select import Candidate, candidates, headline
from compare.table import documents_by_source, org_of, period_of


@dataclass(frozen=True, slots=True)
class Matrix:
    """``cells[(org, period)][indicator]`` is the headline figure's ``value unit``, as a string."""

    indicators: tuple[str, ...]
    keys: tuple[tuple[str, str | None], ...]
    cells: dict[tuple[str, str | None], dict[str, str]]

    def records(self) -> list[dict[str, Any]]:
        return [
            {"org": org, "period": period, **{i: self.cells[(org, period)].get(i) for i in self.indicators}}
            for org, period in self.keys
        ]

    @property
    def columns(self) -> tuple[str, ...]:
        return ("org", "period", *self.indicators)


def _shown(c: Candidate) -> str:
    v = c.value
    text = f"{v:g}" if isinstance(v, float) else str(v)
    return f"{text}{c.unit}"


def indicator_matrix(records: Iterable[Mapping[str, Any]], *, top: int = 12, targets: bool = False) -> Matrix:
    """The ``top`` canonical indicators stated by the most organisations, one column each."""
    records = list(records)
    docs = documents_by_source(records)
    figures = [
        r
        for r in records
        if r.get("type", "figure") == "figure"
        and r.get("indicator")
        and not r.get("placeholder")
        and bool(r.get("target")) == targets
    ]
    orgs_per: dict[str, set[str]] = {}
    for fig in figures:
        name = canonical_name(str(fig.get("canonical") or fig["indicator"]))
        if len(name) >= 2:
            orgs_per.setdefault(name, set()).add(org_of(fig, docs))
    counts = Counter({name: len(orgs) for name, orgs in orgs_per.items()})
    chosen = tuple(name for name, n in counts.most_common(top) if n > 1 or len(counts) <= top)
    cells: dict[tuple[str, str | None], dict[str, str]] = {}
    for name in chosen:
        groups: dict[tuple[str, str | None], list[Candidate]] = {}
        for c in candidates(analyse(name), figures, targets=targets):
            groups.setdefault((org_of(c.figure, docs), period_of(c.figure, docs)), []).append(c)
        for key, found in groups.items():
            best, _upper, _others = headline(found)
            if best is not None:
                cells.setdefault(key, {})[name] = _shown(best)
    keys = tuple(sorted(cells, key=lambda k: (k[0], k[1] or "")))
    return Matrix(indicators=chosen, keys=keys, cells=cells)
