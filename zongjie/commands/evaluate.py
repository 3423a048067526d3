"""`zongjie evaluate extraction|draft` — being built; see the issue tracker."""

from __future__ import annotations

import typer

app = typer.Typer(help="Score extraction against gold, or drafts against references.", no_args_is_help=True)
