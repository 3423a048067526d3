"""The store as zongjie uses it: documents, articles, figures, activities and corrections.

``zongjie ingest`` and the workbench write through ``Library.add`` (split, extract, store); ``compare``,
``audit``, ``evaluate`` and ``draft`` read through ``read_records``, corrections applied. DuckDB allows one
writer per file, so a Library opens the store once and every access takes its lock: the workbench shares
one between requests and its background reader. Extraction (the slow part) runs outside the lock; only
reading and writing rows hold it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus.errors import StoreError
from corpus.records import Document, Failure
from store.db import DEFAULT_DB, Store, article_key
from store.rows import (
    activity_record,
    activity_rows,
    corrected,
    document_record,
    figure_record,
    figure_rows,
    plain,
    same_reading,
)

_ORDER = "ORDER BY d.ingested_at, d.source, a.idx"


@dataclass(frozen=True, slots=True)
class Added:
    """What storing one document did: ``figures`` counts those extracted and stored by this call."""

    source: str
    document: str
    new: bool
    articles: int
    figures: int
    new_articles: int = 0
    duplicate_of: str | None = None  # the name it was stored under before, when its text was there
    repaired: bool = False  # stored before without its articles (a run that failed), now with them


class NoChange(Exception):
    """A correction that changes nothing, or an undo with nothing to undo."""


class Library:
    """Documents, articles, figures, activities and corrections in one DuckDB file.

    ``read_only`` opens a store that must exist, for reading only (several readers may share it)."""

    def __init__(self, db: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        db = Path(db)
        if not read_only:
            db.parent.mkdir(parents=True, exist_ok=True)
        elif not db.is_file():
            raise StoreError(f"{db}: no store here; run `zongjie ingest PATH... --db {db}` first")
        self.path = db
        self._store = Store(db, read_only=read_only)
        self._lock = threading.Lock()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._lock:
            yield self._store

    def close(self) -> None:
        with self._lock:
            self._store.close()

    # -- writing ---------------------------------------------------------------------------------

    def add(self, doc: Document, name: str | None = None, on_note: Callable[[str], None] | None = None) -> Added | Failure:
        """Split, extract and store one document; under ``name`` when given (an upload: the saved file's
        made-up path never appears to the user, sources start with the name the file had on the user's
        machine). Articles whose figures are stored already are not extracted again; those of a document
        stored before without them (a run that stopped, an older zongjie) are."""
        import corpus
        from extract import extract_article

        if name is not None:
            row = doc.source.partition("#")[2]  # a tabular corpus's #row=N stays
            doc = replace(doc, source=f"{name}#{row}" if row else name)
        articles = corpus.split_articles(doc, on_note)
        if isinstance(articles, Failure):
            return self.fail(articles)
        keys = [article_key(a, i) for i, a in enumerate(articles)]
        with self.store() as store:
            done = store.extracted(keys)
        try:
            extractions = {k: extract_article(a) for k, a in zip(keys, articles, strict=True) if k not in done}
        except Exception as exc:  # an extractor bug on one text is that file's error, not the run's
            return self.fail(Failure(doc.source, "extract", f"{type(exc).__name__}: {exc}"))
        figures = 0
        with self.store() as store:
            stored = store.add(doc, articles)
            store.flush()
            if not stored.new and not stored.repaired and not extractions:
                rows = store.query("SELECT source FROM documents WHERE key = ?", [stored.key])
                first = rows[0]["source"] if rows else doc.source
                return Added(doc.source, stored.key, False, len(articles), 0, duplicate_of=first)
            for key, extraction in extractions.items():
                figures += len(extraction.figures)
                store.append("figures", figure_rows(key, extraction.figures), "key")
                store.append("activities", activity_rows(key, extraction.activities), "key")
            store.mark_extracted(list(extractions))
        return Added(doc.source, stored.key, stored.new, len(articles), figures, stored.new_articles,
                     repaired=stored.repaired)

    def fail(self, failure: Failure) -> Failure:
        with self.store() as store:
            store.add_failure(failure)
        return failure

    def correct(self, key: str, fields: dict[str, Any]) -> dict[str, Any] | None:
        """Save a correction of figure ``key``; the figure as it now reads, or None when there is none.

        NoChange when the correction would leave the figure as it reads: nothing is saved."""
        with self.store() as store:
            rows = store.query("SELECT * FROM figures WHERE key = ?", [key])
            if not rows:
                return None
            fixes = store.corrections()
            now = corrected(rows[0], fixes)
            if same_reading(now, fields):
                raise NoChange(key)
            store.correct(key, fields)
            return figure_record(rows[0], store.corrections())

    def undo(self, key: str) -> dict[str, Any] | None:
        """Take back the latest correction of ``key``; the figure as it now reads. None: no such figure.
        NoChange when it has no correction left to undo."""
        with self.store() as store:
            rows = store.query("SELECT * FROM figures WHERE key = ?", [key])
            if not rows:
                return None
            if not store.undo_correction(key):
                raise NoChange(key)
            return figure_record(rows[0], store.corrections())

    def history(self, key: str) -> list[dict[str, Any]]:
        """Every correction of ``key``, oldest first, undone ones marked."""
        with self.store() as store:
            return store.correction_history(key)

    # -- reading ---------------------------------------------------------------------------------

    def unextracted(self) -> int:
        """How many stored articles have no figures and activities stored (``ingest`` again adds them)."""
        with self.store() as store:
            if "extracted" not in store.tables():
                return store.query("SELECT count(*) AS n FROM articles")[0]["n"]
            return store.query(
                "SELECT count(*) AS n FROM articles a WHERE a.key NOT IN (SELECT article FROM extracted)"
            )[0]["n"]

    def documents(self) -> list[dict[str, Any]]:
        """One row per document: its name, articles, organisations and how many figures."""
        with self.store() as store:
            return store.query("""
                SELECT d.key, d.source, d.format, d.chars, strftime(d.ingested_at, '%Y-%m-%d %H:%M') AS added,
                       count(DISTINCT a.key) AS articles,
                       string_agg(DISTINCT a.org, '、') AS orgs,
                       (SELECT count(*) FROM figures f JOIN articles b ON f.article = b.key
                        WHERE b.document = d.key) AS figures
                FROM documents d LEFT JOIN articles a ON a.document = d.key
                GROUP BY d.key, d.source, d.format, d.chars, d.ingested_at
                ORDER BY d.ingested_at, d.source
            """)

    def overview(self) -> tuple[list[dict[str, Any]], int]:
        """One row per stored article (or per document without articles), and how many errors."""
        with self.store() as store:
            return store.overview(), store.query("SELECT count(*) AS n FROM errors")[0]["n"]

    def articles(self, document: str) -> list[dict[str, Any]]:
        with self.store() as store:
            return store.query("SELECT * FROM articles WHERE document = ? ORDER BY idx", [document])

    def records(self, document: str | None = None) -> list[dict[str, Any]]:
        """Document, figure and activity records (corrections applied, figures and activities with their
        ``key``), documents in the order they were stored."""
        where, params = ("WHERE a.document = ?", [document]) if document else ("", [])
        with self.store() as store:
            tables = store.tables()
            articles = store.query(
                f"SELECT a.* FROM articles a JOIN documents d ON a.document = d.key {where} {_ORDER}", params
            )
            figures = store.query(
                f"SELECT f.* FROM figures f JOIN articles a ON f.article = a.key "
                f"JOIN documents d ON a.document = d.key {where} {_ORDER}, f.n",
                params,
            ) if "figures" in tables else []
            activities = store.query(
                f"SELECT t.* FROM activities t JOIN articles a ON t.article = a.key "
                f"JOIN documents d ON a.document = d.key {where} {_ORDER}, t.n",
                params,
            ) if "activities" in tables else []
            fixes = store.corrections() if "corrections" in tables else {}
        return [
            *(document_record(a) for a in articles),
            *(figure_record(f, fixes) for f in figures),
            *(activity_record(t) for t in activities),
        ]

    def parts(self, document: str) -> list[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
        """Each article of a document with its figure and activity records, in text order."""
        articles = self.articles(document)
        records = self.records(document)
        by_source: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {
            a["source"]: ([], []) for a in articles
        }
        for rec in records:
            if rec["type"] in ("figure", "activity") and rec["source"] in by_source:
                by_source[rec["source"]][rec["type"] == "activity"].append(rec)
        return [(a, *by_source[a["source"]]) for a in articles]

    def organisations(self) -> list[dict[str, Any]]:
        """Organisation and period pairs the store holds figures for (for the draft page)."""
        with self.store() as store:
            return store.query("""
                SELECT coalesce(f.org, a.org) AS org, coalesce(f.period, a.period) AS period,
                       count(*) AS figures, count(DISTINCT f.article) AS articles
                FROM figures f JOIN articles a ON f.article = a.key
                WHERE coalesce(f.org, a.org) IS NOT NULL AND NOT coalesce(f.placeholder, false)
                GROUP BY ALL ORDER BY figures DESC, org
            """)

    def indicators(self) -> list[dict[str, Any]]:
        """Canonical indicators with how many organisations state them, most shared first."""
        with self.store() as store:
            return store.query("""
                SELECT canonical AS indicator, count(DISTINCT coalesce(org, source)) AS orgs, count(*) AS figures
                FROM figures WHERE canonical IS NOT NULL AND canonical <> ''
                GROUP BY canonical ORDER BY orgs DESC, figures DESC, canonical LIMIT 200
            """)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path = DEFAULT_DB,
    *,
    text_column: str | None = None,
    on_note: Callable[[str], None] | None = None,
) -> Iterator[Added | Failure]:
    """Read, split, extract and store every input; yields what happened to each (Failures are stored
    too). What is stored already (the same text) is not added again."""
    import corpus

    with Library(db) as library:
        for item in corpus.read(paths, text_column=text_column, on_note=on_note):
            yield library.fail(item) if isinstance(item, Failure) else library.add(item, on_note=on_note)


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """The document, figure and activity records of a store as the contract has them, every person's
    correction applied. Raises StoreError for a store holding articles of which none is extracted (made
    by an older ``zongjie ingest``)."""
    with Library(path, read_only=True) as library:
        missing = library.unextracted()
        records = library.records()
    if missing and not any(r["type"] != "document" for r in records):
        raise StoreError(
            f"{path}: its {missing} article{'s' * (missing != 1)} were stored without their figures (by an "
            f"older zongjie); run `zongjie ingest PATH... --db {path}` again to extract them"
        )
    for rec in records:
        yield plain(rec)
