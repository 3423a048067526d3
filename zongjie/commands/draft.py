"""`zongjie draft` and `zongjie fill`: parse, call one library function, print."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from corpus.errors import ZongjieError
from zongjie.console import Outcome, err, out, usage_error


def draft(
    data: Annotated[
        Path, typer.Argument(help="Draft data: .yaml/.json (see generate/schema) or an `extract` .jsonl.")
    ],
    like: Annotated[
        Path | None, typer.Option("--like", help="Last year's summary (any readable format) to follow.")
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option(
            "--corpus",
            help="A folder or file of your own past summaries to learn phrasing from (repeatable).",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Write .docx (GB/T 9704), .md or .txt; default: print."),
    ] = None,
    llm: Annotated[
        str | None,
        typer.Option(
            "--llm",
            help="Model name for a fluency pass (OPENAI_BASE_URL / OPENAI_API_KEY); figures are guarded.",
        ),
    ] = None,
    org: Annotated[
        str | None, typer.Option("--org", help="The organisation to draft for, when the data holds several.")
    ] = None,
) -> None:
    """Draft a 工作总结 from structured data; every figure comes from the data."""
    from generate.drafting import draft_file

    if output is not None and output.suffix.lower() not in {".docx", ".md", ".txt"}:
        raise usage_error(
            f"{output}: unknown output format {output.suffix or '(no suffix)'}; use .docx, .md or .txt"
        )
    outcome = Outcome()
    try:
        result = draft_file(data, like=like, corpus=corpus or (), llm=llm, out=output, org=org)
    except ZongjieError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    for note in result.notes:
        outcome.note(note)
    if output is None:
        out.print(result.text, soft_wrap=True, markup=False)
    else:
        err.print(f"wrote {output} ({len(result.placed)} figures, every one from {data})", soft_wrap=True)
    _print_review(result.review, output)
    outcome.exit()


def _print_review(items: tuple[str, ...], output: Path | None) -> None:
    """The review list after the run, on stderr (stdout may hold the draft itself)."""
    from generate.drafting import review_path

    where = f" (also in {review_path(output)})" if output is not None else ""
    if not items:
        err.print(f"待核对事项：无{where}", soft_wrap=True, markup=False)
        return
    err.print(f"待核对事项 {len(items)} 项{where}：", soft_wrap=True, markup=False)
    for n, item in enumerate(items, 1):
        err.print(f"{n}. {item}", soft_wrap=True, markup=False)


def fill(
    template: Annotated[
        Path, typer.Argument(help="A fill-in template (any readable format) with blanks such as ___家, xx人.")
    ],
    data: Annotated[
        Path, typer.Option("--data", help="Draft data (.yaml/.json/.jsonl) to fill the blanks from.")
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Where to write the filled text: .txt, .md or .docx.")
    ],
    org: Annotated[
        str | None, typer.Option("--org", help="The organisation whose figures fill it, when the data holds several.")
    ] = None,
) -> None:
    """Fill a template's number blanks from data; blanks that cannot be filled are listed."""
    from generate.drafting import fill_file

    if output.suffix.lower() not in {".docx", ".md", ".txt"}:
        raise usage_error(
            f"{output}: unknown output format {output.suffix or '(no suffix)'}; use .docx, .md or .txt"
        )
    outcome = Outcome()
    try:
        result = fill_file(template, data, output, org=org)
    except ZongjieError as exc:
        outcome.fail(str(exc))
        outcome.exit()
        return
    for note in result.notes:
        outcome.note(note)
    err.print(
        f"wrote {output}: {len(result.filled)} blanks filled, {len(result.dropped)} taken out with its clause,"
        f" {len(result.unfilled)} left"
    )
    _print_review(result.review, output)
    outcome.exit()
