"""Tabular corpora: one Document per row, streamed; the text column found; columns as meta."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import ReadError
from corpus.readers import ReadOptions, read_file
from corpus.records import Document, Failure
from tests.corpus.fixtures import (
    HEADING1,
    S1,
    S2,
    S3,
    S4,
    UNION_ROWS,
    make_csv,
    make_jsonl,
    make_parquet,
    make_xlsx,
)

MAKERS = {
    "csv": lambda p: make_csv(p, UNION_ROWS),
    "gbk.csv": lambda p: make_csv(p, UNION_ROWS, encoding="gbk"),
    "jsonl": lambda p: make_jsonl(p, UNION_ROWS),
    "parquet": lambda p: make_parquet(p, UNION_ROWS, row_group_size=2),
    "xlsx": lambda p: make_xlsx(p, list(UNION_ROWS[0]), [list(r.values()) for r in UNION_ROWS]),
}


def _read(path: Path, source: str = "c", **options: object) -> list[Document | Failure]:
    return list(read_file(path, source, ReadOptions(**options)))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(MAKERS))
def test_one_document_per_row_with_meta(tmp_path: Path, kind: str) -> None:
    path = MAKERS[kind](tmp_path / f"工会 总结.{kind}")
    docs = _read(path, "archive/工会 总结")
    assert [d.source for d in docs] == [f"archive/工会 总结#row={i}" for i in range(3)]
    assert [d.text for d in docs] == [f"{HEADING1}\n{S1}\n{S2}", f"二、职工服务工作\n{S3}", S4]
    assert dict(docs[2].meta) == {
        "org": "朝阳区总工会",
        "year": "2025",
        "title": "朝阳区总工会2025年上半年工作总结",
    }
    assert {d.format for d in docs} == {kind.rsplit(".", 1)[-1]}
    if kind == "gbk.csv":
        assert docs[0].encoding == "gb18030"


def test_text_column_found_by_its_long_strings(tmp_path: Path) -> None:
    rows = [
        {"id": i, "省份": "河北省", "body_html_stripped": f"{S1}{S2}第{i}篇", "note": "ok"} for i in range(3)
    ]
    docs = _read(make_csv(tmp_path / "x.csv", rows))
    assert [d.text for d in docs] == [f"{S1}{S2}第{i}篇" for i in range(3)]
    assert docs[0].meta == {"id": "0", "org": "河北省", "note": "ok"}


def test_text_column_given(tmp_path: Path) -> None:
    rows = [{"摘要": S1, "全文": S1 + S2 + S3, "日期": "2024-12-30"}]
    path = make_jsonl(tmp_path / "x.jsonl", rows)
    [doc] = _read(path)  # 全文 is a text name
    assert doc.text == S1 + S2 + S3 and doc.meta == {"摘要": S1, "date": "2024-12-30"}
    [doc] = _read(path, text_column="摘要")
    assert doc.text == S1 and doc.meta["全文"] == S1 + S2 + S3
    with pytest.raises(ReadError, match="no column 'body'; the columns are: 摘要, 全文, 日期"):
        _read(path, text_column="body")


def test_bad_rows_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(
        f'{{"text": "{S1}", "year": 2024}}\n{{"text": \n["a list"]\n\n{{"text": ""}}\n{{"text": "{S3}"}}\n',
        encoding="utf-8",
    )
    notes: list[str] = []
    items = _read(path, "x.jsonl", on_note=notes.append)
    # #row=N is the line's 0-based number: the blank fourth line is skipped, not renumbered over.
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Document", "x.jsonl#row=0"),
        ("Failure", "x.jsonl#row=1"),
        ("Failure", "x.jsonl#row=2"),
        ("Document", "x.jsonl#row=5"),
    ]
    assert "not valid JSON" in items[1].reason and "not an object" in items[2].reason
    # an empty text cell is no failure: skipped, and said once
    assert notes == ["x.jsonl: 1 row without text skipped (column 'text')"]


def test_empty_cells_skipped_with_one_note_and_repeated_text_read_once(tmp_path: Path) -> None:
    rows = [
        {"年份": 2022, "区县名称": "甲县", "所属城市": "丙市", "报告全文": S1},
        {"年份": 2022, "区县名称": "乙县", "所属城市": "丙市", "报告全文": None},
        {"年份": 2023, "区县名称": "乙县", "所属城市": "丙市", "报告全文": "  "},
        {"年份": 2022, "区县名称": "甲县", "所属城市": "丙市", "报告全文": S1},  # the same report again
        {"年份": 2023, "区县名称": "乙县", "所属城市": "丙市", "报告全文": S2},
    ]
    path = make_jsonl(tmp_path / "县.jsonl", rows)
    notes: list[str] = []
    docs = _read(path, "县.jsonl", on_note=notes.append)
    assert [(d.source, d.meta["org"], d.meta["year"], d.meta["parent"]) for d in docs] == [
        ("县.jsonl#row=0", "甲县", "2022", "丙市"),
        ("县.jsonl#row=4", "乙县", "2023", "丙市"),
    ]
    assert notes == [
        "县.jsonl: 2 rows without text skipped (column '报告全文')",
        "县.jsonl: 1 row repeats the text of an earlier row, read once (row 3 = row 0)",
    ]


def test_rows_are_streamed(tmp_path: Path) -> None:
    rows = [{"正文": f"{S1}第{i}条", "单位": f"第{i}工会"} for i in range(3000)]
    path = make_parquet(tmp_path / "big.parquet", rows, row_group_size=500)
    it = read_file(path, "big.parquet", ReadOptions())
    first = next(it)
    assert first.text == f"{S1}第0条" and first.meta["org"] == "第0工会"
    rest = list(it)
    assert len(rest) == 2999 and rest[-1].source == "big.parquet#row=2999"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"name,count\n", "no text column"),
        (bytes(range(128, 256)) * 20, "cannot decode"),
    ],
)
def test_bad_csv_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    with pytest.raises(ReadError, match=reason):
        _read(path)


def test_provinces_corpus_reads_as_31_documents_with_their_org(provinces_dir: Path) -> None:
    from corpus import read

    docs = list(read([provinces_dir]))
    assert len(docs) == 31 and all(isinstance(d, Document) for d in docs)
    by_org = {d.meta["org"]: d for d in docs}
    assert len(by_org) == 31
    for d in docs:
        # The org comes from the row, and agrees with the file name it was published under.
        assert f"_{d.meta['org']}_" in d.source
        assert d.source.endswith(".csv#row=0")
        assert d.meta["year"] == "2026" and d.format == "csv" and d.encoding == "utf-8-sig"
        assert len(d.text) > 5000
    assert {"北京市", "内蒙古自治区", "新疆维吾尔自治区", "黑龙江省"} <= set(by_org)
