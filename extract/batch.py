"""Many inputs → records, streaming: documents are read one at a time and records leave as soon as
their document is done, so memory does not grow with the corpus.

``jobs > 1`` splits and extracts in worker processes (reading stays in this process, in order, so
output order and content are the same whatever the number of jobs).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.records import Document, Failure

Record = dict[str, Any]


@dataclass
class Tally:
    """What a run did, for the summary line."""

    documents: int = 0
    articles: int = 0
    figures: int = 0
    activities: int = 0
    chars: int = 0
    failures: list[Failure] = field(default_factory=list)

    def count(self, records: Iterable[Record]) -> Iterator[Record]:
        """Pass records through, counting articles, figures and activities (not documents)."""
        for rec in records:
            t = rec["type"]
            if t == "document":
                self.articles += 1
                self.chars += rec.get("chars") or 0
            elif t == "figure":
                self.figures += 1
            elif t == "activity":
                self.activities += 1
            yield rec

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.documents,
            "articles": self.articles,
            "figures": self.figures,
            "activities": self.activities,
            "chars": self.chars,
        }

    def add(self, counts: dict[str, int]) -> None:
        """Add another run's ``counts()`` (a batch done on a worker, or by an earlier run)."""
        for k in ("documents", "articles", "figures", "activities", "chars"):
            setattr(self, k, getattr(self, k) + counts.get(k, 0))


def document_records(
    doc: Document,
    tally: Tally,
    on_failure: Callable[[Failure], None],
    on_note: Callable[[str], None] | None = None,
) -> Iterator[Record]:
    """The records of one document, an article at a time, counted in ``tally``.

    Only one article's figures are held at once, and its records leave one by one, so a report of
    many megabytes costs the memory of its text and figures, not of all its records. A document that
    cannot be split, or an article whose extraction raises, is a Failure passed to ``on_failure``;
    the other articles' records still come.
    """
    import corpus
    from extract.pipeline import extract_article

    articles = corpus.split_articles(doc, on_note)
    if isinstance(articles, Failure):
        on_failure(articles)
        return
    tally.documents += 1
    for article in articles:
        try:
            extraction = extract_article(article)
        except Exception as exc:  # one odd article must not end a batch of thousands: reported, not hidden
            on_failure(Failure(article.source, "extract", f"{type(exc).__name__}: {exc}"))
            continue
        yield from tally.count(extraction.iter_records())


def extract_document(doc: Document) -> list[Record] | Failure:
    """Split one document into articles and extract each; a Failure instead of an exception."""
    failures: list[Failure] = []
    records = list(document_records(doc, Tally(), failures.append))
    return failures[0] if failures else records


def _work(args: tuple[str, str, str, dict[str, str], str | None]) -> list[Record] | Failure:
    source, text, fmt, meta, encoding = args
    return extract_document(Document(source=source, text=text, format=fmt, meta=meta, encoding=encoding))


def extract_paths(
    paths: Iterable[str | Path],
    *,
    text_column: str | None = None,
    jobs: int = 1,
    tally: Tally | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    on_note: Callable[[str], None] | None = None,
    on_document: Callable[[], None] | None = None,
) -> Iterator[Record]:
    """Every record (document, figure, activity) of every input, in input order."""
    import corpus

    tally = tally if tally is not None else Tally()

    def failed(f: Failure) -> None:
        tally.failures.append(f)
        if on_failure:
            on_failure(f)

    docs = corpus.read(paths, text_column=text_column, on_note=on_note)

    def results() -> Iterator[list[Record] | Failure]:
        if jobs <= 1:
            for d in docs:
                yield d if isinstance(d, Failure) else extract_document(d)
            return
        import multiprocessing as mp

        ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
        pending: list[Failure] = []

        def tasks() -> Iterator[tuple[str, str, str, dict[str, str], str | None]]:
            for d in docs:
                if isinstance(d, Failure):
                    pending.append(d)
                    continue
                yield (d.source, d.text, d.format, dict(d.meta), d.encoding)

        with ctx.Pool(jobs) as pool:
            for res in pool.imap(_work, tasks(), chunksize=4):
                while pending:
                    yield pending.pop(0)
                yield res
        yield from pending

    for res in results():
        if isinstance(res, Failure):
            failed(res)
            continue
        tally.documents += 1
        yield from tally.count(res)
        if on_document:
            on_document()


def organisations(records: Iterable[Mapping[str, Any]]) -> list[str]:
    """The organisations ``extract`` records name, in order of first appearance."""
    seen: dict[str, None] = {}
    for rec in records:
        if rec.get("type") in ("document", "figure", "activity") and rec.get("org"):
            seen.setdefault(str(rec["org"]), None)
    return list(seen)


def of_organisation(records: list[Mapping[str, Any]], org: str | None) -> list[Mapping[str, Any]]:
    """The records of ``org`` (and those naming nobody); all of them when they name one organisation or
    none. Several organisations and no ``org``, or an ``org`` they do not name, is a ValueError whose
    message names them: drafting and scoring a draft refuse such data alike."""
    orgs = organisations(records)
    if org is not None:
        if org not in orgs:
            raise ValueError(f"no records of {org}; the organisations are: {'、'.join(orgs) or '(none named)'}")
        return [r for r in records if r.get("org") in (org, None)]
    if len(orgs) > 1:
        raise ValueError(f"holds {len(orgs)} organisations ({'、'.join(orgs)}); pick one with --org")
    return records
