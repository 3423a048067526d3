"""The invariant that makes grounding trustworthy, checked the same way in every test."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def assert_grounded(text: str, records: Iterable[Any]) -> None:
    """Every record's ``[start, end)`` lies in ``text``; a figure's number is there as written.

    For a figure, ``text[start:end]`` must be a substring of its ``text`` field and its ``text`` must
    occur in the sentence; for an activity the span must lie inside its sentence.
    """
    for r in records:
        rec = r.record() if hasattr(r, "record") else r
        start, end = rec["start"], rec["end"]
        assert 0 <= start <= end <= len(text), rec
        span = text[start:end]
        if rec["type"] == "figure":
            assert span in rec["text"], (span, rec["text"])
            if not rec.get("placeholder"):
                assert span, rec
            assert rec["text"] in rec["sentence"], (rec["text"], rec["sentence"])
        elif rec["type"] == "activity":
            assert span and span in rec["sentence"], (span, rec["sentence"])


def figure_at(text: str, number: str, unit: str, indicator: str, **extra: Any) -> Any:
    """A hand-made Figure over the first ``number + unit`` in ``text``, grounded like an extracted one."""
    from extract.records import Figure

    start = text.index(number + unit)
    fields: dict[str, Any] = {"source": "invented.txt", "text": indicator + number + unit, "indicator": indicator}
    return Figure(start=start, end=start + len(number), value=int(number), unit=unit, **{**fields, **extra})
