"""Store rows ↔ records ↔ the extract layer's dataclasses, and the rule that a person's correction wins.

A figure is known by ``<article key>:<start>`` (``start`` is unique within an article), so a
correction stays attached to its figure however often the page is rebuilt. Corrections win: the
value, unit, indicator and target a person set replace the extractor's wherever records leave the
store (review, export, compare, draft). A corrected value or unit drops the extractor's base amount and
restates a change the figure is itself (增长5.4% corrected to 5.6); a corrected indicator gets its
canonical name anew.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from corpus.records import Article, DocumentRecord
from extract.records import Activity, Change, Figure
from store.db import CORRECTED_FIELDS, STORE_COLUMNS

_WORKBENCH_ONLY = ("key", "corrected")  # what the workbench needs to correct a figure, a record does not


def figure_key(article: str, start: int) -> str:
    return f"{article}:{start}"


def _number(v: Any) -> Any:
    """DuckDB gives every value back as a double; a whole number reads better as one."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _row(record: Mapping[str, Any], key: str, article: str, n: int) -> dict[str, Any]:
    """A record as a store row (``extract.schema``): nested fields as JSON text, amounts as doubles."""
    from extract.schema import kinds

    kind = kinds()
    row: dict[str, Any] = {"key": key, "article": article, "n": n}
    for name, value in record.items():
        if name == "type":
            continue
        if value is not None and kind.get(name) == "json":
            value = json.dumps(value, ensure_ascii=False)
        elif value is not None and kind.get(name) == "float":
            value = float(value)
        row[name] = value
    return row


def _record(row: Mapping[str, Any], type_name: str) -> dict[str, Any]:
    """A store row as a record: without the store's own columns, nested fields as JSON again."""
    from extract.schema import kinds

    kind = kinds()
    rec: dict[str, Any] = {"type": type_name}
    for name, value in row.items():
        if name in STORE_COLUMNS and name != "key":
            continue
        if kind.get(name) == "json" and isinstance(value, str) and value[:1] in "[{":
            value = json.loads(value)
        rec[name] = value
    return rec


def figure_rows(article: str, figures: Sequence[Figure]) -> list[dict[str, Any]]:
    """Rows of the ``figures`` table for one article's figures, in text order."""
    return [_row(f.record(), figure_key(article, f.start), article, n) for n, f in enumerate(figures)]


def activity_rows(article: str, activities: Sequence[Activity]) -> list[dict[str, Any]]:
    return [_row(a.record(), f"{article}:a{a.start}", article, n) for n, a in enumerate(activities)]


def corrected(row: Mapping[str, Any], corrections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """A figure row with its correction (if any) applied, and ``corrected`` saying whether it was."""
    rec = dict(row)
    fix = corrections.get(str(rec.get("key")))
    for name in CORRECTED_FIELDS:
        if fix and name in fix:
            rec[name] = fix[name]
    if fix and ("value" in fix or "unit" in fix):
        # The extractor's base amount (30万元 → 300000 元) was of the old reading: dropped, so that
        # comparisons reckon from the corrected value and unit.
        rec["base_value"] = rec["base_unit"] = None
        rec["change"] = _json_text(_changed(row, rec))
    if fix and "indicator" in fix and fix["indicator"] != row.get("indicator"):
        from extract.canonical import canonical_names

        rec["canonical"] = canonical_names([fix["indicator"]])[0]  # the name shared across reports, anew
    rec["value"] = _number(rec.get("value"))
    rec["base_value"] = _number(rec.get("base_value"))
    rec["corrected"] = bool(fix)
    return rec


def _json_value(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v


def _json_text(v: Any) -> Any:
    return json.dumps(v, ensure_ascii=False) if v is not None and not isinstance(v, str) else v


def _changed(row: Mapping[str, Any], rec: Mapping[str, Any]) -> Any:
    """The stated change after a correction: a figure that is itself the change (增长5.4%: change 5.4 %)
    states the corrected value and unit; a level figure's change (the 5.4% beside it) stands."""
    change = _json_value(row.get("change"))
    if not isinstance(change, Mapping):
        return change
    own = _number(change.get("value")) == _number(row.get("value")) and change.get("unit") == row.get("unit")
    if not own:
        return change
    return {"value": _number(rec.get("value")), "unit": rec.get("unit"), "direction": change.get("direction")}


def same_reading(now: Mapping[str, Any], fields: Mapping[str, Any]) -> bool:
    """Whether a correction would leave the figure as it reads ``now`` (nothing changed: a no-op)."""
    for name, value in fields.items():
        have = now.get(name)
        if name == "value" and value is not None and have is not None:
            if float(value) != float(have):
                return False
        elif name == "target":
            if bool(value) != bool(have):
                return False
        elif (value or None) != (have or None):
            return False
    return True


def figure_record(row: Mapping[str, Any], corrections: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    """The contract's ``type: "figure"`` record of a stored row, corrections applied (plus its ``key``
    and whether it was ``corrected``: ``plain`` drops them)."""
    return _record(corrected(row, corrections), "figure")


def plain(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record as the contract has it: without the workbench's ``key`` and ``corrected``."""
    return {k: v for k, v in record.items() if k not in _WORKBENCH_ONLY}


def activity_record(row: Mapping[str, Any]) -> dict[str, Any]:
    return _record(row, "activity")


def document_record(article: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's ``type: "document"`` record of a stored article."""
    from extract.schema import names

    return {"type": "document", **{k: article.get(k) for k in names(DocumentRecord)}}


def figure_of(rec: Mapping[str, Any]) -> Figure:
    """A Figure again from a record (for the ``show`` renderer), corrections already applied."""
    change = rec.get("change")
    fields = {k: rec[k] for k in Figure.__dataclass_fields__ if k in rec}
    fields["change"] = Change(**change) if isinstance(change, Mapping) else None
    fields["target"] = bool(rec.get("target"))
    fields["placeholder"] = bool(rec.get("placeholder"))
    fields["unit"] = rec.get("unit") or ""
    fields["text"] = rec.get("text") or ""
    fields["sentence"] = rec.get("sentence") or ""
    fields["section"] = rec.get("section") or ""
    return Figure(**fields)


def activity_of(rec: Mapping[str, Any]) -> Activity:
    p = rec.get("participants")
    people = None
    if isinstance(p, Mapping) and p.get("value") is not None:
        people = Figure(source=str(rec["source"]), start=0, end=0, text="", value=p["value"],
                        unit=p.get("unit") or "", approx=p.get("approx"))
    fields = {k: rec[k] for k in Activity.__dataclass_fields__ if rec.get(k) is not None}
    return Activity(**{**fields, "participants": people})


def article_of(row: Mapping[str, Any]) -> Article:
    """Enough of an Article for the renderer: its text and what the page's heading says about it."""
    return Article(**{k: row[k] for k in Article.__dataclass_fields__ if row.get(k) is not None})
