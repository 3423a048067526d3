"""Bad input and faults as a careful tester tries them: each bad input between good ones, through the CLI.

Every bad file is made here (our own sentences, tests.corpus.fixtures); the good files' records must all
come out, each failure must be one stderr line naming the input (and row or line), and the exit status
must follow CONTRACT.md (1 when some input failed, output written; no empty output when nothing was read).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.cli.test_extract import zongjie
from tests.corpus.fixtures import S1, S2, S3, S4, write_text


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()]


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "档案"
    write_text(root / "a 好.txt", f"一、组织建设\n{S1}\n")
    # A link back to the folder above: walked once, not forty times, and no traceback.
    (root / "b 子目录").mkdir()
    write_text(root / "b 子目录" / "好2.txt", f"{S2}\n")
    os.symlink("..", root / "b 子目录" / "回到上层")
    # A CSV whose second row opens a quote never closed: that row fails, the rows after it are read.
    write_text(root / "c 表.csv", f'单位,正文\n甲工会,{S1}\n乙工会,"{S2}\n丙工会,{S3}\n丁工会,{S4}\n')
    # JSONL: a line of GBK bytes in a UTF-8 file, a number as the text, blank lines.
    lines = [
        json.dumps({"text": S1}, ensure_ascii=False).encode(),
        json.dumps({"text": S2}, ensure_ascii=False).encode("utf-8").replace(S2.encode(), S2.encode("gbk")),
        b'{"text": 12345}',
        b"",
        b"",
        json.dumps({"text": S3}, ensure_ascii=False).encode(),
    ]
    (root / "d 行.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    # A file name holding a newline (an empty file, so that it fails and is named).
    (root / "e 坏\n名.txt").write_bytes(b"")
    # A .doc that is no Word file at all.
    (root / "f 乱码.doc").write_bytes(bytes(range(256)) * 40)
    write_text(root / "g 好3.txt", f"{S4}\n")
    return root


def test_every_bad_input_is_one_line_and_the_good_ones_are_all_kept(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = zongjie("extract", str(archive), "-o", str(out), "--jobs", "1")
    assert r.returncode == 1, r.stderr
    assert "Traceback" not in r.stderr
    errors = _errors(r.stderr)
    a = str(archive)
    assert sorted(errors) == sorted([
        f"error: {a}/c 表.csv#row=1: line 3: a quote opened here is never closed (it would make the 2 lines "
        "after it one cell); the row is skipped and those lines are read as rows",
        f"error: {a}/d 行.jsonl#row=1: line 2: not valid utf-8 (byte 11 of the line)",  # after {"text": "
        f"error: {a}/d 行.jsonl#row=2: column 'text' holds a number (12345), not text",
        f"error: {a}/e 坏\\n名.txt: empty file (0 bytes)",
        f"error: {a}/f 乱码.doc: not a Word document (its bytes are not those of a .doc, .docx, RTF or web page)",
    ]), r.stderr
    docs = [d["source"] for d in _records(out) if d["type"] == "document"]
    assert docs == [
        f"{a}/a 好.txt",
        f"{a}/b 子目录/好2.txt",  # once: the link back up is not followed
        f"{a}/c 表.csv#row=0",
        f"{a}/c 表.csv#row=2",
        f"{a}/c 表.csv#row=3",
        f"{a}/d 行.jsonl#row=0",
        f"{a}/d 行.jsonl#row=5",  # the line's number: blank lines are counted
        f"{a}/g 好3.txt",
    ]
    figures = {(f["source"].rsplit("/", 1)[1], f["value"]) for f in _records(out) if f["type"] == "figure"}
    assert {("c 表.csv#row=2", 265), ("c 表.csv#row=3", 9), ("d 行.jsonl#row=5", 18.6)} <= figures


def test_nothing_read_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "空目录").mkdir()
    out = tmp_path / "out.jsonl"
    r = zongjie("extract", str(tmp_path / "missing.txt"), str(tmp_path / "空目录"), "-o", str(out), "--jobs", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert _errors(r.stderr) == [
        f"error: {tmp_path}/missing.txt: no such file or folder",
        f"error: {tmp_path}/空目录: no readable file in this folder (nothing to read)",
    ]
    assert f"{out}: no records to write; nothing written" in r.stderr
    assert not out.exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_an_output_that_cannot_be_written_is_one_line(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "a-file").write_text("in the way", encoding="utf-8")
    report = write_text(tmp_path / "r.txt", f"{S1}\n")
    out = tmp_path / "a-file" / "sub" / f"x{suffix}"
    r = zongjie("extract", str(report), "-o", str(out), "--quiet", "--jobs", "1")
    assert r.returncode == 1 and "Traceback" not in r.stderr
    [line] = _errors(r.stderr)
    assert line.startswith("error: ") and line.endswith(f"x{suffix}: cannot write (Not a directory)")


def test_a_page_of_many_reports_cut_at_a_related_articles_list_says_so(tmp_path: Path) -> None:
    report = f"柳林县总工会2025年工作总结\n\n一、组织建设\n\n{S1}{S2}\n\n二、帮扶\n\n{S3}{S4}\n"
    page = report + "\n相关文章：\n\n" + report * 30
    path = write_text(tmp_path / "合集.txt", page)
    r = zongjie("extract", str(path), "-o", str(tmp_path / "o.jsonl"), "--jobs", "1")
    assert r.returncode == 0, r.stderr
    [note] = [line for line in r.stderr.splitlines() if line.startswith("note: ")]
    skipped = 30 * len(S1 + S2 + S3 + S4)  # the body lines of the 30 reports after the list
    assert note.startswith(f"note: {path}: the text after line 11 ('相关文章：': {skipped:,} characters of running ")
    assert "text) is taken for the page's footer and skipped" in note
