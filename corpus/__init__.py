"""The corpus layer: read archives of work summaries, clean, split, normalise, store.

The public API for later layers::

    from corpus import read, load
    for item in load(["archive/", "reports.csv"]):
        if isinstance(item, Failure): ...   # one input failed; the others go on
        else: ...                           # an Article, normalised and split

Nothing here is imported eagerly beyond the small record and registry modules.
"""

from __future__ import annotations

from corpus.compiled import guard

guard(__path__[0])  # before any module of the package is imported: see corpus.compiled

from collections.abc import Callable, Iterable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from corpus.errors import ReadError, StoreError, UnsupportedFormat, ZongjieError  # noqa: E402
from corpus.records import Article, Document, Failure  # noqa: E402

if TYPE_CHECKING:
    from corpus.readers import ReadOptions

__all__ = [
    "Article",
    "Document",
    "Failure",
    "ReadError",
    "StoreError",
    "UnsupportedFormat",
    "ZongjieError",
    "load",
    "read",
    "read_one",
    "split_articles",
]

Note = Callable[[str], None]


def read(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    on_note: Note | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Document | Failure]:
    """Every Document in the PATHs (files, folders, globs), a Failure for each input that fails.

    A file that fails part-way (a tabular corpus whose bytes go bad at row 5,000) yields its good rows
    and then one Failure. No exception from one input stops the iteration.
    """
    from dataclasses import replace

    from corpus.files import Input, expand
    from corpus.readers import ReadOptions

    options = replace(options or ReadOptions(), text_column=text_column, on_note=on_note)
    for item in expand(paths, on_note):
        if isinstance(item, Input):
            yield from read_one(item.path, item.source, options)
        else:
            yield item


def read_one(path: Path, source: str, options: ReadOptions) -> Iterator[Document | Failure]:
    """The Documents of one file, reported as ``source``; its failure a Failure, never an exception.

    For callers that planned the files themselves (``bulk.scale`` reads a batch's files on a worker).
    """
    from corpus.readers import read_file

    try:
        yield from read_file(path, source, options)
    except ZongjieError as exc:
        yield Failure(source, "read", getattr(exc, "reason", str(exc)))
    except Exception as exc:  # a parser's own bug on one odd file must not end a batch of thousands
        yield Failure(source, "read", f"{type(exc).__name__}: {exc}")


def split_articles(doc: Document, on_note: Note | None = None) -> list[Article] | Failure:
    """``corpus.articles.split_document`` with its errors turned into a Failure of stage ``split``."""
    from corpus.articles import split_document

    try:
        return split_document(doc, on_note)
    except Exception as exc:  # a bug in splitting one text must not end a batch of thousands
        return Failure(doc.source, "split", f"{type(exc).__name__}: {exc}")


def load(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    on_note: Note | None = None,
    options: ReadOptions | None = None,
) -> Iterator[Article | Failure]:
    """Every Article in the PATHs, read, cleaned, split and normalised; Failures in line."""
    for item in read(paths, text_column=text_column, on_note=on_note, options=options):
        if isinstance(item, Failure):
            yield item
            continue
        result = split_articles(item, on_note)
        if isinstance(result, Failure):
            yield result
        else:
            yield from result
