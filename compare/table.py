"""The comparison: one row per organisation and figure period for one indicator, ranked.

A row's period is the period its figure refers to (``extract``'s ``period``: a 2022 report's 2021
results are 2021's), so ``--period 2021`` finds 2021 in whichever report states it. When several
reports (or several mentions) give one organisation's figure for one period, the headline is chosen
by ``compare.select.headline``: a whole-unit figure over a sub-region or a 其中 item, the exact
indicator over a near wording, this year's figure over one in a multi-year sentence, then the report
due to state it (the next year's for a result, the same year's for a target), then the first mention.
Results and targets never share a table (``targets`` picks which).

``compare_records`` is pure over records (dicts as ``extract`` writes them); reading inputs is
``compare.inputs``, writing is ``compare.excel`` / ``compare.chart``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from compare.indicators import analyse
from compare.records import Comparison, Row
from compare.select import Candidate, candidates, clause_of, headline, is_target
from compare.units import RATE_UNITS, base_of, convert, display_unit, split_unit, unit_kind


def documents_by_source(records: Iterable[Mapping[str, Any]]) -> dict[str, Mapping[str, Any]]:
    return {str(r.get("source")): r for r in records if r.get("type") == "document"}


def org_of(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str:
    """The figure's organisation, else its document's, else the file name (a report names itself)."""
    source = str(fig.get("source") or "")
    doc = docs.get(source, {})
    return str(fig.get("org") or doc.get("org") or PurePath(source.split("#", 1)[0]).stem or source)


def period_of(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> str | None:
    """The period the figure refers to (a 2022 report's 2021 results: 2021), else its document's.

    Where the extractor gives none (a text whose only year is 20XX, dated by a spreadsheet column),
    the document's title and year decide (``_document_default``). A span is the extractor's to decide
    (a five-year total stays one); a goal is never for a year before its report's, and 全年 is the year.
    """
    doc = docs.get(str(fig.get("source") or ""), {})
    period = fig.get("period") or _document_default(fig, doc)
    if period is None:
        return None
    period = str(period)
    if len(period) > 4 and period[:4].isdigit() and not is_span(period) and "全年" in clause_of(fig):
        return period[:4]  # 三季度增速放缓…，全年生产总值增长6.1%: the year, not its third quarter
    if (
        is_target(fig)
        and period[:4].isdigit()
        and (year := report_year(fig, docs))
        and int(period[:4]) < year
    ):
        # a goal is never for a year before its report's: 今年的主要预期目标是 in a 2002 report is 2002's
        return str(year)
    return period


def _document_default(fig: Mapping[str, Any], doc: Mapping[str, Any]) -> str | None:
    """Where the extractor gave no period: what the document's title and year say results and goals
    refer to (a 2020 政府工作报告 reviews 2019 and plans 2020; a 2020 工作总结 reviews 2020)."""
    from extract.periods import frame

    year = doc.get("year")
    try:
        year = int(str(year)[:4]) if year else None
    except ValueError:
        year = None
    if year is None:
        return None if doc.get("period") is None else str(doc.get("period"))
    fr = frame(doc.get("title"), year, doc.get("period"), ())
    return (fr.plan if is_target(fig) else fr.review) or doc.get("period")


def _review(doc: Mapping[str, Any]) -> str | None:
    """The period a document's results refer to (a 2026 政府工作报告 reviews 2025), from its title and year."""
    from extract.periods import frame

    year = doc.get("year")
    try:
        year = int(str(year)[:4]) if year else None
    except ValueError:
        return None
    return None if year is None else frame(doc.get("title"), year, doc.get("period"), ()).review


def as_stated(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    """The figure, a goal where its report cannot have lived its period yet.

    A report states results up to the period it reviews: a 2001 government work report's 今年，国内生产总值
    增长8.5％ and a 2026 report's 城镇新增就业70万人 under 关于2026年工作 are goals, flagged or not.
    """
    if fig.get("target") or fig.get("placeholder"):
        return fig
    period = fig.get("period")
    if not period or is_span(str(period)):
        return fig
    review = _review(docs.get(str(fig.get("source") or ""), {}))
    if review and period_key(str(period)) > period_key(review) and str(period)[:4] > review[:4]:
        return {**fig, "target": True}
    return fig


def is_span(period: str | None) -> bool:
    """2016-2020 is a span; 2021, 2021H1, 2021Q3 are not."""
    return bool(period) and "-" in str(period)


def keeps(period: str | None, wanted: str | None) -> bool:
    """``--period P`` keeps the figures of P; without it, every period but spans (five-year totals)."""
    if wanted is not None:
        return period == wanted
    return not is_span(period)


def report_year(fig: Mapping[str, Any], docs: Mapping[str, Mapping[str, Any]]) -> int | None:
    doc = docs.get(str(fig.get("source") or ""), {})
    year = doc.get("year")
    try:
        return int(str(year)[:4]) if year else None
    except ValueError:
        return None


def report_distance(
    fig: Mapping[str, Any], period: str | None, docs: Mapping[str, Mapping[str, Any]], *, target: bool
) -> int:
    """How far the report stating a figure stands from the report that should state it (0 is best).

    A year's result is first stated by the next year's report (a 2022 report states 2021); its
    target by the same year's report. Later reports restate, earlier ones predict.
    """
    year = report_year(fig, docs)
    if year is None or not period or not period[:4].isdigit():
        return 0
    due = int(period[:4]) + (0 if target else 1)
    return abs(year - due) * 2 + (year < due)


def report_name(source: str, docs: Mapping[str, Mapping[str, Any]]) -> str:
    """How a person names a report: its title, else its file name."""
    doc = docs.get(source, {})
    title = str(doc.get("title") or "").strip()
    if title:
        return title[:40]
    return PurePath(source.split("#", 1)[0]).name


def others_in_words(
    best: Candidate, others: Iterable[Candidate], docs: Mapping[str, Mapping[str, Any]]
) -> tuple[str, ...]:
    """The other mentions as the report words them; the report named where it is not the headline's."""
    out = []
    for c in others:
        where = "" if c.source == best.source else f"（{report_name(c.source, docs)}）"
        out.append(f"{c.label()}{where}")
    return tuple(out)


def compare_records(
    records: Iterable[Mapping[str, Any]],
    wording: str,
    *,
    targets: bool = False,
    period: str | None = None,
) -> Comparison:
    """One row per organisation and figure period stating ``wording``.

    Results only (goals with ``targets``); the figures of ``period`` when given, else of every
    period but spans (a five-year total only when asked for: ``period="2016-2020"``). Rows are
    ranked newest period first, then highest value first.
    """
    records = list(records)
    docs = documents_by_source(records)
    query = analyse(wording)
    canonical = query.canonical or query.text
    figures = [
        as_stated(r, docs)
        for r in records
        if r.get("type", "figure") == "figure" and keeps(period_of(r, docs), period)
    ]
    groups: dict[tuple[str, str | None], list[Candidate]] = {}
    for c in candidates(query, figures, targets=targets):
        groups.setdefault((org_of(c.figure, docs), period_of(c.figure, docs)), []).append(c)
    rows = []
    for (org, when), found in groups.items():
        best, upper, others = headline(
            found, prefer=lambda c, when=when: report_distance(c.figure, when, docs, target=targets)
        )
        if best is None:
            continue
        fig = best.figure
        rows.append(
            Row(
                org=org,
                period=when,
                indicator=best.indicator,
                canonical=canonical,
                value=best.value,
                unit=best.unit,
                base_value=best.base_value,
                base_unit=best.base_unit,
                approx=fig.get("approx"),
                target=bool(fig.get("target")) or targets,
                source=str(fig.get("source") or ""),
                sentence=str(fig.get("sentence") or ""),
                start=int(fig.get("start") or 0),
                end=int(fig.get("end") or 0),
                upper=None if upper is None else upper.value,
                others=others_in_words(best, others, docs),
            )
        )
    return rank(
        Comparison(wording=wording, canonical=canonical, targets=targets, unit=None, rows=tuple(rows))
    )


def rank(comparison: Comparison) -> Comparison:
    """Bring rows to the unit most of them state, add shares of the total, sort highest first."""
    rows = comparison.rows
    unit = display_unit([r.unit for r in rows])
    if unit is None:
        return comparison
    comparable: list[Row] = []
    for r in rows:
        if unit in RATE_UNITS or r.unit in RATE_UNITS:
            value = None if r.value is None or r.unit != unit else float(r.value)
        else:
            base, base_unit = base_of(r.value, r.unit, r.base_value, r.base_unit)
            value = convert(base, base_unit, unit)
        comparable.append(
            _with(r, comparable_value=value, comparable_unit=unit if value is not None else None)
        )
    additive = unit not in RATE_UNITS and split_unit(unit)[1] not in RATE_UNITS
    total = sum(r.comparable_value for r in comparable if r.comparable_value is not None)
    if additive and total > 0 and len(comparable) > 1:
        comparable = [
            _with(r, share=None if r.comparable_value is None else r.comparable_value / total)
            for r in comparable
        ]
    kind = unit_kind(unit)
    comparable = [r for r in comparable if unit_kind(r.unit) == kind]  # a level never beside a rate
    comparable.sort(key=lambda r: (r.comparable_value is None, -(r.comparable_value or 0.0), r.org))
    comparable.sort(key=lambda r: period_key(r.period), reverse=True)  # newest first (stable: values within)
    return Comparison(
        wording=comparison.wording,
        canonical=comparison.canonical,
        targets=comparison.targets,
        unit=unit,
        rows=tuple(comparable),
    )


def period_key(period: str | None) -> tuple[int, str]:
    """Periods in time order: 2020 < 2021H1 < 2021 < 2022; unknown first."""
    if not period:
        return (0, "")
    year = period[:4]
    rest = period[4:]
    # a whole year sorts after its parts (2021H2 < 2021), so "newest first" puts the year first
    return (int(year) if year.isdigit() else 0, rest or "~")


def _with(row: Row, **changes: Any) -> Row:
    from dataclasses import replace

    return replace(row, **changes)
