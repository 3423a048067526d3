"""`zongjie ingest` (read archives into the DuckDB store) and `zongjie docs` (what the store holds)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus.errors import StoreError
from zongjie.console import Outcome, err, one_line, out, tracked, usage_error

DB_HELP = "The DuckDB store (created when missing)."


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (read recursively) and globs: .txt .html .pdf .docx .doc .csv .jsonl .parquet .xlsx.")],
    db: Annotated[Path, typer.Option("--db", help=DB_HELP)] = Path("zongjie.duckdb"),
    text_column: Annotated[str | None, typer.Option("--text-column", help="The column holding the text in .csv/.jsonl/.parquet/.xlsx (default: found by name or by its long strings).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar, no notes; errors and the summary only.")] = False,
) -> None:
    """Read archives into the store with their figures; what is already stored (same text) is not added again."""
    from corpus.records import Failure
    from store import ingest as ingest_paths

    if db.exists() and db.is_dir():
        raise usage_error(f"--db {db}: is a folder; give a file such as {db / 'zongjie.duckdb'}")
    outcome = Outcome()
    on_note = None if quiet else outcome.note
    docs = new_docs = articles = new_articles = repaired = figures = 0
    try:
        for item in tracked(ingest_paths(paths, db, text_column=text_column, on_note=on_note), "ingest", None, quiet=quiet):
            if isinstance(item, Failure):
                outcome.fail(item.message())
                continue
            docs += 1
            new_docs += item.new
            articles += item.articles
            new_articles += item.new_articles
            repaired += item.repaired
            figures += item.figures
    except StoreError as exc:
        err.print(f"[red]error[/red]: {one_line(str(exc))}", soft_wrap=True)
        raise typer.Exit(1) from exc
    err.print(
        f"{docs} document{'s' * (docs != 1)} ({new_docs} new, {docs - new_docs - repaired} already stored"
        + (f", {repaired} stored before without their articles, now repaired" if repaired else "")
        + "), "
        f"{articles} article{'s' * (articles != 1)} ({new_articles} new), "
        f"{figures} figure{'s' * (figures != 1)} extracted, {outcome.failures} failed → {db}",
        soft_wrap=True,
    )
    outcome.exit()


def _common_folder(sources: list[str]) -> str:
    """The folder every source lies under (with its trailing slash), shown once instead of per row."""
    import os

    folders = [s.rsplit("/", 1)[0] for s in sources if "/" in s]
    if not folders or len(folders) < len(sources) or len({f.startswith("/") for f in folders}) > 1:
        return ""
    common = os.path.commonpath(folders)
    return f"{common.rstrip('/')}/" if common not in ("", ".") else ""


def docs(
    db: Annotated[Path, typer.Option("--db", help="The DuckDB store to list.")] = Path("zongjie.duckdb"),
) -> None:
    """List what the store holds: one row per article, grouped by document."""
    from rich.console import JustifyMethod
    from rich.table import Table

    from store import Library

    if not db.exists():
        raise usage_error(f"--db {db}: no store here; run `zongjie ingest PATH... --db {db}` first")
    try:
        with Library(db, read_only=True) as library:
            rows, errors = library.overview()
    except StoreError as exc:
        err.print(f"[red]error[/red]: {exc}", soft_wrap=True)
        raise typer.Exit(1) from exc
    table = Table(show_lines=False, pad_edge=False)
    columns: tuple[tuple[str, JustifyMethod], ...] = (
        ("title", "left"), ("org", "left"), ("level", "left"), ("period", "left"), ("chars", "right"),
        ("articles", "right"), ("source", "left"))
    for name, justify in columns:
        wraps = name in ("title", "source")  # the wide ones give way on a narrow terminal
        table.add_column(name, justify=justify, no_wrap=not wraps, overflow="fold" if wraps else "ellipsis",
                         max_width={"title": 30, "org": 14}.get(name))
    prefix = _common_folder([r["document_source"] for r in rows])
    documents = set()
    previous = None
    for r in rows:
        if previous is not None and r["document"] != previous and r["articles"] > 1:
            table.add_section()
        previous = r["document"]
        documents.add(r["document"])
        position = f"{r['idx'] + 1}/{r['articles']}" if r["idx"] is not None else "0"
        table.add_row(
            r["title"] or r["meta_title"] or "", r["org"] or "", r["level"] or "", r["period"] or "",
            f"{r['chars'] if r['chars'] is not None else r['document_chars']:,}", position,
            (r["source"] or r["document_source"])[len(prefix):],
        )
    n_articles = sum(1 for r in rows if r["idx"] is not None)
    table.caption = (
        f"{len(documents)} documents, {n_articles} articles"
        f" ({n_articles / max(len(documents), 1):.2f} per document), {errors} errors recorded — {db}"
        + (f"\nsources under {prefix}" if prefix else "")
    )
    out.print(table)
