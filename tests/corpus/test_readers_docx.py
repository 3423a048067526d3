"""Word: body in order, headings and list numbers as text, tables as rows; bad files refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import ReadError, UnsupportedFormat
from corpus.readers import ReadOptions, read_file
from corpus.readers.numbering import FORMATS
from tests.corpus.fixtures import (
    HEADING1,
    HEADING2,
    S1,
    S2,
    S3,
    make_docx,
    make_numbered_docx,
    make_zip_bomb_docx,
)


def _read(path: Path, **options: object):
    return list(read_file(path, path.name, ReadOptions(**options)))  # type: ignore[arg-type]


def test_body_in_order_with_tables_as_rows(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "总结 2024.docx",
        [
            ("heading", HEADING1),
            ("para", S1),
            ("table", [["指标", "数值"], ["新建工会组织", "38家"], ["发放慰问金", "41万元"]]),
            ("heading", HEADING2),
            ("para", S2),
        ],
    )
    [doc] = _read(path)
    assert doc.text == f"{HEADING1}\n{S1}\n指标\t数值\n新建工会组织\t38家\n发放慰问金\t41万元\n{HEADING2}\n{S2}"
    assert (doc.format, doc.meta["title"], doc.source) == ("docx", "工会工作总结", "总结 2024.docx")


def test_list_number_style_is_rendered(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "l.docx", [("para", "主要做法"), ("list", S1), ("list", S2), ("list", S3)])
    [doc] = _read(path)
    assert doc.text.splitlines() == ["主要做法", f"1.{S1}", f"2.{S2}", f"3.{S3}"]


def test_chinese_multilevel_numbering(tmp_path: Path) -> None:
    items = [
        (0, "基层组织建设"),
        (1, S1),
        (1, S2),
        (2, "技能竞赛"),
        (2, "劳模评选"),
        (0, "职工服务工作"),
        (1, S3),
    ]
    formats = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")]
    [doc] = _read(make_numbered_docx(tmp_path / "n.docx", items, formats))
    assert doc.text.splitlines() == [
        "一、基层组织建设",
        f"（一）{S1}",
        f"（二）{S2}",
        "1.技能竞赛",
        "2.劳模评选",
        "二、职工服务工作",  # the next top-level item restarts the levels below it
        f"（一）{S3}",
    ]


@pytest.mark.parametrize(
    ("fmt", "n", "text"),
    [("decimalEnclosedCircle", 3, "③"), ("ideographTraditional", 2, "乙"), ("lowerLetter", 28, "bb"),
     ("upperRoman", 14, "XIV"), ("decimalZero", 7, "07"), ("chineseLegalSimplified", 12, "拾贰")],
)
def test_number_formats(fmt: str, n: int, text: str) -> None:
    assert FORMATS[fmt](n) == text


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty file"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + b"\x00" * 60), "corrupt Word document"),
        (lambda p: p.write_text("全年新建工会组织38家", encoding="utf-8"), "corrupt Word document"),
        (lambda p: p.write_bytes(make_docx(p, [("para", S1)]).read_bytes()[:3000]), "corrupt Word document"),
    ],
    ids=["zero-byte", "zip-header-only", "text-named-docx", "truncated-zip"],
)
def test_bad_docx_files_say_why(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "bad.docx"
    make(path)
    with pytest.raises(ReadError, match=reason):
        _read(path)


def test_a_zip_without_word_document_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "empty-package.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", S1)
    with pytest.raises(ReadError, match="corrupt Word document"):
        _read(path)


def test_zip_bombs_are_refused_before_parsing(tmp_path: Path) -> None:
    path = make_zip_bomb_docx(tmp_path / "bomb.docx", megabytes=20)
    with pytest.raises(ReadError, match="zip bomb: compression ratio"):
        _read(path)
    with pytest.raises(ReadError, match=r"zip bomb: 2\d MB uncompressed > 10 MB limit"):
        _read(path, max_unzipped_bytes=10 << 20, max_zip_ratio=1e9)


def test_doc_without_libreoffice_names_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    path = tmp_path / "旧版总结.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)  # an OLE2 header, as .doc files have
    with pytest.raises(UnsupportedFormat, match="apt-get install libreoffice-writer"):
        _read(path)
