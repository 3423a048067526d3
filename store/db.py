"""The DuckDB file under the store: documents, articles, errors, figures, activities and corrections.

A document's key is the sha256 of its text, an article's the sha256 of its (normalised,
source-independent) text and its index in the document: the same report read twice, or from two
paths, is stored once. ``errors`` keeps one row per (source, stage, reason). ``extracted`` names the
articles whose figures and activities are stored, so a run stopped halfway (or a store made before
``ingest`` extracted) is completed by the next one.

Rows are buffered and written in batches through Arrow: row-by-row inserts into DuckDB cost
milliseconds each. ``store.library.Library`` is what the rest of zongjie uses.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from corpus.errors import StoreError
from corpus.records import Article, Document, Failure

DEFAULT_DB = "zongjie.duckdb"
_FLUSH_EVERY = 500
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    key VARCHAR PRIMARY KEY, source VARCHAR, format VARCHAR, encoding VARCHAR, chars BIGINT,
    meta JSON, ingested_at TIMESTAMP);
CREATE TABLE IF NOT EXISTS articles (
    key VARCHAR PRIMARY KEY, document VARCHAR, idx INTEGER, source VARCHAR, title VARCHAR, org VARCHAR,
    level VARCHAR, year INTEGER, period VARCHAR, template BOOLEAN, chars BIGINT, text VARCHAR, display VARCHAR);
ALTER TABLE articles ADD COLUMN IF NOT EXISTS display VARCHAR;
CREATE TABLE IF NOT EXISTS errors (
    source VARCHAR, stage VARCHAR, reason VARCHAR, "at" TIMESTAMP, PRIMARY KEY (source, stage, reason));
CREATE TABLE IF NOT EXISTS corrections (
    key VARCHAR PRIMARY KEY, value DOUBLE, unit VARCHAR, indicator VARCHAR, target BOOLEAN, "at" TIMESTAMP);
CREATE TABLE IF NOT EXISTS extracted (article VARCHAR PRIMARY KEY, "at" TIMESTAMP);
CREATE TABLE IF NOT EXISTS correction_history (
    key VARCHAR, n INTEGER, value DOUBLE, unit VARCHAR, indicator VARCHAR, target BOOLEAN, "at" TIMESTAMP,
    undone_at TIMESTAMP, PRIMARY KEY (key, n));
"""

CORRECTED_FIELDS = ("value", "unit", "indicator", "target")
# Where a figure or activity row belongs: its own key, its article's key and its place in the article.
STORE_COLUMNS = ("key", "article", "n")


def record_tables() -> str:
    """The figures and activities tables: the store's columns, then the record's (``extract.schema``)."""
    from extract.records import Activity, Figure
    from extract.schema import Column, columns, ddl

    own = (Column("key", "str"), Column("article", "str"), Column("n", "int"))
    return "\n".join(ddl(name, own + columns(cls)) for name, cls in (("figures", Figure), ("activities", Activity)))


