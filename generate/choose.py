"""Choosing frames for the data at hand: only where every figure binds to its slot.

A frame's own words were written for what its slots held (…深入推进工资集体协商，{0}，{1}，职工工资正常增长
机制逐步健全): they fit new figures only when each new figure's indicator agrees with the slot's
(``binding.agreement`` above ``binding.THRESHOLD``), in the same unit family. Among the frames that
bind, the one with more slots and the higher total agreement wins; a frame is used once per draft, so
two sections do not read the same. Figures no frame binds are written plainly by the composer.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import permutations

from generate.binding import THRESHOLD, agreement
from generate.data import Quantity
from generate.phrases import Frame, unit_family


class FrameChooser:
    def __init__(self, frames: Sequence[Frame], *, area: str | None = None) -> None:
        # a frame saying 全区 needs to know the reporter is a 区
        self.frames = tuple(f for f in frames if area or "{area}" not in f.text)
        self.used: set[int] = set()

    def choose(self, topic: str, figures: Sequence[Quantity]) -> tuple[Frame, list[int]] | None:
        """The best unused frame some of ``figures`` bind to, and the figure index for each slot."""
        best: tuple[float, int, list[int]] | None = None
        for i, frame in enumerate(self.frames):
            if i in self.used or (frame.topic and frame.topic != topic) or len(frame.slots) > len(figures):
                continue
            for order in permutations(range(len(figures)), len(frame.slots)):
                score = 0.0
                for slot, n in zip(frame.slots, order, strict=True):
                    fig = figures[n]
                    related = fig.direction or fig.target or fig.change or fig.of_target or fig.earlier
                    if slot.family != unit_family(fig.unit) or related:
                        break
                    a = agreement(slot.indicator, slot.canonical, fig.indicator, fig.canonical)
                    if a < THRESHOLD:
                        break
                    score += a
                else:
                    if best is None or score > best[0]:
                        best = (score, i, list(order))
        if best is None:
            return None
        self.used.add(best[1])
        return self.frames[best[1]], best[2]
