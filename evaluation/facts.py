"""Fact faithfulness of a draft against the data it was drafted from (in the spirit of PARENT).

The data's schema belongs to ``generate/``, a sibling layer this one must not import, so facts are
collected generically: every mapping anywhere in the data with a ``value`` and a ``unit`` is one
fact (``indicator`` and ``approx`` taken when present). The draft's figures come from the extractor.

Matching is one to one: same value and unit, else the same amount in base units (41万元 = 410000元);
among several candidates the fact whose indicator fits the draft figure's best goes first.
Recall is the share of facts the draft states; precision the share of the draft's figures the data
supports, so an invented or altered number counts against it. Placeholders in the draft (an
unfilled ___) state nothing and are left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from evaluation.scoring import Counts, Score, char_f1
from evaluation.units import as_number, clean_unit, same_value, to_base


class StatedFigure(Protocol):
    """What fact scoring reads of ``extract.records.Figure``."""

    value: float | int | None
    unit: str
    base_value: float | int | None
    base_unit: str | None
    indicator: str | None
    placeholder: bool


@dataclass(frozen=True, slots=True)
class Fact:
    value: float
    unit: str
    indicator: str | None = None
    approx: str | None = None
    path: str = ""  # where in the data, e.g. "sections[2].figures[0]"


def collect_facts(data: object) -> list[Fact]:
    """Every ``{value, unit}`` mapping in nested mappings and lists, in document order."""
    return list(_walk(data, ""))


def _walk(node: object, path: str) -> Iterator[Fact]:
    if isinstance(node, dict):
        value = as_number(node.get("value"))
        if value is not None and isinstance(node.get("unit"), str) and "unit" in node:
            ind = node.get("indicator")
            yield Fact(
                value=value,
                unit=clean_unit(node["unit"]),
                indicator=str(ind) if ind else None,
                approx=node.get("approx") or None,
                path=path or "$",
            )
        for key, child in node.items():
            yield from _walk(child, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _walk(child, f"{path}[{i}]")


@dataclass(frozen=True, slots=True)
class FactResult:
    counts: Counts  # matched, draft figures, facts
    supported: tuple[tuple[StatedFigure, Fact], ...]
    unsupported: tuple[StatedFigure, ...]  # numbers the data does not back: invented or altered
    missing: tuple[Fact, ...]  # facts the draft does not state

    @property
    def score(self) -> Score:
        return self.counts.score


def _stated_bases(f: StatedFigure) -> list[tuple[float | None, str]]:
    value = as_number(f.value)
    bases = [to_base(value, clean_unit(f.unit))]
    if f.base_value is not None and f.base_unit:
        bases.append((as_number(f.base_value), clean_unit(f.base_unit)))
    return bases


def score_facts(facts: Sequence[Fact], stated: Sequence[StatedFigure]) -> FactResult:
    """Match the draft's figures to the facts one to one; precision over the draft, recall over the data."""
    figures = [f for f in stated if not f.placeholder and as_number(f.value) is not None]
    free = list(range(len(facts)))
    supported: list[tuple[StatedFigure, Fact]] = []
    unsupported: list[StatedFigure] = []

    def same(f: StatedFigure, fact: Fact) -> bool:
        return clean_unit(f.unit) == fact.unit and same_value(as_number(f.value), fact.value)

    def same_base(f: StatedFigure, fact: Fact) -> bool:
        fv, fu = to_base(fact.value, fact.unit)
        return any(u == fu and same_value(v, fv) for v, u in _stated_bases(f))

    left: list[StatedFigure] = []
    for key, todo in ((same, figures), (same_base, None)):
        for f in todo if todo is not None else list(left):
            cands = [j for j in free if key(f, facts[j])]
            if not cands:
                if todo is not None:
                    left.append(f)
                else:
                    unsupported.append(f)
                continue
            j = max(cands, key=lambda k: char_f1(f.indicator or "", facts[k].indicator or ""))
            free.remove(j)
            supported.append((f, facts[j]))
    return FactResult(
        counts=Counts(len(supported), len(figures), len(facts)),
        supported=tuple(supported),
        unsupported=tuple(unsupported),
        missing=tuple(facts[j] for j in free),
    )
