"""Bad input in a batch: each fails alone with a one-line reason; the rest is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus import load, read
from corpus.records import Article, Document, Failure
from tests.corpus.fixtures import HEADING1, S1, S2, S3, S4, make_docx, make_pdf, write_text


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    root = tmp_path / "批次 2024"
    root.mkdir()
    write_text(root / "01 good.txt", f"{HEADING1}\n{S1}", "gbk")
    (root / "02 empty.txt").write_bytes(b"")
    (root / "03 junk.txt").write_bytes(bytes(range(256)) * 64)
    pdf = make_pdf(root / "04 good.pdf", [S2])
    (root / "05 truncated.pdf").write_bytes(pdf.read_bytes()[:700])
    make_pdf(root / "06 encrypted.pdf", password="secret")
    (root / "07 zero.docx").write_bytes(b"")
    (root / "08 corrupt.docx").write_bytes(b"PK\x03\x04 this is not a zip at all " * 10)
    make_docx(root / "09 工会 总结.docx", [("para", S3)])
    write_text(root / "10 big.txt", S4 * 400)
    (root / "11 旧版.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
    write_text(root / "12 unknown.xyz", S1)
    return root


def test_batch_goes_on_after_each_failure(batch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus.readers import ReadOptions

    monkeypatch.setenv("PATH", str(batch / "no-bin"))  # no LibreOffice for the .doc
    notes: list[str] = []
    # "10 big.txt" is about 30 KB: the limit is tested small, not with 64 MB written to disk.
    items = list(read([batch], on_note=notes.append, options=ReadOptions(max_text_bytes=20_000)))
    got = {Path(i.source).name: i for i in items}
    assert list(got) == [f.name for f in sorted(batch.iterdir()) if f.suffix != ".xyz"]
    assert {n for n, i in got.items() if isinstance(i, Document)} == {"01 good.txt", "04 good.pdf", "09 工会 总结.docx"}
    reasons = {n: i.reason for n, i in got.items() if isinstance(i, Failure)}
    expected = {
        "02 empty.txt": "empty file (0 bytes)",
        "03 junk.txt": "cannot decode",
        "05 truncated.pdf": "truncated",
        "06 encrypted.pdf": "encrypted PDF",
        "07 zero.docx": "empty file (0 bytes)",
        "08 corrupt.docx": "corrupt Word document",
        "10 big.txt": "too large for one document",
        "11 旧版.doc": "apt-get install libreoffice-writer",
    }
    assert set(reasons) == set(expected)
    for name, reason in expected.items():
        assert reason in reasons[name], (name, reasons[name])
        assert "\n" not in reasons[name]
    assert notes == [f"{batch}/12 unknown.xyz: not a readable kind of file; skipped"]
    assert got["01 good.txt"].text == f"{HEADING1}\n{S1}" and got["01 good.txt"].encoding == "gb18030"
    assert got["09 工会 总结.docx"].source == f"{batch}/09 工会 总结.docx"


def test_explicit_unknown_suffix_is_a_failure(tmp_path: Path) -> None:
    path = write_text(tmp_path / "总结.wps", S1)
    [item] = list(read([str(path)]))
    assert isinstance(item, Failure) and "cannot read '.wps' files" in item.reason


def test_a_split_error_is_a_failure_of_stage_split(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import corpus.articles

    def broken(doc: Document, on_note: object = None) -> list[Article]:
        if "慰问金" in doc.text:
            raise ValueError("cannot split this one")
        return [Article(source=doc.source, text=doc.text)]

    monkeypatch.setattr(corpus.articles, "split_document", broken)
    write_text(tmp_path / "a.txt", S1)
    write_text(tmp_path / "b.txt", S2)
    items = list(load([tmp_path]))
    assert [(type(i).__name__, Path(i.source).name) for i in items] == [("Failure", "a.txt"), ("Article", "b.txt")]
    assert items[0].stage == "split" and items[0].reason == "ValueError: cannot split this one"


def test_a_folder_of_10000_small_files_is_read_completely(tmp_path: Path) -> None:
    folder = tmp_path / "万份"
    for d in range(10):
        sub = folder / f"{d:02d}"
        sub.mkdir(parents=True)
        for i in range(1000):
            (sub / f"{i:04d}.txt").write_bytes(f"第{d * 1000 + i}号：{S1}".encode("gbk" if i % 2 else "utf-8"))
    docs = list(read([folder]))
    assert len(docs) == 10_000 and all(isinstance(d, Document) for d in docs)
    assert docs[0].source == f"{folder}/00/0000.txt" and docs[-1].source == f"{folder}/09/0999.txt"
    assert docs[4321].text == f"第4321号：{S1}" and docs[4321].encoding == "gb18030"
