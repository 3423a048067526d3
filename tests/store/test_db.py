"""The DuckDB store: content keys, re-runs add nothing, errors once, generic append and query."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus.errors import StoreError
from corpus.records import Failure
from store import Added, ingest
from store.db import Store
from tests.corpus.fixtures import HEADING1, S1, S2, S3, UNION_ROWS, make_csv, write_text


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    write_text(root / "a.txt", f"{HEADING1}\n{S1}\n{S2}")
    write_text(root / "b.txt", S3, "gbk")
    write_text(root / "copy of a.txt", f"{HEADING1}\n{S1}\n{S2}")  # same text, another path
    (root / "empty.txt").write_bytes(b"")
    make_csv(root / "rows.csv", UNION_ROWS)
    return root


def test_ingest_stores_once_and_reruns_add_nothing(tmp_path: Path, inputs: Path) -> None:
    db = tmp_path / "z.duckdb"
    first = list(ingest([inputs], db))
    stored = [i for i in first if isinstance(i, Added)]
    failed = [i for i in first if isinstance(i, Failure)]
    assert [s.source[len(str(inputs.parent)) + 1 :] for s in stored] == [
        "in/a.txt", "in/b.txt", "in/copy of a.txt", "in/rows.csv#row=0", "in/rows.csv#row=1", "in/rows.csv#row=2"]
    # copy of a.txt and row 0 of rows.csv hold a.txt's text: the same document, stored once.
    assert [s.new for s in stored] == [True, True, False, False, True, True]
    assert [f.reason for f in failed] == ["empty file (0 bytes)"]

    second = list(ingest([inputs], db))
    assert not any(isinstance(i, Added) and (i.new or i.new_articles) for i in second)
    with Store(db, read_only=True) as store:
        docs = store.query("SELECT source, format, encoding, chars, meta->>'org' AS org FROM documents ORDER BY source")
        errors = store.query('SELECT source, stage, reason FROM errors')
        articles = store.query("SELECT document, source, chars, text FROM articles")
    assert len(docs) == 4 and len(errors) == 1  # the error of the re-run was not added again
    b = next(d for d in docs if d["source"].endswith("b.txt"))
    assert (b["format"], b["encoding"], b["chars"]) == ("txt", "gb18030", len(S3))
    assert sorted(d["org"] for d in docs if d["org"]) == ["朝阳区总工会", "西城区总工会"]
    assert errors[0]["stage"] == "read" and errors[0]["source"].endswith("empty.txt")
    assert len(articles) >= 4 and all(a["chars"] == len(a["text"]) for a in articles)


def test_append_creates_skips_known_keys_and_grows_columns(tmp_path: Path) -> None:
    db = tmp_path / "z.duckdb"
    rows = [
        {"key": "a1", "indicator": "新建工会组织", "value": 38.0, "unit": "家"},
        {"key": "a2", "indicator": "发放慰问金", "value": 41.0, "unit": "万元"},
        {"key": "a2", "indicator": "发放慰问金", "value": 41.0, "unit": "万元"},  # duplicate in one batch
    ]
    with Store(db) as store:
        assert store.append("notes", rows, key="key") == 2
        assert store.append("notes", rows, key="key") == 0
        added = store.append("notes", [{"key": "a3", "indicator": "走访困难职工", "value": 265.0, "unit": "户",
                                          "approx": False}], key="key")
        assert added == 1
    with Store(db, read_only=True) as store:
        got = store.query("SELECT key, value, unit, approx FROM notes WHERE value > ? ORDER BY key", [40])
    assert got == [
        {"key": "a2", "value": 41.0, "unit": "万元", "approx": None},
        {"key": "a3", "value": 265.0, "unit": "户", "approx": False},
    ]


@pytest.mark.parametrize(("table", "key"), [("figures; DROP TABLE documents", "key"), ("figures", "k ey")])
def test_append_refuses_odd_names(tmp_path: Path, table: str, key: str) -> None:
    with Store(tmp_path / "z.duckdb") as store, pytest.raises(StoreError, match="not a plain"):
        store.append(table, [{"key": 1}], key=key)


def test_not_a_duckdb_file(tmp_path: Path) -> None:
    path = write_text(tmp_path / "z.duckdb", f"{S1}\n" * 100)
    with pytest.raises(StoreError, match="not a DuckDB store"):
        Store(path)


def test_missing_store_read_only(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "none.duckdb", read_only=True)


def test_locked_store(tmp_path: Path) -> None:
    db = tmp_path / "z.duckdb"
    Store(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        t0 = time.perf_counter()
        with pytest.raises(StoreError, match="in use by another process"):
            Store(db)
        assert time.perf_counter() - t0 < 10
    finally:
        holder.kill()
        holder.communicate()
