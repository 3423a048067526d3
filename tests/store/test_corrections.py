"""Corrections in the store: a person's reading of a figure, the latest one kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import StoreError
from store.db import Store


def test_latest_correction_wins_and_unset_fields_stay_unset(tmp_path: Path) -> None:
    db = tmp_path / "z.duckdb"
    with Store(db) as store:
        store.correct("doc:12", {"value": 38, "unit": "家"})
        store.correct("doc:12", {"value": 39, "unit": "家", "indicator": "新建工会组织", "target": False})
        store.correct("doc:40", {"indicator": "发放慰问金"})
    with Store(db) as store:  # survives closing
        found = store.corrections()
    assert set(found) == {"doc:12", "doc:40"}
    assert {k: v for k, v in found["doc:12"].items() if k != "at"} == {
        "value": 39.0, "unit": "家", "indicator": "新建工会组织", "target": False}
    assert {k: v for k, v in found["doc:40"].items() if k != "at"} == {"indicator": "发放慰问金"}


def test_unknown_fields_are_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "z.duckdb") as store, pytest.raises(StoreError, match="no field sentence"):
        store.correct("doc:1", {"value": 1, "sentence": "x"})
