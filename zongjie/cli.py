"""The ``zongjie`` command line: a registry of commands, each a thin wrapper in ``zongjie.commands``.

A command parses its arguments, calls one library function of a layer, and prints. Nothing here
computes anything.
"""

from __future__ import annotations

from typing import Annotated

import typer

from zongjie.commands import audit, compare, draft, evaluate, extract, ingest, serve, show

app = typer.Typer(
    name="zongjie",
    help="总结 — mine and write Chinese work summaries (工作总结): figures, activities, drafts, comparisons.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



def version() -> str:
    """The installed distribution's version (pyproject.toml's, once installed)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("zongjie")
    except PackageNotFoundError:
        return "unknown (not installed)"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"zongjie {version()}")
        raise typer.Exit()


@app.callback()
def _options(
    show_version: Annotated[
        bool,
        typer.Option("--version", "-V", help="Print the version and exit.", callback=_print_version, is_eager=True),
    ] = False,
) -> None:
    """总结 — mine and write Chinese work summaries (工作总结): figures, activities, drafts, comparisons."""


app.command("ingest")(ingest.ingest)
app.command("docs")(ingest.docs)
app.command("extract")(extract.extract)
app.command("show")(show.show)
app.command("compare")(compare.compare)
app.command("audit")(audit.audit)
app.command("draft")(draft.draft)
app.command("fill")(draft.fill)
app.add_typer(evaluate.app, name="evaluate")
app.command("serve")(serve.serve)


def main() -> None:
    app()
