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


def _drafting(cls: type[Any]) -> dict[str, Any]:
    """What the functions ``builder`` and ``changer`` write need: ``_cls``, the frozen, slotted dataclass ``cls``,
    and ``_Draft``, a plain class with the same slots in the same order. A record is filled as a draft, by plain
    assignments (the fastest way to fill a slot: a frozen class's ``__setattr__`` refuses, and calling each slot's
    ``__set__`` costs a call a field), then made a ``cls`` by assigning its ``__class__``, which Python allows
    between classes of one layout. ``cls`` has no ``__post_init__`` and no default factories."""
    assert not hasattr(cls, "__post_init__")
    assert all(f.init and f.default_factory is MISSING for f in fields(cls))
    draft = type(f"{cls.__name__}Draft", (), {"__slots__": cls.__slots__})
    probe: Any = object.__new__(draft)
    probe.__class__ = cls  # a TypeError here if the layouts ever differ
    return {"_new": object.__new__, "_cls": cls, "_Draft": draft}


def builder(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen, slotted dataclass ``cls`` taking ``__init__``'s parameters (names, defaults,
    keyword-only or not), filling a draft (``_drafting``): four times as fast as ``__init__``, which goes through
    ``object.__setattr__`` for every field of a frozen class. For the records made by the thousand in every report
    (candidates, figures). A class compiled by mypyc (a native class: no ``__slots__``, no ``__class__`` to assign)
    is its own builder: its constructor fills its fields in C."""
    if not hasattr(cls, "__slots__"):
        return cls
    kw_only = all(f.kw_only for f in fields(cls))  # type: ignore[arg-type]
    names = _drafting(cls)
    params, body = [], []
    for f in fields(cls):  # type: ignore[arg-type]
        assert f.kw_only == kw_only
        if f.default is MISSING:
            params.append(f.name)
        else:
            names[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        body.append(f"    o.{f.name} = {f.name}\n")
    star = "*, " if kw_only else ""
    exec(f"def make({star}{', '.join(params)}):\n    o = _new(_Draft)\n{''.join(body)}    o.__class__ = _cls\n    return o\n", names)
    return names["make"]


def changer(cls: type[_T]) -> Callable[..., _T]:
    """``dataclasses.replace`` for the frozen, slotted dataclass ``cls``, three times as fast as a loop over its
    slots: one line a field (a keyword left out keeps the old value) filling a draft (``_drafting``)."""
    names = _drafting(cls)
    names["_keep"] = _KEEP
    params = ", ".join(f"{f.name}=_keep" for f in fields(cls))  # type: ignore[arg-type]
    body = "".join(
        f"    o.{f.name} = old.{f.name} if {f.name} is _keep else {f.name}\n"
        for f in fields(cls)  # type: ignore[arg-type]
    )
    exec(f"def change(old, *, {params}):\n    o = _new(_Draft)\n{body}    o.__class__ = _cls\n    return o\n", names)
    return names["change"]


_KEEP: Any = object()  # the default of each of changer's keywords: the field is not changed

new_figure = builder(Figure)
# ``dataclasses.replace(figure, **changes)``: relations and indicators are settled by copies of the figures,
# thousands of them in a long report
changed = changer(Figure)
