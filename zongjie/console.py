"""What every command shares: a stderr console, one-line errors, exit codes, progress bars.

Exit status (CONTRACT.md): 0 when every input was read, 1 when some failed (each named on stderr),
2 for a usage error.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NoReturn, TypeVar

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

T = TypeVar("T")

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE = 0, 1, 2


@dataclass
class Outcome:
    """Counts failures as they are reported, so the command can end with the right exit status."""

    failures: int = 0
    notes: list[str] = field(default_factory=list)

    def fail(self, message: str) -> None:
        self.failures += 1
        err.print(f"[red]error[/red]: {one_line(message)}", soft_wrap=True)

    def note(self, message: str) -> None:
        self.notes.append(message)
        err.print(f"[yellow]note[/yellow]: {one_line(message)}", soft_wrap=True)

    def exit(self) -> NoReturn:
        raise typer.Exit(EXIT_PARTIAL if self.failures else EXIT_OK)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def one_line(message: str) -> str:
    """A message as one line of plain text: control characters in it (a file name holding a newline)
    written as escapes (``\\n``), and square brackets kept from being read as console markup."""
    from rich.markup import escape

    shown = _CONTROL.sub(lambda m: repr(m.group())[1:-1], message)
    return escape(shown)


def usage_error(message: str) -> typer.Exit:
    err.print(f"[red]usage error[/red]: {one_line(message)}", soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


@contextmanager
def progress(description: str, total: int | None, *, quiet: bool = False) -> Iterator[Progress]:
    """A progress bar on stderr with items/s and ETA; silent when stderr is not a terminal or quiet."""
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not sys.stderr.isatty(),
        transient=False,
    )
    with bar:
        bar.add_task(description, total=total, rate="")
        yield bar


def tracked(items: Iterable[T], description: str, total: int | None, *, quiet: bool = False) -> Iterator[T]:
    """Iterate with a progress bar showing items per second."""
    import time

    t0 = time.perf_counter()
    with progress(description, total, quiet=quiet) as bar:
        task = bar.task_ids[0]
        for n, item in enumerate(items, 1):
            yield item
            dt = time.perf_counter() - t0
            bar.update(task, advance=1, rate=f"{n / dt:,.1f}/s" if dt > 0 else "")
