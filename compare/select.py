"""Which figures of a report state the indicator, and which one is its headline.

A growth query (地区生产总值增长) is answered two ways, both handled: a % figure whose indicator is
the aggregate plus 增长 (or the aggregate alone, with 增长 in its span), or a level figure
(全省地区生产总值 5.3万亿元) carrying a ``change`` of +5.5%.

The headline rule, when a report gives the indicator more than once:
1. never a sub-region's figure (南疆五地州地区生产总值, 海洋生产总值): those are listed, not chosen;
2. a mention outside multi-year context (年均, 十四五, 五年来, 以来 in its sentence or section) beats
   one inside it — a government report reviews the year before the five years;
3. the better-matching wording (same canonical name beats mere character similarity; a headline
   indicator is matched by its names only, never by likeness);
4. the first mention: reviews open with the headline numbers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from dataclasses import replace as _replace
from typing import Any

from compare.indicators import (
    GROWTH,
    Wording,
    analyse,
    as_growth,
    is_tail_of_name,
    lexicon,
    similarity,
    strip_prefixes,
)

THRESHOLD = 0.6  # character F1 below this names another indicator
GROWTH_UNITS = frozenset({"%"})  # 提高1个百分点 is a rate's change, not an aggregate's growth
CLAUSE_BREAK = re.compile(r"[，,；;。：:、]")
WORDY = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # an indicator of dashes only (—5.5%) names nothing
GROWTH_VERB = re.compile(r"增长|增速|增幅|提高|提升|上升|下降|降低|减少|回落|递增|递减")
FALLING = frozenset({"下降", "降低", "减少", "回落", "递减"})
NEARBY = 40  # characters: a level figure and its growth are stated side by side
RANGE_GAP = 4  # 5%—5.5%: the top of a range follows its bottom within a dash
APPROX_WORDS = {"over": "以上", "under": "以内", "about": "左右"}


@dataclass(frozen=True, slots=True)
class Candidate:
    figure: Mapping[str, Any]
    value: float | int | None
    unit: str
    base_value: float | int | None
    base_unit: str | None
    via_change: bool
    score: float
    retrospective: bool
    subregion: bool
    target_worded: bool = False  # 预期目标 in the sentence of an "achieved" figure: likely a missed target
    indicator: str | None = None  # the wording that matched (borrowed from the level figure if need be)
    range_top: bool = False  # the 5.5% of 增长5%—5.5%

    @property
    def start(self) -> int:
        return int(self.figure.get("start") or 0)

    @property
    def source(self) -> str:
        return str(self.figure.get("source") or "")

    def rank(self) -> tuple[bool, bool, bool, bool, bool, float]:
        """The headline rule, most important first (smaller wins); the report and position break ties."""
        worded = self.target_worded and not self.figure.get("target")
        sub_item = self.figure.get("part_of") is not None  # a 其中 breakdown, not the whole
        return (self.subregion, sub_item, self.range_top, worded, self.retrospective, -round(self.score, 1))

    def shown(self) -> str:
        """Value and unit as a person writes them: 6.5%, 92.5万人, 5%以上."""
        v = self.value
        text = f"{v:g}" if isinstance(v, float) else str(v)
        return text + self.unit + APPROX_WORDS.get(str(self.figure.get("approx")), "")

    def label(self) -> str:
        """The mention as the report words it (生产总值增长6.5%), else its value and unit (6.5%)."""
        text = str(self.figure.get("text") or "").strip()
        return text if text and not self.via_change else f"{self.indicator or ''}{self.shown()}"


def _wordings(fig: Mapping[str, Any]) -> list[Wording]:
    """The figure's indicator as written; its ``canonical`` only when no indicator was found.

    The wording is trusted over ``canonical``: an extractor that maps 咖啡产值增长 to 地区生产总值增长
    must not put coffee in a GDP table.
    """
    text = str(fig.get("indicator") or fig.get("canonical") or "")
    org = str(fig.get("org") or "")
    if org and text.startswith(org) and len(text) > len(org):
        text = text[len(org) :]  # 汶上县完成GDP: the organisation naming itself, not a sub-region
    return [analyse(text)] if text else []


def clause_of(fig: Mapping[str, Any]) -> str:
    """The clause of the sentence that ends with the figure: 、年均增长4.7% → 年均增长4.7%."""
    sentence, text = str(fig.get("sentence") or ""), str(fig.get("text") or "")
    at = sentence.find(text) if text else -1
    if at < 0:
        return text
    head = CLAUSE_BREAK.split(sentence[:at])[-1]
    return head + text


def _foreign_modifier(query: Wording, fig: Mapping[str, Any]) -> bool:
    """The figure's clause carries a modifier the query lacks (年均, 人均, 累计 …): another indicator."""
    clause = clause_of(fig)
    return any(m in clause and m not in query.modifiers for m in lexicon().modifiers)


