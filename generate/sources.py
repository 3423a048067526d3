"""Reading past summaries for ``--corpus`` and ``--like``: ``corpus.read`` then ``split_document``.

(``corpus.load`` does the same; it is bypassed while ``corpus.split`` — a function and a module of
the same name — shadow each other in the corpus package.)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from corpus.records import Article, Failure


def load(paths: Iterable[str | Path]) -> Iterator[Article | Failure]:
    from corpus import read
    from corpus.articles import split_document

    for item in read(paths):
        if isinstance(item, Failure):
            yield item
            continue
        try:
            yield from split_document(item)
        except Exception as exc:  # one text that fails to split must not end a corpus of many
            yield Failure(item.source, "split", f"{type(exc).__name__}: {exc}")
