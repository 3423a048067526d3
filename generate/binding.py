"""Binding: does a figure belong in a slot? A number goes only where its indicator belongs.

A slot (a figure of last year's report, a template's blank, a frame's slot) and a data figure bind
when their units are of one family and their indicators agree: the wording's similarity (Dice over
characters and character bigrams), raised when both canonical names are known and equal, lowered
when both are known and differ. Similarity is over character bigrams (words shared), and a wording
held whole in the other (慰问金 in 节日期间发放慰问金) counts as agreeing. The canonical name alone is
not enough: the extractor files 慰问帮扶困难职工 and 困难职工家庭子女圆梦大学 under one name (困难职工),
and a slot for the one must never get the other's count. ``THRESHOLD`` was set from the pairs of
``tests/generate/test_binding.py``: the right pairs there score 0.6 and above, the wrong ones of one
unit family 0.47 and below.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from generate.phrases import unit_family

THRESHOLD = 0.53  # between the wrong pairs (0.47 at most) and the right ones (0.6 at least)
_CONTAINED_FROM = 3
_CONTAINED = 0.6
_SAME_CANONICAL = 0.1
_OTHER_CANONICAL = 0.2


def _grams(s: str) -> Counter[str]:
    return Counter(list(s) + [s[i : i + 2] for i in range(len(s) - 1)])


def similarity(a: str, b: str) -> float:
    """Dice coefficient over characters and character bigrams: 新建企业工会 ~ 新建基层工会组织."""
    ga, gb = _grams(a), _grams(b)
    total = sum(ga.values()) + sum(gb.values())
    return 2 * sum((ga & gb).values()) / total if total else 0.0


def _pairs(s: str) -> Counter[str]:
    return Counter([s[i : i + 2] for i in range(len(s) - 1)] or [s])


def word_similarity(a: str, b: str) -> float:
    """Dice over character bigrams: the words two wordings share, not their characters (资助困难职工子女
    and 困难职工自助创业 share most characters but only 困难职工)."""
    pa, pb = _pairs(a), _pairs(b)
    total = sum(pa.values()) + sum(pb.values())
    return 2 * sum((pa & pb).values()) / total if a and b else 0.0


def agreement(wording: str, canonical: str | None, other_wording: str, other_canonical: str | None) -> float:
    """How surely two indicators name one thing, in [0, 1]."""
    score = word_similarity(wording, other_wording)
    short, long_ = sorted((wording, other_wording), key=len)
    if len(short) >= _CONTAINED_FROM and short in long_:
        score = max(score, _CONTAINED)  # 慰问金 of 节日期间发放慰问金
    if canonical and other_canonical:
        if canonical == other_canonical:
            score += _SAME_CANONICAL
        else:
            score -= _OTHER_CANONICAL
    return max(0.0, min(1.0, score))


def best_binding(
    wording: str, canonical: str | None, unit: str, pool: Sequence[object]
) -> tuple[int, float] | None:
    """The index in ``pool`` (objects with ``indicator``, ``canonical``, ``unit``) of the figure that
    binds best to the slot, and its confidence; None when none reaches ``THRESHOLD``."""
    family = unit_family(unit)
    best: tuple[int, float] | None = None
    for i, q in enumerate(pool):
        if unit_family(q.unit) != family:  # type: ignore[attr-defined]
            continue
        score = agreement(wording, canonical, q.indicator, q.canonical)  # type: ignore[attr-defined]
        if score >= THRESHOLD and (best is None or score > best[1]):
            best = (i, score)
    return best
