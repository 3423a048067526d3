"""Taking a clause out of a sentence: what ``--like`` and ``fill`` do with a slot the new data has
nothing for.

A clause runs from after the previous ，；。 (or the line's start) to its own end mark. A slot's clause
can go when it holds no other slot or figure and the sentence still has another clause (…发放慰问金
18.5万元，走访困难职工120户。 → …发放慰问金18.5万元。); otherwise the slot stays a visible blank. A
sentence left with only its lead (据统计。其中。截至×月×日。) goes as a whole. Spans are half-open
offsets into the text; the caller applies them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

CLAUSE_END = "，,；;。！？!?\n"
SENTENCE_END = "。；;！？!?\n"
_LEAD_MAX = 8  # what may be left of a sentence whose slots all went: 据统计, 截至×月×日
_PUNCT = re.compile(r"[，,。；;：:、\s]")


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``text`` around ``[start, end)``, without its end mark."""
    lo = max(text.rfind(c, 0, start) for c in CLAUSE_END) + 1
    hi = min((i for i in (text.find(c, end) for c in CLAUSE_END) if i >= 0), default=len(text))
    return lo, hi


def removable(text: str, start: int, end: int, others: Iterable[int]) -> tuple[int, int] | None:
    """The span to delete so the slot at ``[start, end)`` goes with its clause, or None when the
    clause holds another slot (``others``: their offsets) or is its sentence's only clause."""
    lo, hi = clause_span(text, start, end)
    if any(lo <= o < hi for o in others if not start <= o < end):
        return None
    sentence_lo = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    if lo > sentence_lo:  # …，this clause → drop it with the comma before it
        return lo - 1, hi
    if hi < len(text) and text[hi] in "，,":  # the sentence's first clause: drop it with the comma after
        return lo, hi + 1
    return None


def settle(text: str, drops: Sequence[tuple[int, int]], kept: Iterable[int] = ()) -> list[tuple[int, int]]:
    """``drops`` merged, plus every sentence they leave with no more than its lead (and no ``kept``
    slot), in order."""
    kept = list(kept)
    spans = list(drops)
    start = 0
    for m in re.finditer(r"[。；;！？!?\n]", text + "\n"):
        s, e = start, min(m.end(), len(text))
        start = m.end()
        if not any(s <= a < e for a, _ in drops) or any(s <= k < e for k in kept):
            continue
        left = "".join(c for i, c in enumerate(text[s:e], s) if not any(a <= i < b for a, b in drops))
        if len(_PUNCT.sub("", left)) <= _LEAD_MAX:
            spans.append((s, e - 1 if text[e - 1 : e] == "\n" else e))
    spans += _orphan_leads(text, spans)
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_LEADS = re.compile(r"^(?:其中|据统计|同时|另外|此外|目前|首先|其次|截至\S{0,6}|截止\S{0,6})$")


def _orphan_leads(text: str, drops: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A lead clause (其中，) whose every following clause in its sentence went: 共帮扶4300户，其中。"""
    if not drops:
        return []

    def gone(i: int) -> bool:
        return any(a <= i < b for a, b in drops)

    out = []
    for m in re.finditer(r"[^，,；;。！？!?\n]+", text):
        if gone(m.start()) or not _LEADS.match(m[0].strip()):
            continue
        rest = m.end()
        while rest < len(text) and (gone(rest) or text[rest] in "，,"):
            rest += 1
        if rest > m.end() + 1 and (rest >= len(text) or text[rest] in SENTENCE_END):
            lo = m.start() - 1 if m.start() and text[m.start() - 1] in "，," else m.start()
            out.append((lo, rest if lo < m.start() else rest + 1 if rest < len(text) else rest))
    return out
