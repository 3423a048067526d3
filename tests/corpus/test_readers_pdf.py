"""PDF: text in reading order, tables as tab-joined rows; scans, encryption and truncation refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import ReadError
from corpus.readers import ReadOptions, read_file
from tests.corpus.fixtures import HEADING1, S1, S2, S4, make_pdf


def _read(path: Path):
    return list(read_file(path, path.name, ReadOptions()))


def test_text_in_reading_order(tmp_path: Path) -> None:
    [doc] = _read(make_pdf(tmp_path / "总结.pdf", [HEADING1, S1, S2]))
    assert doc.text == f"{HEADING1}\n{S1}\n{S2}"
    assert (doc.format, doc.source) == ("pdf", "总结.pdf")


def test_a_table_becomes_rows_of_cells_in_place(tmp_path: Path) -> None:
    table = [["指标", "2023年", "2024年"], ["新建工会组织", "31家", "38家"], ["发放慰问金", "36万元", "41万元"]]
    [doc] = _read(make_pdf(tmp_path / "t.pdf", [HEADING1, S1], table=table))
    assert doc.text.splitlines() == [
        HEADING1,
        S1,
        "指标\t2023年\t2024年",
        "新建工会组织\t31家\t38家",
        "发放慰问金\t36万元\t41万元",
        S4,
    ]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: make_pdf(p, password="工会2024"), "encrypted"),
        (lambda p: make_pdf(p, scan=True), r"no text layer \(scanned\?\)"),
        (lambda p: p.write_bytes(make_pdf(p).read_bytes()[:900]), "truncated"),
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_text("全年新建工会组织38家", encoding="utf-8"), "not a PDF"),
    ],
    ids=["encrypted", "scan", "truncated", "empty", "text-named-pdf"],
)
def test_unreadable_pdfs_say_why(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "bad.pdf"
    make(path)
    with pytest.raises(ReadError, match=reason):
        _read(path)


def test_damaged_fonts_are_refused_not_read_as_garbage(tmp_path: Path) -> None:
    data = bytearray(make_pdf(tmp_path / "ok.pdf").read_bytes())
    start = data.index(b"obj") + 3
    # Overwrite the font objects; %%EOF stays, so only the parse shows it. pdfminer still finds
    # glyphs but can no longer map them to characters: "(cid:12)" soup, which must not pass as text.
    data[start : start + 400] = b"\x00garbage" * 50
    path = tmp_path / "damaged.pdf"
    path.write_bytes(bytes(data))
    with pytest.raises(ReadError, match="without Unicode mapping"):
        _read(path)
