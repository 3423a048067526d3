"""Records written in every format read back with the same fields and values."""

from __future__ import annotations

import pytest

from extract import figures_in
from extract.io import read_records, write_records


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".xlsx", ".parquet"])
def test_round_trip(tmp_path, suffix: str) -> None:  # type: ignore[no-untyped-def]
    figs = figures_in("发放慰问金41万元，其中政府筹集20.5万元。组建率达96.5%。")
    records = [f.record() for f in figs]
    path = tmp_path / f"out{suffix}"
    assert write_records(records, path) == 3
    back = [r for r in read_records(path) if r["type"] == "figure"]
    assert [(r["value"], r["unit"], r["start"], r["target"]) for r in back] == [
        (r["value"], r["unit"], r["start"], r["target"]) for r in records
    ]
    assert back[1]["part_of"] == records[0]["start"]
    assert not list(tmp_path.glob(".*.tmp"))  # atomic: no leftovers