def document_key(doc: Document) -> str:
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def article_key(article: Article, index: int) -> str:
    return hashlib.sha256(f"{index}\n{article.text}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class Stored:
    """What storing one document did."""

    source: str
    key: str
    new: bool
    articles: int
    new_articles: int
    repaired: bool = False  # stored before without its articles (a run that failed), now with them


def _open_error(path: str, exc: Exception) -> StoreError:
    message = str(exc)
    if "lock" in message.lower():
        return StoreError(f"{path}: the store is in use by another process (close it and retry): {message}")
    if "not a valid DuckDB database" in message or "database file" in message:
        return StoreError(f"{path}: not a DuckDB store ({message})")
    if "does not exist" in message:
        return StoreError(f"{path}: no store here; run `zongjie ingest PATH... --db {path}` first")
    return StoreError(f"{path}: cannot open the store: {message}")


class Store:
    """A DuckDB file holding the corpus. Use as a context manager; writes are flushed on exit."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path)
        self._duckdb = duckdb
        try:
            self._con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                before = self._table_names()
                self._con.execute(SCHEMA + record_tables())
                if "figures" in before and "extracted" not in before:
                    # A store the workbench wrote before ``extracted`` existed: its figures were stored
                    # with their articles.
                    self._con.execute(
                        "INSERT OR IGNORE INTO extracted SELECT DISTINCT article, now() FROM figures "
                        "UNION SELECT DISTINCT article, now() FROM activities"
                    )
        except duckdb.Error as exc:
            raise _open_error(self.path, exc) from exc
        self._docs: list[dict[str, Any]] = []
        self._articles: list[dict[str, Any]] = []
        self._doc_keys: set[str] | None = None
        self._article_keys: set[str] = set()
        self._with_articles: set[str] = set()  # documents whose articles are stored

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._con.close()

    # -- documents and articles ---------------------------------------------------------------

    def _known(self) -> set[str]:
        if self._doc_keys is None:  # loaded once: a set lookup per document instead of a query
            self._doc_keys = {r[0] for r in self._con.execute("SELECT key FROM documents").fetchall()}
            self._article_keys = {r[0] for r in self._con.execute("SELECT key FROM articles").fetchall()}
            self._with_articles = {
                r[0] for r in self._con.execute("SELECT DISTINCT document FROM articles").fetchall()
            }
        return self._doc_keys

    def add(self, doc: Document, articles: Sequence[Article]) -> Stored:
        """Store a document and its articles unless their keys are already there."""
        known = self._known()
        key = document_key(doc)
        repair = key in known and key not in self._with_articles and bool(articles)
        if key in known and not repair:
            return Stored(doc.source, key, False, len(articles), 0)
        if not repair:
            known.add(key)
            self._docs.append({
                "key": key, "source": doc.source, "format": doc.format, "encoding": doc.encoding,
                "chars": len(doc.text), "meta": json.dumps(dict(doc.meta), ensure_ascii=False),
                "ingested_at": datetime.now(),
            })
        if articles:
            self._with_articles.add(key)
        new_articles = 0
        for index, article in enumerate(articles):
            akey = article_key(article, index)
            if akey in self._article_keys:
                continue
            self._article_keys.add(akey)
            new_articles += 1
            self._articles.append({
                "key": akey, "document": key, "idx": index, "source": article.source, "title": article.title,
                "org": article.org, "level": article.level, "year": article.year, "period": article.period,
                "template": article.template, "chars": article.chars, "text": article.text,
                "display": article.shown,
            })
        if len(self._docs) >= _FLUSH_EVERY or len(self._articles) >= _FLUSH_EVERY:
            self.flush()
        return Stored(doc.source, key, not repair, len(articles), new_articles, repaired=repair)

    def add_failure(self, failure: Failure) -> None:
        self._execute(
            'INSERT OR IGNORE INTO errors VALUES (?, ?, ?, ?)',
            [failure.source, failure.stage, failure.reason, datetime.now()],
        )

    def correct(self, key: str, fields: dict[str, Any]) -> None:
        """Record a person's correction of the figure ``key``: its value, unit, indicator, target.

        The latest correction of a figure replaces the earlier one; fields not given are stored as null
        (the extractor's reading of them stands).
        """
        unknown = set(fields) - set(CORRECTED_FIELDS)
        if unknown:
            raise StoreError(f"{self.path}: a correction has no field {', '.join(sorted(unknown))}")
        value = fields.get("value")
        if value is not None and not math.isfinite(float(value)):
            raise StoreError(f"{self.path}: a correction's value must be a finite number, not {value!r}")
        row = [None if value is None else float(value), fields.get("unit"), fields.get("indicator"),
               fields.get("target"), datetime.now()]
        self._execute('INSERT OR REPLACE INTO corrections VALUES (?, ?, ?, ?, ?, ?)', [key, *row])
        got = self._con.execute("SELECT coalesce(max(n), 0) + 1 FROM correction_history WHERE key = ?", [key]).fetchone()
        n = got[0] if got else 1
        self._execute("INSERT INTO correction_history VALUES (?, ?, ?, ?, ?, ?, ?, NULL)", [key, n, *row])

    def undo_correction(self, key: str) -> bool:
        """Take back the latest correction of ``key``: the one before it (or the extractor's reading) stands
        again. The history keeps both, the undone one marked with when. False when there is none to undo."""
        live = self.correction_history(key, live_only=True)
        if not live:
            return False
        self._execute('UPDATE correction_history SET undone_at = ? WHERE key = ? AND n = ?',
                      [datetime.now(), key, live[-1]["n"]])
        if len(live) > 1:
            before = live[-2]
            self._execute('INSERT OR REPLACE INTO corrections VALUES (?, ?, ?, ?, ?, ?)',
                          [key, *(before[f] for f in CORRECTED_FIELDS), before["at"]])
        else:
            self._execute("DELETE FROM corrections WHERE key = ?", [key])
        return True

    def correction_history(self, key: str, *, live_only: bool = False) -> list[dict[str, Any]]:
        """Every correction of ``key`` in the order made, undone ones included (``undone_at`` set) unless
        ``live_only``."""
        where = " AND undone_at IS NULL" if live_only else ""
        return self.query(f'SELECT * FROM correction_history WHERE key = ?{where} ORDER BY n', [key])

    def corrections(self) -> dict[str, dict[str, Any]]:
        """Every figure's latest correction by figure key: only the fields the person set."""
        rows = self.query(f'SELECT key, {", ".join(CORRECTED_FIELDS)}, "at" FROM corrections')
        return {
            r["key"]: {f: r[f] for f in (*CORRECTED_FIELDS, "at") if r[f] is not None} for r in rows
        }

    def extracted(self, articles: Sequence[str]) -> set[str]:
        """Which of these article keys have their figures and activities stored."""
        if not articles:
            return set()
        rows = self.query("SELECT article FROM extracted WHERE list_contains(?, article)", [list(articles)])
        return {r["article"] for r in rows}

    def mark_extracted(self, articles: Sequence[str]) -> None:
        """Say these articles' figures and activities are stored (after they were appended)."""
        now = datetime.now()
        for key in articles:
            self._execute('INSERT OR IGNORE INTO extracted VALUES (?, ?)', [key, now])

    def tables(self) -> set[str]:
        self.flush()
        return self._table_names()

    def _table_names(self) -> set[str]:
        rows = self._con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        return {r[0] for r in rows}

    def flush(self) -> None:
        """Write the buffered documents and their articles in one transaction: all of them or none
        (a full disk must not leave documents stored without their articles)."""
        if not self._docs and not self._articles:
            return
        docs, articles = self._docs, self._articles
        self._docs, self._articles = [], []
        try:
            self._execute("BEGIN TRANSACTION")
            if docs:
                self._insert("documents", docs)
            if articles:
                self._insert("articles", articles)
            self._execute("COMMIT")
        except StoreError:
            with contextlib.suppress(StoreError):
                self._execute("ROLLBACK")
            # Not stored after all: forget the keys, so nothing is taken for stored that is not.
            self._doc_keys = None
            raise

    def _insert(self, table: str, rows: list[dict[str, Any]]) -> int:
        import pyarrow as pa

        try:
            batch = pa.Table.from_pylist(rows)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise StoreError(f"{self.path}: rows for {table!r} have mixed types: {exc}") from exc
        self._con.register("_zongjie_batch", batch)
        try:
            result = self._execute(f'INSERT OR IGNORE INTO "{table}" BY NAME SELECT * FROM _zongjie_batch')
            return int(result.fetchone()[0])
        finally:
            self._con.unregister("_zongjie_batch")

    # -- generic tables for later layers -------------------------------------------------------

    def append(self, table: str, rows: list[dict[str, Any]], key: str) -> int:
        """Add ``rows`` to ``table`` unless a row with the same ``key`` value is there; returns rows added.

        A table not in the schema is created from the first rows' columns (a column first seen later is
        added).
        """
        import pyarrow as pa

        for name in (table, key):
            if not _IDENTIFIER.match(name):
                raise StoreError(f"{self.path}: {name!r} is not a plain table or column name")
        if not rows:
            return 0
        try:
            batch = pa.Table.from_pylist(rows)
        except (pa.ArrowInvalid, pa.ArrowTypeError) as exc:
            raise StoreError(f"{self.path}: rows for {table!r} have mixed types: {exc}") from exc
        if key not in batch.column_names:
            raise StoreError(f"{self.path}: rows for {table!r} have no key column {key!r}")
        self.flush()
        self._con.register("_zongjie_batch", batch)
        try:
            if not self.query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [table]):
                self._execute(f'CREATE TABLE "{table}" AS SELECT * FROM _zongjie_batch LIMIT 0')
            else:
                self._add_missing_columns(table)
            result = self._execute(
                f'INSERT INTO "{table}" BY NAME SELECT DISTINCT ON ("{key}") * FROM _zongjie_batch b '
                f'WHERE b."{key}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "{table}" t WHERE t."{key}" = b."{key}")'
            )
            return int(result.fetchone()[0])
        finally:
            self._con.unregister("_zongjie_batch")

    def _add_missing_columns(self, table: str) -> None:
        have = {r["column_name"] for r in self.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table])}
        for col in self.query("DESCRIBE SELECT * FROM _zongjie_batch"):
            if col["column_name"] not in have:
                self._execute(f'ALTER TABLE "{table}" ADD COLUMN "{col["column_name"]}" {col["column_type"]}')

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Rows of ``sql`` as dicts (after writing what is buffered)."""
        if self._docs or self._articles:
            self.flush()
        cursor = self._execute(sql, params)
        if cursor.description is None:
            return []
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        try:
            return self._con.execute(sql, params) if params is not None else self._con.execute(sql)
        except self._duckdb.Error as exc:
            raise StoreError(f"{self.path}: {exc}") from exc

    def overview(self) -> list[dict[str, Any]]:
        """One row per stored article (or per document without articles), documents in ingest order."""
        return self.query("""
            SELECT d.key AS document, d.source AS document_source, d.format, d.chars AS document_chars,
                   d.meta->>'title' AS meta_title, a.idx, a.title, a.org, a.level, a.period, a.chars,
                   a.source, count(a.key) OVER (PARTITION BY d.key) AS articles
            FROM documents d LEFT JOIN articles a ON a.document = d.key
            ORDER BY d.ingested_at, d.source, a.idx
        """)