def is_target(fig: Mapping[str, Any]) -> bool:
    """A goal: flagged so by the extractor, or stated in a sentence of goals (主要预期目标是：…)."""
    return bool(fig.get("target")) or _target_worded(fig)


def _target_worded(fig: Mapping[str, Any]) -> bool:
    sentence = str(fig.get("sentence") or "")
    return any(cue in sentence for cue in lexicon().target_cues)


def _declines(fig: Mapping[str, Any]) -> bool:
    """The span says the figure fell (同比下降2%): its change is down, or a falling verb comes last."""
    change = fig.get("change")
    if isinstance(change, Mapping) and change.get("direction"):
        return change.get("direction") == "down"
    verbs = GROWTH_VERB.findall(str(fig.get("text") or ""))
    return bool(verbs) and verbs[-1] in FALLING


def _is_growth_span(fig: Mapping[str, Any]) -> bool:
    """The span says 增长 (or 下降 …) before the number: 地区生产总值增长5.4%."""
    return fig.get("unit") in GROWTH_UNITS and bool(GROWTH_VERB.search(str(fig.get("text") or "")))


def multi_year(fig: Mapping[str, Any]) -> bool:
    """Multi-year context in the figure's sentence (sections such as “十三五”时期和2020年工作回顾 mix both)."""
    sentence = str(fig.get("sentence") or "")
    return any(cue in sentence for cue in lexicon().span_cues)


def _modified_change(fig: Mapping[str, Any], change: float) -> bool:
    """The sentence says 年均 (or another modifier) just before the change's number: not this year's."""
    sentence = str(fig.get("sentence") or "")
    number = f"{change:g}"
    for m in re.finditer(re.escape(number), sentence):
        before = sentence[max(0, m.start() - 8) : m.start()]
        if any(mod in before for mod in lexicon().modifiers):
            return True
    return False


def _named(query: Wording, score: float, fig: Mapping[str, Any]) -> bool:
    """A headline indicator (地区生产总值增长: marked so in the extractor's lexicon) is named by the lexicons
    only: the same canonical name, by compare's synonyms or the extractor's ``canonical``, never mere
    likeness (工业总产值增长 and 农业总产值增长 share two thirds of GDP growth's characters). Other
    indicators (新建工会组织 ~ 新建基层工会组织) are matched by likeness."""
    from extract.canonical import headlines

    if query.canonical is None or score >= 1.0 or query.canonical not in headlines():
        return True
    named = str(fig.get("canonical") or "")
    if named and named in (query.canonical, query.level if query.growth and _is_growth_span(fig) else None):
        return True
    # a wording cut short where the page broke the words (生产(chǎn)总值 → 总值): the tail of a name
    stems = [strip_prefixes(w.text) for w in _wordings(fig)]
    return any(is_tail_of_name(stem, query.level or query.canonical) for stem in stems)


def _score(query: Wording, wordings: Iterable[Wording]) -> tuple[float, bool, str | None]:
    best, sub, text = 0.0, False, None
    for w in wordings:
        s = similarity(query, w)
        if s > best:
            best, sub, text = s, bool(w.extra), w.text
    return best, sub, text


