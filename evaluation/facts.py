"""Fact faithfulness of a draft against the data it was drafted from (in the spirit of PARENT).

The data's schema belongs to ``generate/``, a sibling layer this one must not import, so facts are
collected generically: every mapping anywhere in the data with a ``value`` and a ``unit`` is one
fact (``indicator`` and ``approx`` taken when present). The draft's figures come from the extractor.

Matching is one to one: same value and unit, else the same amount in base units (41万元 = 410000元),
and — binding, as RotoWire's relation generation asks that the entity and the relation type match,
not only the number — the draft figure's indicator must agree with the fact's: character F1 of
the wordings at least ``BINDING_THRESHOLD``, or the same canonical name with an F1 of at least
``CANONICAL_FLOOR``. So 38家 written where 新建工会组织 should stand but the draft's sentence says it
of 走访企业 does not count. Among several candidates the fact whose indicator fits best goes first.
A figure of the right value bound to the wrong indicator is ``misbound``. Recall is the share of
facts the draft states; precision the share of the draft's figures the data supports. Placeholders
in the draft (an unfilled ___) state nothing and are left out.

Facts come from a YAML/JSON data file (:func:`collect_facts`) or from ``extract`` records
(:func:`facts_from_records`). An activity's participant count is a fact of indicator
``PARTICIPANTS``, which any 参加/参会/参赛/参训… wording agrees with; a change (``change``) has the
indicator of its direction (增长, 下降) and a target (``of_target``) 目标任务.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from evaluation.scoring import Counts, Score
from evaluation.units import as_number, clean_unit, same_value, to_base
from extract.wording import char_f1

# Measured on the round trips of tests/generate/test_roundtrip.py: the draft's own figure and the
# data figure it came from score 0.57 and above; a figure of the same value and unit but another
# indicator of the same article 0.40 and below (the numbers are printed by that test on failure).
BINDING_THRESHOLD = 0.5
CANONICAL_FLOOR = 0.3
PARTICIPANTS = "参加人员"
_SUB_INDICATORS = {"participants": PARTICIPANTS, "of_target": "目标任务"}
_DIRECTION = {"up": "增长", "down": "下降"}


class StatedFigure(Protocol):
    """What fact scoring reads of ``extract.records.Figure`` (read-only: a Figure is frozen)."""

    @property
    def value(self) -> float | int | None: ...
    @property
    def unit(self) -> str: ...
    @property
    def base_value(self) -> float | int | None: ...
    @property
    def base_unit(self) -> str | None: ...
    @property
    def indicator(self) -> str | None: ...
    @property
    def canonical(self) -> str | None: ...
    @property
    def placeholder(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Fact:
    value: float
    unit: str
    indicator: str | None = None
    approx: str | None = None
    path: str = ""  # where in the data, e.g. "sections[2].figures[0]"
    canonical: str | None = None


def collect_facts(data: object) -> list[Fact]:
    """Every ``{value, unit}`` mapping in nested mappings and lists, in document order."""
    return list(_walk(data, ""))


def _walk(node: object, path: str, key: str = "", parent: str = "") -> Iterator[Fact]:
    if isinstance(node, dict):
        value = as_number(node.get("value"))
        if value is not None and isinstance(node.get("unit"), str) and "unit" in node:
            ind = node.get("indicator") or _SUB_INDICATORS.get(key)
            if not ind and node.get("direction") in _DIRECTION:  # a change: of its parent, up or down
                ind = f"{parent} {_DIRECTION[str(node['direction'])]}".strip()
            yield Fact(
                value=value,
                unit=clean_unit(node["unit"]),
                indicator=str(ind) if ind else None,
                approx=node.get("approx") or None,
                path=path or "$",
                canonical=node.get("canonical") or None,
            )
        here = str(node.get("indicator") or parent)
        for k, child in node.items():
            yield from _walk(child, f"{path}.{k}" if path else str(k), str(k), here)
    elif isinstance(node, list):
        for i, child in enumerate(node):
            yield from _walk(child, f"{path}[{i}]", key, parent)


def facts_from_records(records: Iterable[Mapping[str, object]]) -> list[Fact]:
    """The facts of ``extract`` records: every figure with a value (placeholders state nothing), and
    every activity's participant count."""
    facts: list[Fact] = []
    for rec in records:
        kind = rec.get("type", "figure")
        if kind == "figure" and not rec.get("placeholder"):
            value = as_number(rec.get("value"))
            if value is None or not rec.get("unit"):
                continue
            facts.append(
                Fact(
                    value=value,
                    unit=clean_unit(str(rec["unit"])),
                    indicator=str(rec.get("indicator") or "") or None,
                    approx=str(rec.get("approx") or "") or None,
                    path=f"{rec.get('source', '')}@{rec.get('start', '')}",
                    canonical=str(rec.get("canonical") or "") or None,
                )
            )
        elif kind == "activity" and isinstance(rec.get("participants"), Mapping):
            p = rec["participants"]
            value = as_number(p.get("value"))  # type: ignore[union-attr]
            if value is not None and p.get("unit"):  # type: ignore[union-attr]
                facts.append(Fact(value, clean_unit(str(p["unit"])), PARTICIPANTS, path=str(rec.get("source", ""))))  # type: ignore[index]
    return facts


