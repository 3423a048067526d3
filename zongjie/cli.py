"""The ``zongjie`` command line: a registry of commands, each a thin wrapper in ``zongjie.commands``.

A command parses its arguments, calls one library function of a layer, and prints. Nothing here
computes anything.
"""

from __future__ import annotations

import typer

from zongjie.commands import audit, compare, draft, evaluate, extract, ingest, serve, show

app = typer.Typer(
    name="zongjie",
    help="总结 — mine and write Chinese work summaries (工作总结): figures, activities, drafts, comparisons.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

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
