"""The extract layer's records: figures and dated activities, each grounded in the article text.

``start``/``end`` are half-open offsets into ``Article.text`` (the normalised text), which index the
text as written (``Article.display``) alike. For a figure they cover the number itself; ``text`` is the
wider span of the figure with its indicator. ``text`` and ``sentence`` are cut from the text as written. Relations
between figures of one article (``part_of``, ``baseline``, ``of_target``) name the other figure by
its ``start`` offset, which is unique within an article.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import MISSING, dataclass, fields
from typing import Any, TypeVar

from extract import schema


@dataclass(frozen=True, slots=True)
class Change:
    """A stated change: 增长5.4%, 递减58.3%, 提高2个百分点."""

    value: float
    unit: str
    direction: str  # "up" | "down"

    def record(self) -> dict[str, Any]:
        return schema.record(self, None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Figure:
    """The contract's ``type: "figure"`` record; its fields, in this order, are the record's."""

    source: str
    org: str | None = None
    period: str | None = None
    section: str = ""
    sentence: str = ""
    text: str
    start: int
    end: int
    value: float | int | None
    unit: str
    base_value: float | int | None = None
    base_unit: str | None = None
    approx: str | None = None  # "over" | "under" | "about"
    indicator: str | None = None
    canonical: str | None = None
    target: bool = False
    placeholder: bool = False
    topic: str | None = None
    part_of: int | None = None
    baseline: int | None = None
    change: Change | None = None
    of_target: int | None = None

    def record(self) -> dict[str, Any]:
        return schema.record(self, "figure")


@dataclass(frozen=True, slots=True, kw_only=True)
class Activity:
    """The contract's ``type: "activity"`` record; its participants are a figure, recorded as its value,
    unit and approximation."""

    source: str
    org: str | None = None
    date: str  # YYYY-MM-DD, YYYY-MM or --MM-DD
    action: str
    event: str
    participants: Figure | None = None
    sentence: str = ""
    start: int
    end: int

    def record(self) -> dict[str, Any]:
        rec = schema.record(self, "activity")
        p = self.participants
        rec["participants"] = None if p is None else {"value": p.value, "unit": p.unit, "approx": p.approx}
        return rec


_T = TypeVar("_T")


def _setters(cls: type[Any]) -> dict[str, Any]:
    """``_set_<field>`` → the slot's own ``__set__`` for each field of the frozen, slotted dataclass ``cls`` (its
    ``__setattr__`` refuses), and what the generated functions of ``builder`` and ``changer`` need besides."""
    assert not hasattr(cls, "__post_init__")
    names: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    for f in fields(cls):
        assert f.init and f.default_factory is MISSING
        names[f"_set_{f.name}"] = cls.__dict__[f.name].__set__
    return names


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen, slotted dataclass ``cls`` taking ``__init__``'s parameters (names, defaults,
    keyword-only or not) that fills each slot through the slot's own descriptor: twice as fast as ``__init__``,
    which goes through ``object.__setattr__`` for every field of a frozen class. For the records made by the
    thousand in every report (candidates, figures); ``cls`` has no ``__post_init__`` and no default factories."""
    kw_only = all(f.kw_only for f in fields(cls))  # type: ignore[arg-type]
    names = _setters(cls)
    params, body = [], []
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.kw_only == kw_only
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    _set_{f.name}(o, {f.name})\n")
    star = "*, " if kw_only else ""
    exec(f"def make({star}{', '.join(params)}):\n    o = _new(_cls)\n{''.join(body)}    return o\n", names)
    return names["make"]


def changer(cls: type[_T]) -> Callable[..., _T]:
    """``dataclasses.replace`` for the frozen, slotted dataclass ``cls``, twice as fast as a loop over its slots:
    one line a field (a keyword left out keeps the old value), written out once by ``exec``."""
    names = _setters(cls)
    names["_keep"] = _KEEP
    params = ", ".join(f"{f.name}=_keep" for f in fields(cls))  # type: ignore[arg-type]
    body = "".join(
        f"    _set_{f.name}(o, old.{f.name} if {f.name} is _keep else {f.name})\n"
        for f in fields(cls)  # type: ignore[arg-type]
    )
    exec(f"def change(old, *, {params}):\n    o = _new(_cls)\n{body}    return o\n", names)
    return names["change"]


_KEEP: Any = object()  # the default of each of changer's keywords: the field is not changed

new_figure = builder(Figure)
# ``dataclasses.replace(figure, **changes)``: relations and indicators are settled by copies of the figures,
# thousands of them in a long report
changed = changer(Figure)