def candidates(query: Wording, figures: Iterable[Mapping[str, Any]], *, targets: bool) -> list[Candidate]:
    """Every figure that states the queried indicator, achieved or target as asked."""
    level_query = analyse(query.level) if query.growth and query.level else None
    found: list[Candidate] = []
    by_sentence: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for fig in figures:
        if fig.get("placeholder") or is_target(fig) != targets:
            continue
        by_sentence.setdefault((str(fig.get("source")), str(fig.get("sentence"))), []).append(fig)
    for group in by_sentence.values():
        group.sort(key=lambda f: int(f.get("start") or 0))
        previous: Candidate | None = None
        for i, fig in enumerate(group):
            wordings = _wordings(fig)
            if query.growth and _is_growth_span(fig):
                wordings = [analyse(as_growth(w.text)) if not w.growth else w for w in wordings]
                if not any(w.level for w in wordings) and i > 0:
                    # "5.3万亿元、增长5.5%": the bare growth borrows the level figure just before it
                    prev = group[i - 1]
                    if int(fig.get("start") or 0) - int(prev.get("end") or 0) <= NEARBY:
                        wordings += [analyse(as_growth(w.text)) for w in _wordings(prev) if not w.growth]
            score, sub, text = _score(query, wordings)
            unit = str(fig.get("unit") or "")
            if (query.growth and unit not in GROWTH_UNITS) or _foreign_modifier(query, fig):
                score = 0.0
            elif not query.growth and _is_growth_span(fig):
                score = 0.0  # 生产总值增长6.5%: the level's growth, another indicator than the level
            elif not _named(query, score, fig):
                score = 0.0
            if score >= THRESHOLD:
                value = fig.get("value")
                if query.growth and isinstance(value, int | float) and _declines(fig):
                    value = -value  # 同比下降2%: a growth of -2%
                previous = _candidate(fig, value, unit, False, score, sub, text)
                found.append(previous)
            elif (
                previous is not None
                # the top of a range says no indicator of its own, or its bottom's (5%—5.5%)
                and (
                    not WORDY.search(str(fig.get("indicator") or ""))
                    or fig.get("indicator") == previous.figure.get("indicator")
                )
                and unit == previous.unit
                and 0
                <= int(fig.get("start") or 0) - int(previous.figure.get("end") or 0)
                <= RANGE_GAP + len(unit)
            ):
                top = _candidate(fig, fig.get("value"), unit, False, previous.score, sub, previous.indicator)
                found.append(_replace(top, range_top=True))
            change = fig.get("change")
            if level_query is not None and isinstance(change, Mapping) and change.get("unit") in GROWTH_UNITS:
                score, sub, text = _score(level_query, [w for w in _wordings(fig) if not w.growth])
                value = float(change["value"]) * (-1 if change.get("direction") == "down" else 1)
                if score >= THRESHOLD and _named(level_query, score, fig) and not _modified_change(fig, abs(value)):
                    wording = as_growth(str(fig.get("indicator") or text))
                    found.append(_candidate(fig, value, str(change["unit"]), True, score, sub, wording))
    return _dedupe(found)


def _candidate(fig, value, unit, via_change, score, sub, wording) -> Candidate:  # type: ignore[no-untyped-def]
    indicator = fig.get("indicator")
    if wording and not via_change and (not indicator or analyse(str(indicator)).level is None):
        indicator = wording  # "增长" alone says nothing: show what it was matched as
    elif via_change:
        indicator = wording
    return Candidate(
        figure=fig,
        value=value,
        unit=unit,
        base_value=None if via_change else fig.get("base_value"),
        base_unit=None if via_change else fig.get("base_unit"),
        via_change=via_change,
        score=score,
        retrospective=multi_year(fig),
        subregion=sub,
        target_worded=_target_worded(fig),
        indicator=indicator,
    )


def _dedupe(found: list[Candidate]) -> list[Candidate]:
    """A level figure's change and the separate % figure beside it are one claim: keep the % figure."""
    direct = [c for c in found if not c.via_change]
    kept = list(direct)
    for c in found:
        if c.via_change and not any(
            d.figure.get("source") == c.figure.get("source")
            and d.value is not None
            and c.value is not None
            and abs(abs(float(d.value)) - abs(float(c.value))) < 1e-9
            and abs(d.start - c.start) <= NEARBY
            for d in direct
        ):
            kept.append(c)
    return kept


def headline(
    found: list[Candidate], prefer: Callable[[Candidate], int] | None = None
) -> tuple[Candidate | None, Candidate | None, list[Candidate]]:
    """The headline, the top of its range if one is stated (5%—5.5%), and the other mentions in order.

    ``prefer`` ranks the reports a candidate comes from (smaller wins) after the rule of ``rank``:
    for a year's result, the next year's report, which states it first.
    """

    def order(c: Candidate) -> tuple[Any, ...]:
        return (*c.rank(), prefer(c) if prefer else 0, c.source, c.start)

    eligible = sorted((c for c in found if not c.subregion), key=order)
    if not eligible:
        return None, None, sorted(found, key=lambda c: (c.source, c.start))
    best = eligible[0]
    end = int(best.figure.get("end") or best.start)
    upper = next(
        (
            c
            for c in found
            if c is not best
            and not c.via_change
            and c.figure.get("source") == best.figure.get("source")
            and 0 <= c.start - end <= RANGE_GAP + len(best.unit)
            and c.unit == best.unit
        ),
        None,
    )
    others = sorted((c for c in found if c is not best and c is not upper), key=lambda c: (c.source, c.start))
    return best, upper, others


def is_growth_query(wording: str) -> bool:
    return analyse(wording).growth or wording.endswith(GROWTH)
