"""Tables of scores for the terminal (rich), and rows for CSV / Excel.

Rows are plain dicts so ``bulk.io.write_records`` writes them in any format; rich tables are
built from the same rows, so terminal and file never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from evaluation.drafts import COLUMNS, DraftReport
from evaluation.figures import ExtractionResult

EXTRACTION_COLUMNS = (
    "file",
    "precision",
    "recall",
    "f1",
    "indicator_accuracy",
    "target_accuracy",
    "approx_accuracy",
    "matched",
    "predicted",
    "gold",
    "placeholder_f1",
)
# Short headers so a table of eleven scores fits an 80-column terminal; files keep the full names.
HEADERS = {
    "precision": "P", "recall": "R", "f1": "F1", "indicator_accuracy": "ind", "target_accuracy": "tgt",
    "approx_accuracy": "apx", "matched": "hit", "predicted": "pred", "placeholder_f1": "blank",
    "rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L", "rouge1_word": "R-1w", "rouge2_word": "R-2w",
    "rougeL_word": "R-Lw", "bleu": "BLEU", "fact_precision": "factP", "fact_recall": "factR", "fragments": "frag",
    "coverage": "cover", "length_ratio": "len",
}
CONTEXT = 24  # characters shown either side of a gold figure


def _row(file: str, rec: Mapping[str, Any]) -> dict[str, Any]:
    ph = rec.get("placeholder")
    row = {"file": file} | {k: rec[k] for k in EXTRACTION_COLUMNS[1:-1]}
    return row | {"placeholder_f1": ph["f1"] if ph else None}


def extraction_rows(result: ExtractionResult) -> list[dict[str, Any]]:
    """One row per gold file, then the micro-averaged total."""
    rows = [_row(f.file, f.record()) for f in result.files]
    return [*rows, _row("total", result.record())]


def draft_rows(report: DraftReport) -> list[dict[str, Any]]:
    """One row per pair, then the mean row."""
    return [*(r.record() for r in report.rows), report.mean()]


def _cell(v: Any, column: str = "") -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:.1f}" if column == "bleu" else f"{v:.3f}"
    return str(v)


def _name(path: Any) -> str:
    return Path(str(path)).name if path else ""


def table(rows: Sequence[Mapping[str, Any]], columns: Sequence[str], title: str):  # type: ignore[no-untyped-def]
    """A rich table of ``rows``; the last row (total / mean) set apart."""
    from rich import box
    from rich.table import Table

    t = Table(title=title, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    for c in columns:
        text = c in ("file", "draft", "reference")
        head = HEADERS.get(c, c)
        if text:
            t.add_column(head, overflow="fold", min_width=12)
        else:
            t.add_column(head, justify="right", no_wrap=True)
    for i, r in enumerate(rows):
        last = i == len(rows) - 1 and len(rows) > 1
        t.add_row(*(_name(r.get(c)) if c in ("draft", "reference") else _cell(r.get(c), c) for c in columns), style="bold" if last else None, end_section=i == len(rows) - 2)
    return t


def draft_columns() -> tuple[str, ...]:
    return ("draft", "reference", *COLUMNS)


def _figure(value: Any, unit: str, approx: str | None) -> str:
    if value is None:
        return f"___{unit}"
    v = int(value) if float(value).is_integer() else value
    return f"{v}{unit}" + {"over": " (多)", "under": " (近)", "about": " (约)"}.get(approx or "", "")


def gold_context(start: int | None, end: int | None, quote: str | None, text: str | None) -> str:
    """The place of a gold figure: a window of its source around ``start``/``end``, else its quote."""
    if text is not None and start is not None and end is not None and end <= len(text):
        before = text[max(0, start - CONTEXT) : start].replace("\n", " ")
        after = text[end : end + CONTEXT].replace("\n", " ")
        return f"{before}[{text[start:end]}]{after}"
    return quote or ""


def error_tables(result: ExtractionResult, texts: Mapping[str, str | None]) -> list[Any]:
    """Per file, the misses (gold not found) and extras (predictions with no gold), with their sentences.

    ``texts`` maps a gold file name to its source text (for the context of misses), where known.
    """
    from rich.table import Table

    out = []
    for f in result.files:
        if not f.misses and not f.extras:
            continue
        t = Table(title=f"{f.file}: {len(f.misses)} missed, {len(f.extras)} extra", title_justify="left")
        t.add_column("", no_wrap=True)
        t.add_column("figure", no_wrap=True, justify="right")
        t.add_column("indicator")
        t.add_column("where", overflow="fold")
        for g in f.misses:
            where = gold_context(g.start, g.end, g.quote, texts.get(f.file))
            t.add_row("[red]miss[/red]", _figure(g.value, g.unit, g.approx), " / ".join(g.indicator), where)
        for p in f.extras:
            t.add_row("[yellow]extra[/yellow]", _figure(p.value, p.unit, p.approx), p.indicator or "", p.sentence)
        out.append(t)
    return out


