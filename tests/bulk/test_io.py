"""Records written in every format read back with the same fields and values."""

from __future__ import annotations

import pytest

from bulk.io import read_records, write_records
from extract import figures_in


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


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_a_full_disk_is_an_output_error_and_leaves_nothing(tmp_path, monkeypatch, suffix: str) -> None:  # type: ignore[no-untyped-def]
    import bulk.io
    from extract.errors import OutputError

    def full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bulk.io.os, "replace", full)
    out = tmp_path / f"o{suffix}"
    with pytest.raises(OutputError, match=rf"o\{suffix}: cannot write \(No space left on device\)"):
        write_records([f.record() for f in figures_in("新建工会组织38家。")], out)
    assert list(tmp_path.iterdir()) == []  # neither the output nor its temporary file