def binding(f: StatedFigure, fact: Fact) -> float:
    """How well the draft figure's indicator agrees with the fact's (0 to 1; see the module's docstring)."""
    said = f.indicator or ""
    if fact.indicator == PARTICIPANTS:
        return 1.0 if said.startswith("参") else 0.0
    fit = char_f1(said, fact.indicator or "")
    same_name = bool(f.canonical and fact.canonical and f.canonical == fact.canonical)
    return max(fit, BINDING_THRESHOLD) if same_name and fit >= CANONICAL_FLOOR else fit


def binds(f: StatedFigure, fact: Fact) -> bool:
    return binding(f, fact) >= BINDING_THRESHOLD


@dataclass(frozen=True, slots=True)
class FactResult:
    counts: Counts  # matched, draft figures, facts
    supported: tuple[tuple[StatedFigure, Fact], ...]
    unsupported: tuple[StatedFigure, ...]  # numbers the data does not back: invented or altered
    missing: tuple[Fact, ...]  # facts the draft does not state
    misbound: tuple[tuple[StatedFigure, Fact], ...] = ()  # a fact's number under another indicator

    @property
    def score(self) -> Score:
        return self.counts.score


def _stated_bases(f: StatedFigure) -> list[tuple[float | None, str]]:
    value = as_number(f.value)
    bases = [to_base(value, clean_unit(f.unit))]
    if f.base_value is not None and f.base_unit:
        bases.append((as_number(f.base_value), clean_unit(f.base_unit)))
    return bases


def score_facts(facts: Sequence[Fact], stated: Sequence[StatedFigure], *, bind: bool = True) -> FactResult:
    """Match the draft's figures to the facts one to one; precision over the draft, recall over the data.

    With ``bind`` (the default) a figure counts only where its indicator agrees with the fact's."""
    figures = [f for f in stated if not f.placeholder and as_number(f.value) is not None]
    free = list(range(len(facts)))
    supported: list[tuple[StatedFigure, Fact]] = []
    unsupported: list[StatedFigure] = []

    def same_number(f: StatedFigure, fact: Fact) -> bool:
        return clean_unit(f.unit) == fact.unit and same_value(as_number(f.value), fact.value)

    def same_base_number(f: StatedFigure, fact: Fact) -> bool:
        fv, fu = to_base(fact.value, fact.unit)
        return any(u == fu and same_value(v, fv) for v, u in _stated_bases(f))

    def same(f: StatedFigure, fact: Fact) -> bool:
        return same_number(f, fact) and (not bind or binds(f, fact))

    def same_base(f: StatedFigure, fact: Fact) -> bool:
        return same_base_number(f, fact) and (not bind or binds(f, fact))

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
    misbound = []
    for f in unsupported:
        near = [fact for fact in facts if same_number(f, fact) or same_base_number(f, fact)]
        if near:
            misbound.append((f, max(near, key=lambda fact: binding(f, fact))))
    return FactResult(
        counts=Counts(len(supported), len(figures), len(facts)),
        supported=tuple(supported),
        unsupported=tuple(unsupported),
        missing=tuple(facts[j] for j in free),
        misbound=tuple(misbound),
    )
