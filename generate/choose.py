"""Choosing frames for the data at hand: TF-IDF over character n-grams, then variety.

A frame is scored against a group of data figures by the cosine similarity of their character
1–3-grams (topic, indicators, the frame's own words), with bonuses where the frame's slots held the
same canonical indicator or the same unit family, and a penalty for a frame already used — so two
sections of one draft do not read the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from generate.data import Quantity
from generate.phrases import Frame, unit_family

_SAME_CANONICAL = 0.35
_SAME_FAMILY = 0.1
_SAME_TOPIC = 0.25
_USED = 1.0
_OTHER_TOPIC = 0.6  # a frame written for another topic talks about the wrong work


def _frame_doc(frame: Frame) -> str:
    return " ".join([frame.topic or "", *(s.indicator for s in frame.slots), frame.context])


def _query_doc(topic: str, figures: Sequence[Quantity]) -> str:
    return " ".join([topic, *(f.indicator for f in figures), *(f.canonical or "" for f in figures)])


class FrameChooser:
    """Holds the frames and their TF-IDF matrix; ``choose`` picks one for a group of figures."""

    def __init__(self, frames: Sequence[Frame]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer

        self.frames = tuple(frames)
        self._vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
        self._matrix = (
            self._vectorizer.fit_transform([_frame_doc(f) for f in self.frames]) if self.frames else None
        )
        self.used: set[int] = set()

    def sizes(self) -> set[int]:
        return {len(f.slots) for f in self.frames}

    def choose(self, topic: str, figures: Sequence[Quantity]) -> tuple[Frame, list[int]] | None:
        """The best frame with ``len(figures)`` slots, and which figure goes in each slot (or None)."""
        k = len(figures)
        idx = [i for i, f in enumerate(self.frames) if len(f.slots) == k]
        if not idx or self._matrix is None:
            return None
        from sklearn.metrics.pairwise import cosine_similarity

        q = self._vectorizer.transform([_query_doc(topic, figures)])
        sims = cosine_similarity(q, self._matrix[idx]).ravel()
        best, best_score, best_order = -1, float("-inf"), list(range(k))
        for j, i in enumerate(idx):
            frame = self.frames[i]
            order = _assign(frame, figures)
            score = float(sims[j])
            for slot_n, fig_n in enumerate(order):
                slot, fig = frame.slots[slot_n], figures[fig_n]
                if slot.canonical and slot.canonical == fig.canonical:
                    score += _SAME_CANONICAL
                if slot.family == unit_family(fig.unit):
                    score += _SAME_FAMILY
            if frame.topic and frame.topic == topic:
                score += _SAME_TOPIC
            elif frame.topic:
                score -= _OTHER_TOPIC
            if i in self.used:
                score -= _USED
            if score > best_score:
                best, best_score, best_order = i, score, order
        self.used.add(best)
        return self.frames[best], best_order


def _assign(frame: Frame, figures: Sequence[Quantity]) -> list[int]:
    """Which figure fills each slot: same unit family first, in data order (greedy, k ≤ 3)."""
    free = list(range(len(figures)))
    order = []
    for slot in frame.slots:
        pick = next((n for n in free if unit_family(figures[n].unit) == slot.family), free[0])
        free.remove(pick)
        order.append(pick)
    return order
