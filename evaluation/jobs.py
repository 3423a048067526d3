"""One call per ``zongjie evaluate`` command: read the inputs, score, report failures without stopping.

An input that cannot be read (a gold file with a malformed line, a prediction file that does not
reopen, a draft in an unreadable format) becomes a ``Failure`` naming the file and the reason; the
rest is scored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.errors import ZongjieError
from corpus.records import Failure
from evaluation.drafts import DraftReport, FigureFinder, Sections, score_drafts
from evaluation.errors import EvaluationError
from evaluation.facts import Fact, collect_facts, facts_from_records
from evaluation.figures import ExtractionResult, file_of, score_extraction, source_path
from evaluation.gold import GoldFigure, read_gold
from evaluation.inputs import read_data, read_predictions, read_text, source_text
from extract.batch import of_organisation


@dataclass(frozen=True, slots=True)
class ExtractionRun:
    result: ExtractionResult
    failures: tuple[Failure, ...] = ()
    texts: dict[str, str | None] = field(default_factory=dict)  # gold file → source text, for context


def _region_texts(records: Sequence[dict[str, Any]], golds: Sequence[GoldFigure]) -> dict[str, str]:
    """The normalised source text of every file whose gold covers regions (to place predictions in them)."""
    from corpus.normalise import normalise

    wanted = {g.file for g in golds if g.regions}
    texts: dict[str, str] = {}
    for rec in records:
        src = str(rec.get("source") or "")
        name = file_of(src)
        if name in wanted and name not in texts and Path(source_path(src)).is_file():
            raw = source_text(source_path(src))
            if raw is not None:
                texts[name] = normalise(raw)
    return texts


def evaluate_extraction(
    predictions: Sequence[str | Path], gold: Sequence[str | Path], *, context: bool = False
) -> ExtractionRun:
    """Score extraction outputs against gold files; with ``context``, also read the sources misses are in."""
    failures: list[Failure] = []
    golds: list[GoldFigure] = []
    for g in gold:
        try:
            golds.extend(read_gold(g))
        except ZongjieError as exc:
            failures.append(Failure(getattr(exc, "path", str(g)), "read", _reason(exc)))  # path:line
    records: list[dict[str, Any]] = []
    for p in predictions:
        try:
            records.extend(read_predictions(p))
        except ZongjieError as exc:
            failures.append(Failure(str(p), "read", _reason(exc)))
    result = score_extraction(records, golds, _region_texts(records, golds))
    texts: dict[str, str | None] = {}
    if context:
        wanted = {f.file for f in result.files if f.misses}
        for rec in records:
            src = str(rec.get("source") or "")
            name = file_of(src)
            if name in wanted and name not in texts and Path(source_path(src)).is_file():
                texts[name] = source_text(source_path(src))
    return ExtractionRun(result, tuple(failures), texts)


def _reason(exc: ZongjieError) -> str:
    reason = getattr(exc, "reason", None)
    return str(reason) if reason else str(exc)


RECORD_SUFFIXES = frozenset({".jsonl", ".csv", ".parquet", ".xlsx", ".duckdb"})


@dataclass(frozen=True, slots=True)
class DraftRun:
    report: DraftReport
    failures: tuple[Failure, ...] = ()


def _figure_finder() -> FigureFinder:
    try:
        from extract import figures_in
    except ImportError as exc:
        raise EvaluationError("--data", "fact scores need extract.figures_in, which is not available") from exc
    return figures_in


def _sections(text: str) -> Sections:
    """Top-level section headings, as the corpus layer's splitter finds them."""
    from corpus.articles import split_document
    from corpus.records import Document

    headings: list[str] = []
    for article in split_document(Document(source="<text>", text=text, format="txt")):
        if article.sections:
            top = min(s.level for s in article.sections)
            headings.extend(s.heading for s in article.sections if s.level == top)
    return Sections(tuple(headings))


def _data_facts(data: str | Path, org: str | None) -> list[Fact]:
    if Path(data).suffix.lower() in RECORD_SUFFIXES:  # an `extract` output: its figure records
        try:
            records = of_organisation(list(read_predictions(data)), org)
        except ValueError as exc:
            raise EvaluationError(str(data), str(exc)) from None
        return facts_from_records(records)
    obj = read_data(data)
    named = obj.get("org") if isinstance(obj, dict) else None
    if org is not None and named != org:
        raise EvaluationError(str(data), f"holds {named or '(no organisation named)'}, not {org}")
    return collect_facts(obj)


def evaluate_draft(
    drafts: Sequence[str | Path],
    references: Sequence[str | Path],
    *,
    data: str | Path | None = None,
    org: str | None = None,
) -> DraftRun:
    """Score drafts against references: pairs in order, or one reference for every draft. ``org`` picks
    the organisation whose figures the drafts were written from, when ``data`` holds several."""
    if len(references) not in (1, len(drafts)):
        raise EvaluationError("--reference", f"give one reference, or one per draft ({len(drafts)})")
    refs = list(references) * len(drafts) if len(references) == 1 else list(references)
    failures: list[Failure] = []
    texts: dict[str, str] = {}
    for path in {str(p) for p in [*drafts, *refs]}:
        try:
            texts[path] = read_text(path)
        except ZongjieError as exc:
            failures.append(Failure(path, "read", _reason(exc)))
    facts: list[Fact] | None = None
    finder = None
    if data is not None:
        try:
            facts = _data_facts(data, org)
            finder = _figure_finder()
        except ZongjieError as exc:
            failures.append(Failure(str(data), "read", _reason(exc)))
            facts = None
    pairs = [
        (str(d), texts[str(d)], str(r), texts[str(r)])
        for d, r in zip(drafts, refs, strict=True)
        if str(d) in texts and str(r) in texts
    ]
    report = score_drafts(pairs, facts=facts, figures_in=finder, sections=_sections)
    return DraftRun(report, tuple(sorted(failures, key=lambda f: f.source)))
