"""The two entry points the CLI calls: ``draft_file`` and ``fill_file`` (files in, files out)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generate.data import DraftData, load_data
from generate.fill import FillResult, fill_text
from generate.plan import Block, Draft


def draft_file(
    data_path: str | Path,
    *,
    like: str | Path | None = None,
    corpus: Sequence[str | Path] = (),
    llm: str | None = None,
    out: str | Path | None = None,
    org: str | None = None,
) -> Draft:
    """Draft from a data file (``load_data``: YAML, JSON, ``extract`` records or a store; ``org`` picks one
    organisation of several); see ``draft``."""
    return draft(load_data(data_path, org=org), like=like, corpus=corpus, llm=llm, out=out)


def draft(
    data: DraftData,
    *,
    like: str | Path | None = None,
    corpus: Sequence[str | Path] = (),
    llm: str | None = None,
    out: str | Path | None = None,
) -> Draft:
    """Draft from data in memory (``data_from_mapping``, ``data_from_records``); ``like`` follows last
    year's report, ``corpus`` adds frames mined from the user's own past summaries, ``llm`` names a model
    for a guarded fluency pass; written to ``out`` (.docx, .md, .txt) when given, with its review list
    beside it (``OUT.review.md``). ``Draft.notes`` says what was not done as asked; ``Draft.review`` what
    a person must look at before the draft is sent."""
    if like is not None:
        from generate.like import read_report, redraft

        made = redraft(read_report(like), data)
    else:
        from generate.compose import compose
        from generate.phrases import mine_corpus

        frames, failures = mine_corpus(corpus) if corpus else ([], [])
        made = compose(data, frames).with_notes(*failures)
        if corpus:
            made = made.with_notes(
                f"mined {len(frames)} sentence frames from {', '.join(map(str, corpus))}"
            )
    if llm:
        from generate.llm import model_from_env, polish

        made = polish(made, model_from_env(llm))
    if out is not None:
        from generate.output import write_draft

        write_draft(made, out)
        write_review(made.review, out)
    return made


def review_path(out: str | Path) -> Path:
    """Where the review list of ``out`` goes: ``draft.docx`` → ``draft.review.md``."""
    p = Path(out)
    return p.with_name(p.stem + ".review.md")


def write_review(items: Sequence[str], out: str | Path) -> Path:
    """The review list as Markdown beside the draft (written even when empty, so an old one never stays)."""
    from generate.errors import RenderError

    path = review_path(out)
    lines = [f"# 待核对事项：{Path(out).name}", ""]
    lines += [f"{n}. {item}" for n, item in enumerate(items, 1)] or ["（无）"]
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise RenderError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    return path


def fill_file(template: str | Path, data_path: str | Path, out: str | Path, org: str | None = None) -> FillResult:
    """A template's number blanks filled from a data file, written to ``out`` (.txt, .md or .docx)."""
    from corpus import read
    from corpus.records import Failure
    from generate.errors import DataError
    from generate.output import write_draft

    data = load_data(data_path, org=org)
    doc = next(iter(read([str(template)])), None)
    if doc is None or isinstance(doc, Failure):
        raise DataError(str(template), doc.reason if doc is not None else "no text found")
    result = fill_text(doc.text, data)
    lines = [line for line in result.text.split("\n") if line.strip()]
    blocks = [Block("title" if i == 0 else "body", line.strip()) for i, line in enumerate(lines)]
    write_draft(Draft(tuple(blocks)), out)
    write_review(result.review, out)
    return result
