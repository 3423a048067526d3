"""What every check sees: one sentence's figures, placed in the sentence, and the tolerance of a figure.

Relations name figures by document ``start``; a sentence only has its text. The sentence's offset in
the document is found by placing the figures' spans in it, so the words between two figures (其中,
占, 相比) can be read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from compare.units import base_of

DIGITS = re.compile(r"[0-9０-９][0-9０-９,，]*(?:[.．。][0-9０-９]+)?")


@dataclass(frozen=True, slots=True)
class Cues:
    part: tuple[str, ...]
    rest: tuple[str, ...]
    share: tuple[str, ...]
    up: tuple[str, ...]
    down: tuple[str, ...]
    baseline_before: tuple[str, ...]
    baseline_after: tuple[str, ...]
    bounded: tuple[str, ...]
    unbounded: tuple[str, ...]


@cache
def cues() -> Cues:
    from corpus.lexicons import load

    raw = load("compare", "lexicons/audit.yaml")
    return Cues(
        part=tuple(raw["part_cues"]),
        rest=tuple(raw["rest_cues"]),
        share=tuple(raw["share_cues"]),
        up=tuple(raw["change_up"]),
        down=tuple(raw["change_down"]),
        baseline_before=tuple(raw["baseline_before"]),
        baseline_after=tuple(raw["baseline_after"]),
        bounded=tuple(raw["bounded_rates"]),
        unbounded=tuple(raw["unbounded_context"]),
    )


@dataclass(frozen=True, slots=True)
class SentenceFigures:
    """The figures of one sentence in order, ``offset`` the sentence's start in the document (or None)."""

    source: str
    org: str | None
    sentence: str
    figures: tuple[Mapping[str, Any], ...]
    offset: int | None
    by_start: Mapping[int, Mapping[str, Any]]  # every figure of the source, for relations

    def local(self, fig: Mapping[str, Any]) -> tuple[int, int] | None:
        if self.offset is None:
            return None
        return int(fig["start"]) - self.offset, int(fig["end"]) - self.offset

    def between(self, a: Mapping[str, Any] | None, b: Mapping[str, Any] | None) -> str | None:
        """The text from the end of ``a`` (sentence start if None) to the start of ``b`` (end if None)."""
        if self.offset is None:
            return None
        lo = 0 if a is None else int(a["end"]) - self.offset
        hi = len(self.sentence) if b is None else int(b["start"]) - self.offset
        return self.sentence[lo:hi] if 0 <= lo <= hi <= len(self.sentence) else None

    def written(self, fig: Mapping[str, Any]) -> str:
        span = self.local(fig)
        if span is not None and 0 <= span[0] <= span[1] <= len(self.sentence):
            return self.sentence[span[0] : span[1]]
        return str(fig.get("text") or "")


def sentence_offset(sentence: str, figures: Sequence[Mapping[str, Any]]) -> int | None:
    """Where the sentence starts in the document: the offset every figure's span agrees with."""
    votes: dict[int, int] = {}
    for fig in figures:
        text, start, end = str(fig.get("text") or ""), int(fig.get("start") or 0), int(fig.get("end") or 0)
        length = end - start
        if not text or length <= 0:
            continue
        seen: set[int] = set()
        at = sentence.find(text)
        while at >= 0:
            for k in range(len(text) - length + 1):
                seen.add(start - at - k)
            at = sentence.find(text, at + 1)
        for off in seen:
            votes[off] = votes.get(off, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    agreed = [off for off, n in votes.items() if n == best]
    if len(agreed) == 1:
        return agreed[0]
    # Several offsets fit the spans: keep one where every number's characters are digits as written.
    for off in sorted(agreed):
        if all(_digits_at(sentence, fig, off) for fig in figures):
            return off
    return None


def _digits_at(sentence: str, fig: Mapping[str, Any], off: int) -> bool:
    lo, hi = int(fig.get("start") or 0) - off, int(fig.get("end") or 0) - off
    if not 0 <= lo < hi <= len(sentence):
        return False
    span = sentence[lo:hi]
    return bool(span) and span[0] not in "，。、；：" and (lo == 0 or not sentence[lo - 1].isdigit())


def decimals(written: str) -> int:
    """Decimals as written: 20.00 → 2, 58.3 → 1, 41 → 0, 十二 → 0."""
    m = DIGITS.search(written)
    if not m:
        return 0
    parts = re.split(r"[.．。]", m.group())
    return len(parts[1]) if len(parts) > 1 else 0


def half_ulp(written: str) -> float:
    """Half a unit of the last written decimal: the rounding a stated value may carry."""
    return 0.5 * 10 ** (-decimals(written))


def amount(fig: Mapping[str, Any]) -> tuple[float | None, str]:
    """The figure in its base unit (元, 人, 家 …)."""
    value = fig.get("value")
    return base_of(
        None if value is None else float(value),
        str(fig.get("unit") or ""),
        fig.get("base_value"),
        fig.get("base_unit"),
    )


def factor(fig: Mapping[str, Any]) -> float:
    """How many base units one written unit is (万元 → 10000)."""
    base, _ = amount(fig)
    value = fig.get("value")
    if base is None or not value:
        return 1.0
    return base / float(value)


def is_rate(fig: Mapping[str, Any]) -> bool:
    return str(fig.get("unit") or "") in {"%", "‰", "个百分点", "百分点", "倍"}


def usable(fig: Mapping[str, Any]) -> bool:
    return not fig.get("placeholder") and fig.get("value") is not None
