"""The store as the workbench uses it: one connection shared by requests and the background reader.

DuckDB allows one writer per file, so the app opens the store once and every access takes the lock.
Extraction (the slow part) runs outside the lock; only reading and writing rows hold it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from corpus.records import Document, Failure
from corpus.store import Store, article_key
from zongjie.web.records import (
    FIGURES_DDL,
    activity_record,
    activity_rows,
    corrected,
    document_record,
    figure_record,
    figure_rows,
    same_reading,
)

_ORDER = "ORDER BY d.ingested_at, d.source, a.idx"


@dataclass(frozen=True, slots=True)
class Added:
    """What storing one uploaded document did."""

    source: str
    document: str
    new: bool
    articles: int
    figures: int
    duplicate_of: str | None = None  # the name it was stored under before, when its text was there


class NoChange(Exception):
    """A correction that changes nothing, or an undo with nothing to undo."""


class Library:
    """Documents, articles, figures, activities and corrections in one DuckDB file."""

    def __init__(self, db: Path) -> None:
        db.parent.mkdir(parents=True, exist_ok=True)
        self._store = Store(db)
        self._lock = threading.Lock()
        with self.store() as store:
            store.query(FIGURES_DDL)

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._lock:
            yield self._store

    def close(self) -> None:
        with self._lock:
            self._store.close()

    # -- writing ---------------------------------------------------------------------------------

    def add(self, doc: Document, name: str) -> Added | Failure:
        """Split, extract and store one document read from an upload, shown under ``name``.

        The saved file's made-up path never appears to the user: sources start with the name the
        file had on the user's machine.
        """
        import corpus
        from extract import extract_article

        row = doc.source.partition("#")[2]  # a tabular corpus's #row=N stays
        doc = replace(doc, source=f"{name}#{row}" if row else name)
        articles = corpus.split_articles(doc)
        if isinstance(articles, Failure):
            return self.fail(articles)
        try:
            extractions = [extract_article(a) for a in articles]
        except Exception as exc:  # an extractor bug on one text is that file's error, not the server's
            return self.fail(Failure(doc.source, "extract", f"{type(exc).__name__}: {exc}"))
        figures = 0
        with self.store() as store:
            stored = store.add(doc, articles)
            store.flush()
            if not stored.new and not stored.repaired:
                rows = store.query("SELECT source FROM documents WHERE key = ?", [stored.key])
                first = rows[0]["source"] if rows else doc.source
                return Added(doc.source, stored.key, False, len(articles), 0, duplicate_of=first)
            for index, (article, extraction) in enumerate(zip(articles, extractions, strict=True)):
                key = article_key(article, index)
                figures += len(extraction.figures)
                store.append("figures", figure_rows(key, extraction.figures), "key")
                store.append("activities", activity_rows(key, extraction.activities), "key")
        return Added(doc.source, stored.key, stored.new, len(articles), figures)

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
            return corrected(rows[0], store.corrections())

    def undo(self, key: str) -> dict[str, Any] | None:
        """Take back the latest correction of ``key``; the figure as it now reads. None: no such figure.
        NoChange when it has no correction left to undo."""
        with self.store() as store:
            rows = store.query("SELECT * FROM figures WHERE key = ?", [key])
            if not rows:
                return None
            if not store.undo_correction(key):
                raise NoChange(key)
            return corrected(rows[0], store.corrections())

    def history(self, key: str) -> list[dict[str, Any]]:
        """Every correction of ``key``, oldest first, undone ones marked."""
        with self.store() as store:
            return store.correction_history(key)

    # -- reading ---------------------------------------------------------------------------------

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

    def articles(self, document: str) -> list[dict[str, Any]]:
        with self.store() as store:
            return store.query("SELECT * FROM articles WHERE document = ? ORDER BY idx", [document])

    def records(self, document: str | None = None) -> list[dict[str, Any]]:
        """Document, figure and activity records (corrections applied), documents in upload order."""
        where, params = ("WHERE a.document = ?", [document]) if document else ("", [])
        with self.store() as store:
            articles = store.query(
                f"SELECT a.* FROM articles a JOIN documents d ON a.document = d.key {where} {_ORDER}", params
            )
            figures = store.query(
                f"SELECT f.* FROM figures f JOIN articles a ON f.article = a.key "
                f"JOIN documents d ON a.document = d.key {where} {_ORDER}, f.n",
                params,
            )
            activities = store.query(
                f"SELECT t.* FROM activities t JOIN articles a ON t.article = a.key "
                f"JOIN documents d ON a.document = d.key {where} {_ORDER}, t.n",
                params,
            )
            fixes = store.corrections()
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
