"""Store rows ↔ records ↔ the extract layer's dataclasses, and corrections applied: pure functions.

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

from corpus.records import Article
from corpus.store import CORRECTED_FIELDS
from extract.records import Activity, Change, Figure

FIGURES_DDL = """
CREATE TABLE IF NOT EXISTS figures (
    key VARCHAR PRIMARY KEY, article VARCHAR, n INTEGER, source VARCHAR, org VARCHAR, period VARCHAR,
    section VARCHAR, sentence VARCHAR, text VARCHAR, start BIGINT, "end" BIGINT, value DOUBLE, unit VARCHAR,
    base_value DOUBLE, base_unit VARCHAR, approx VARCHAR, indicator VARCHAR, canonical VARCHAR,
    target BOOLEAN, placeholder BOOLEAN, topic VARCHAR, part_of BIGINT, baseline BIGINT, change VARCHAR,
    of_target BIGINT);
CREATE TABLE IF NOT EXISTS activities (
    key VARCHAR PRIMARY KEY, article VARCHAR, n INTEGER, source VARCHAR, org VARCHAR, date VARCHAR,
    action VARCHAR, event VARCHAR, participants VARCHAR, sentence VARCHAR, start BIGINT, "end" BIGINT);
"""
_STORE_ONLY = ("article", "n")
_FLOATS = ("value", "base_value")


def figure_key(article: str, start: int) -> str:
    return f"{article}:{start}"


def _number(v: Any) -> Any:
    """DuckDB gives every value back as a double; a whole number reads better as one."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def _json_text(v: Any) -> str | None:
    return None if v is None else json.dumps(v, ensure_ascii=False)


def _json_value(v: Any) -> Any:
    return json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v


def figure_rows(article: str, figures: Sequence[Figure]) -> list[dict[str, Any]]:
    """Rows of the ``figures`` table for one article's figures, in text order."""
    rows = []
    for n, fig in enumerate(figures):
        rec = fig.record()
        del rec["type"]
        rec["change"] = _json_text(rec["change"])
        for name in _FLOATS:
            rec[name] = None if rec[name] is None else float(rec[name])
        rows.append({"key": figure_key(article, fig.start), "article": article, "n": n, **rec})
    return rows


def activity_rows(article: str, activities: Sequence[Activity]) -> list[dict[str, Any]]:
    rows = []
    for n, act in enumerate(activities):
        rec = act.record()
        del rec["type"]
        rec["participants"] = _json_text(rec["participants"])
        rows.append({"key": f"{article}:a{act.start}", "article": article, "n": n, **rec})
    return rows


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
    """The contract's ``type: "figure"`` record of a stored row, corrections applied (plus its key)."""
    rec = corrected(row, corrections)
    rec["change"] = _json_value(rec.get("change"))
    for name in _STORE_ONLY:
        rec.pop(name, None)
    return {"type": "figure", **rec}


def activity_record(row: Mapping[str, Any]) -> dict[str, Any]:
    rec = {k: v for k, v in row.items() if k not in _STORE_ONLY}
    rec["participants"] = _json_value(rec.get("participants"))
    return {"type": "activity", **rec}


def document_record(article: Mapping[str, Any]) -> dict[str, Any]:
    """The contract's ``type: "document"`` record of a stored article."""
    names = ("source", "title", "org", "level", "year", "period", "chars", "template")
    return {"type": "document", **{k: article.get(k) for k in names}}


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
        people = Figure(str(rec["source"]), 0, 0, "", p["value"], p.get("unit") or "", approx=p.get("approx"))
    names = ("source", "start", "end", "date", "action", "event", "sentence", "org")
    return Activity(**{k: rec[k] for k in names if rec.get(k) is not None}, participants=people)


def article_of(row: Mapping[str, Any]) -> Article:
    """Enough of an Article for the renderer: its text and what the page's heading says about it."""
    names = ("source", "text", "display", "title", "org", "level", "year", "period")
    return Article(**{k: row[k] for k in names if row.get(k) is not None})
