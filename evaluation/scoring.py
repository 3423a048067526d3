"""Score value types and the arithmetic every metric shares.

``Score`` follows rouge-score's convention (``scoring.py`` there): a division by zero counts as 0,
so an empty prediction scores 0 rather than failing. Fractions are always in [0, 1].
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from extract.wording import char_f1


def f_measure(precision: float, recall: float) -> float:
    """Harmonic mean; 0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total > 0 else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and their F1, each a fraction in [0, 1]."""

    precision: float
    recall: float
    f1: float

    @staticmethod
    def of(precision: float, recall: float) -> Score:
        return Score(precision, recall, f_measure(precision, recall))

    @staticmethod
    def from_counts(matched: int, predicted: int, gold: int) -> Score:
        """``matched`` of ``predicted`` items agree with ``matched`` of ``gold`` items."""
        return Score.of(matched / max(predicted, 1), matched / max(gold, 1))

    def record(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True, slots=True)
class Counts:
    """What a one-to-one matching found: the numbers micro-averaged totals are summed from."""

    matched: int
    predicted: int
    gold: int

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.matched + other.matched, self.predicted + other.predicted, self.gold + other.gold)

    @property
    def score(self) -> Score:
        return Score.from_counts(self.matched, self.predicted, self.gold)


def best_wording(predicted: str | None, wordings: Sequence[str]) -> tuple[float, str | None]:
    """The gold wording the predicted indicator fits best, and its character F1 (0 for none)."""
    scored = [(char_f1(predicted or "", w), w) for w in wordings]
    if not scored:
        return 0.0, None
    return max(scored, key=lambda fw: fw[0])  # the first of equals: gold lists its preferred wording first


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the defined values; None when none is defined."""
    xs = [v for v in values if v is not None]
    return sum(xs) / len(xs) if xs else None
