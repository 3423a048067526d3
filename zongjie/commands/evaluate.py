"""`zongjie evaluate extraction|draft` — scores against gold and references (evaluation/)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from corpus.errors import ZongjieError
from zongjie.console import Outcome, err, out, usage_error

app = typer.Typer(help="Score extraction against gold, or drafts against references.", no_args_is_help=True)

TABLE_SUFFIXES = (".csv", ".xlsx")


def _check_output(output: Path | None) -> None:
    if output is not None and output.suffix.lower() not in TABLE_SUFFIXES:
        raise usage_error(f"{output}: the table is written as .csv or .xlsx, not {output.suffix or 'no suffix'!r}")


def _write(rows: list[dict[str, Any]], output: Path, outcome: Outcome) -> None:
    from bulk.io import write_records

    try:
        write_records(rows, output)
    except ZongjieError as exc:
        outcome.fail(str(exc))
    else:
        err.print(f"wrote {output}")


def _json(obj: dict[str, Any]) -> None:
    # Plain print: rich would wrap and colour what a script parses.
    print(json.dumps(obj, ensure_ascii=False, indent=2))


@app.command("extraction")
def extraction(
    predictions: Annotated[list[Path], typer.Argument(help="Output(s) of `zongjie extract` (.jsonl .csv .xlsx .parquet .duckdb).")],
    gold: Annotated[list[Path], typer.Option("--gold", "-g", help="Gold figures, JSON Lines (shared/guides/ANNOTATION.md): a file, a folder of them or a quoted glob; repeatable.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object instead of a table.")] = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List missed gold figures and extra predictions, per file.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the per-file table to OUT.csv or OUT.xlsx.")] = None,
) -> None:
    """Figure precision, recall, F1 and indicator / target / approx accuracy, per file and in total."""
    from evaluation.jobs import evaluate_extraction
    from evaluation.report import EXTRACTION_COLUMNS, error_tables, extraction_rows, table

    _check_output(output)
    outcome = Outcome()
    gold = _gold_files(gold)
    run = evaluate_extraction(predictions, gold, context=show_errors)
    for f in run.failures:
        outcome.fail(f.message())
    for name in run.result.unscored:
        outcome.note(f"{name}: predictions but no gold figures; not scored")
    for f in run.result.files:
        if not f.figures.predicted and not f.placeholders.predicted:
            outcome.note(f"{f.file}: gold figures but no predictions; every one counts as missed")
    rows = extraction_rows(run.result)
    if as_json:
        _json(run.result.record())
    else:
        out.print(table(rows, EXTRACTION_COLUMNS, "Extraction against gold"))
    if show_errors:
        for t in error_tables(run.result, run.texts):
            (err if as_json else out).print(t)
    if output is not None:
        _write(rows, output, outcome)
    outcome.exit()


@app.command("draft")
def draft(
    drafts: Annotated[list[Path], typer.Argument(help="Draft(s) to score (.txt .md .docx or any readable file).")],
    reference: Annotated[list[Path], typer.Option("--reference", "-r", help="Reference text: one for all drafts, or one per draft in order; repeatable.")],
    data: Annotated[Path | None, typer.Option("--data", "-d", help="The data the drafts were written from (YAML/JSON, or an `extract` output such as .jsonl), for fact precision and recall with binding, and the fragment count.")] = None,
    org: Annotated[str | None, typer.Option("--org", help="The organisation the drafts were written for, when --data holds several (as `zongjie draft --org`).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object (the mean scores, then every pair) instead of a table.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Also write the table to OUT.csv or OUT.xlsx.")] = None,
) -> None:
    """ROUGE-1/2/L (characters and jieba words), BLEU, fact faithfulness, section coverage, length ratio."""
    from evaluation.jobs import evaluate_draft
    from evaluation.report import draft_columns, draft_rows, table

    _check_output(output)
    if len(reference) not in (1, len(drafts)):
        raise usage_error(f"give one --reference for all drafts or one per draft ({len(drafts)}), not {len(reference)}")
    outcome = Outcome()
    run = evaluate_draft(drafts, reference, data=data, org=org)
    for f in run.failures:
        outcome.fail(f.message())
    rows = draft_rows(run.report)
    if as_json:
        _json(run.report.record())
    else:
        refs = {r.reference for r in run.report.rows}
        if len(refs) == 1:  # one reference for all: name it once, leave the width to the scores
            title = f"Drafts against {Path(next(iter(refs))).name}"
            out.print(table(rows, [c for c in draft_columns() if c != "reference"], title))
        else:
            out.print(table(rows, draft_columns(), "Drafts against references"))
        if len(run.report.rows) > 1:
            out.print(f"corpus BLEU (pooled over {len(run.report.rows)} pairs): {run.report.corpus_bleu:.2f}")
    if output is not None:
        _write(rows, output, outcome)
    outcome.exit()


def _gold_files(given: list[Path]) -> list[Path]:
    """A folder stands for the .jsonl files in it and a glob for its matches, so `--gold tests/gold/seeds`
    works; an unquoted shell glob would otherwise hand all but the first file to PRED."""
    from corpus.files import glob_matches

    files: list[Path] = []
    for g in given:
        matches = glob_matches(str(g))
        if g.is_dir():
            files.extend(sorted(g.glob("*.jsonl")))
        elif matches is not None:
            files.extend(map(Path, matches))
        else:
            files.append(g)
    return files
