"""The extract layer's records: figures and dated activities, each grounded in the article text.

``start``/``end`` are half-open offsets into ``Article.text`` (the normalised text), which index the
text as written (``Article.display``) alike. For a figure they cover the number itself; ``text`` is the
wider span of the figure with its indicator. ``text`` and ``sentence`` are cut from the text as written. Relations
between figures of one article (``part_of``, ``baseline``, ``of_target``) name the other figure by
its ``start`` offset, which is unique within an article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Change:
    """A stated change: 增长5.4%, 递减58.3%, 提高2个百分点."""

    value: float
    unit: str
    direction: str  # "up" | "down"

    def record(self) -> dict[str, Any]:
        return {"value": self.value, "unit": self.unit, "direction": self.direction}


@dataclass(frozen=True, slots=True)
class Figure:
    source: str
    start: int
    end: int
    text: str
    value: float | int | None
    unit: str
    base_value: float | int | None = None
    base_unit: str | None = None
    approx: str | None = None  # "over" | "under" | "about"
    indicator: str | None = None
    canonical: str | None = None
    target: bool = False
    placeholder: bool = False
    sentence: str = ""
    section: str = ""
    org: str | None = None
    period: str | None = None
    topic: str | None = None
    part_of: int | None = None
    baseline: int | None = None
    change: Change | None = None
    of_target: int | None = None

    def record(self) -> dict[str, Any]:
        return {
            "type": "figure",
            "source": self.source,
            "org": self.org,
            "period": self.period,
            "section": self.section,
            "sentence": self.sentence,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "unit": self.unit,
            "base_value": self.base_value,
            "base_unit": self.base_unit,
            "approx": self.approx,
            "indicator": self.indicator,
            "canonical": self.canonical,
            "target": self.target,
            "placeholder": self.placeholder,
            "topic": self.topic,
            "part_of": self.part_of,
            "baseline": self.baseline,
            "change": self.change.record() if self.change else None,
            "of_target": self.of_target,
        }


@dataclass(frozen=True, slots=True)
class Activity:
    source: str
    start: int
    end: int
    date: str  # YYYY-MM-DD, YYYY-MM or --MM-DD
    action: str
    event: str
    participants: Figure | None = None
    sentence: str = ""
    org: str | None = None

    def record(self) -> dict[str, Any]:
        p = self.participants
        return {
            "type": "activity",
            "source": self.source,
            "org": self.org,
            "date": self.date,
            "action": self.action,
            "event": self.event,
            "participants": None if p is None else {"value": p.value, "unit": p.unit, "approx": p.approx},
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
        }


FIGURE_FIELDS: tuple[str, ...] = tuple(Figure(source="", start=0, end=0, text="", value=0, unit="").record())
ACTIVITY_FIELDS: tuple[str, ...] = tuple(
    Activity(source="", start=0, end=0, date="", action="", event="").record()
)
