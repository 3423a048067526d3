"""Filling a fill-in template's blanks (``___家``, ``xx人``, ``XX人次``, ``××家``) from draft data.

A number blank is a run of ``_``/``x``/``×`` followed by a measure word. Its indicator is the text
before it back to the last punctuation (全年组建工会___个 → 组建工会), or after it when
nothing stands before (___家企业申报 → 企业申报). Blanks and data figures of the same unit are paired
by binding (``binding.agreement``: wording similarity, containment, canonical names), best pairs
first, each figure used once; a blank without a partner above ``binding.THRESHOLD`` is never
guessed: its clause goes where the sentence stands without it (``clauses``), otherwise it stays a
visible blank; both are listed in the review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generate.binding import THRESHOLD, agreement, similarity
from generate.clauses import clause_span, removable, settle
from generate.data import DraftData, Quantity
from generate.phrases import format_number

__all__ = ["BLANK", "Blank", "FillResult", "Filled", "fill_text", "find_blanks", "similarity"]

_UNITS = "万元|亿元|元|万人|人次|个百分点|%|人|名|位|户|家|个|条|期|场次|场|次|件次|件|份|项|本|册|吨|公里|平方米|处|所|座|批|支|篇|块|天"
BLANK = re.compile(rf"(?P<blank>_{{2,}}|＿{{2,}}|[xX]{{2,}}|×{{2,}})(?P<more>多|余)?(?P<unit>{_UNITS})")
_CLAUSE_BREAK = re.compile(r"[，,。；;：:、！!？?（）()\n“”\"]")
_FILLER_HEAD = re.compile(
    r"^(?:[上下]半年|今年|目前|全年|共计|累计|共有|共|已有|有|其中|另有|在|到|达到了?|并安排|为|对)+"
)
_FILLER_TAIL = re.compile(r"(?:保持在|达到了?|达|为|占|是|在)$")
_DIGIT = re.compile(r"[0-9０-９]")
_BLANK_CHARS = re.compile(r"_+|＿+|[xX]{2,}|×+")


@dataclass(frozen=True, slots=True)
class Blank:
    start: int  # offsets of the blank itself in the template text
    end: int
    unit: str
    context: str  # the indicator wording read around it


@dataclass(frozen=True, slots=True)
class Filled:
    blank: Blank
    figure: Quantity
    score: float


@dataclass(frozen=True, slots=True)
class FillResult:
    text: str
    filled: tuple[Filled, ...]
    unfilled: tuple[Blank, ...]  # left as visible blanks
    dropped: tuple[tuple[Blank, str], ...] = ()  # taken out with their clause (the clause as it read)

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(
            f"blank not filled: {b.context or '?'}___{b.unit} (offset {b.start})" for b in self.unfilled
        )

    @property
    def review(self) -> tuple[str, ...]:
        gone = tuple(f"已删去：“{clause}”（新数据没有{b.context or '这一项'}）" for b, clause in self.dropped)
        blank = tuple(f"待填：{b.context or '？'}___{b.unit}（新数据没有这一项，第{b.start}字处留空）" for b in self.unfilled)
        return gone + blank


def find_blanks(text: str) -> list[Blank]:
    blanks = []
    for m in BLANK.finditer(text):
        before = _CLAUSE_BREAK.split(text[max(0, m.start() - 20) : m.start()])[-1]
        before = _FILLER_TAIL.sub("", _FILLER_HEAD.sub("", _BLANK_CHARS.sub("", before)))
        context = before
        if len(before) < 2:  # ___家企业申报: the words after the unit say what is counted
            after = _CLAUSE_BREAK.split(text[m.end() : m.end() + 12])[0]
            context = before + after
        blanks.append(Blank(m.start("blank"), m.end("blank"), m["unit"], context))
    return blanks


def fill_text(text: str, data: DraftData) -> FillResult:
    blanks = find_blanks(text)
    figures = [f for f in data.figures if f.indicator != "参加"]
    pairs = sorted(
        (
            (agreement(b.context, None, f.indicator, f.canonical), bi, fi)
            for bi, b in enumerate(blanks)
            for fi, f in enumerate(figures)
            if f.unit == b.unit
        ),
        reverse=True,
    )
    chosen: dict[int, Filled] = {}
    used: set[int] = set()
    for score, bi, fi in pairs:
        if score < THRESHOLD or bi in chosen or fi in used:
            continue
        chosen[bi] = Filled(blanks[bi], figures[fi], score)
        used.add(fi)
    others = [b.start for b in blanks] + [m.start() for m in _DIGIT.finditer(text)]
    drops: list[tuple[int, int]] = []
    dropped: list[tuple[Blank, str]] = []
    for bi, b in enumerate(blanks):
        if bi in chosen:
            continue
        span = removable(text, b.start, b.end, others)
        if span is not None:
            drops.append(span)
            lo, hi = clause_span(text, b.start, b.end)
            dropped.append((b, text[lo:hi]))
    spans = settle(text, drops, kept=[blanks[i].start for i in chosen])
    edits = [(b.start, b.end, format_number(chosen[i].figure.value)) for i, b in enumerate(blanks) if i in chosen]
    edits += [(a, e, "") for a, e in spans]
    out, pos = [], 0
    for a, e, new in sorted(edits):
        if a < pos:
            continue
        out.append(text[pos:a] + new)
        pos = e
    out.append(text[pos:])
    gone = {b.start for b, _ in dropped}
    unfilled = []
    for i, b in enumerate(blanks):
        if i in chosen or b.start in gone:
            continue
        if any(a <= b.start < e for a, e in spans):  # its whole sentence went with another blank's
            lo, hi = clause_span(text, b.start, b.end)
            dropped.append((b, text[lo:hi]))
        else:
            unfilled.append(b)
    return FillResult(
        "".join(out), tuple(chosen[i] for i in sorted(chosen)), tuple(unfilled), tuple(dropped)
    )
