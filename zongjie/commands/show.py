"""`zongjie show PATH [-o FILE.html]` — one document with every figure and activity highlighted in place."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated

import typer

from corpus.errors import ZongjieError
from zongjie.console import Outcome, err, out, usage_error


def show(
    path: Annotated[Path, typer.Argument(help="The document to show: a .txt, .html, .pdf, .docx … file.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "-o", "--output", help="Write the page here (.html); without it, a temporary file is opened."
        ),
    ] = None,
    open_browser: Annotated[
        bool,
        typer.Option(
            "--open/--no-open",
            help="Open the page in a browser when no -o is given (never fails without one).",
        ),
    ] = True,
) -> None:
    """One document (every article of it) with every extracted figure and activity highlighted; hover for fields."""
    from extract.render import build_page

    if not path.exists():
        raise usage_error(f"{path}: no such file")
    if path.is_dir():
        raise usage_error(f"{path}: show takes one document, not a folder")
    outcome = Outcome()
    try:
        page = build_page(str(path))
    except ZongjieError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    for failure in page.failures:
        outcome.fail(failure.message())
    target = output
    if target is None:
        with tempfile.NamedTemporaryFile("w", suffix=".html", prefix="zongjie-show-", delete=False) as fh:
            target = Path(fh.name)
    try:
        target.write_text(page.html, encoding="utf-8")
    except OSError as exc:
        outcome.fail(f"{target}: cannot write the page ({exc.strerror or exc})")
        outcome.exit()
        return
    err.print(
        f"{page.articles} article(s), {page.figures} figures, {page.activities} activities", highlight=False
    )
    out.print(str(target), soft_wrap=True)
    if output is None and open_browser:
        import webbrowser

        try:
            webbrowser.open(target.resolve().as_uri())
        except webbrowser.Error:
            pass  # no browser on this machine: the printed path is enough
    outcome.exit()
