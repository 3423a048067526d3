"""PATH expansion: files, folders in sorted order, globs; sources as given; hidden and unknown files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.files import Input, expand
from corpus.records import Failure
from tests.corpus.fixtures import S1, write_text


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "工会 档案"
    for rel in ["2024/b 总结.txt", "2024/a.html", "2023/上半年.docx", "readme.TXT", ".hidden.txt",
                ".git/x.txt", "~$锁定.docx", "notes.xyz", "2024/图片.png"]:
        write_text(root / rel, S1)
    return root


def _sources(items) -> list[str]:
    return [i.source for i in items]


def test_folder_walk_is_sorted_recursive_and_keeps_the_given_prefix(archive: Path, monkeypatch) -> None:
    monkeypatch.chdir(archive.parent)
    notes: list[str] = []
    items = list(expand(["工会 档案/"], notes.append))
    assert _sources(items) == [
        "工会 档案/2023/上半年.docx",
        "工会 档案/2024/a.html",
        "工会 档案/2024/b 总结.txt",
        "工会 档案/readme.TXT",  # suffixes are matched without regard to case
    ]
    assert all(isinstance(i, Input) and i.path.is_file() for i in items)
    assert notes == [
        "工会 档案/2024/图片.png: not a readable kind of file; skipped",
        "工会 档案/notes.xyz: not a readable kind of file; skipped",
    ]


def test_explicit_files_globs_and_missing_paths(archive: Path) -> None:
    given = [
        str(archive / "2024" / "b 总结.txt"),
        str(archive / "notes.xyz"),
        str(archive / "2024" / "*.html"),
        str(archive / "**" / "*.docx"),
        str(archive / "nothing-*.pdf"),
        str(archive / "不存在.txt"),
    ]
    items = list(expand(given))
    assert [(type(i).__name__, i.source) for i in items] == [
        ("Input", given[0]),
        ("Failure", given[1]),
        ("Input", str(archive / "2024" / "a.html")),
        ("Input", str(archive / "2023" / "上半年.docx")),  # ~$锁定.docx is Word's lock file
        ("Failure", given[4]),
        ("Failure", given[5]),
    ]
    assert "cannot read '.xyz' files" in items[1].reason
    assert items[4].reason == "no file matches this pattern"
    assert items[5].reason == "no such file or folder"


def test_a_big_folder_yields_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        (folder / f"{i:05d}.txt").write_text(S1, encoding="utf-8")
    it = expand([folder])
    first = next(it)
    assert isinstance(first, Input) and first.path.name == "00000.txt"
    assert sum(1 for _ in it) == 1999


def test_an_unreadable_folder_is_a_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # chmod 0 does not stop root, so the folder's listing is refused the way the kernel refuses it.
    import corpus.files

    (tmp_path / "a.txt").write_text(S1, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(S1, encoding="utf-8")
    real = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied")
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(corpus.files.os, "scandir", scandir)
    items = list(expand([str(tmp_path)]))
    assert [(type(i).__name__, i.path.name if isinstance(i, Input) else i.source) for i in items] == [
        ("Input", "a.txt"),
        ("Failure", f"{tmp_path}/locked"),
    ]
    assert items[1].reason == "cannot list folder (Permission denied)"
    # Named itself, it fails the same way (exit 1 in the CLI), instead of reading as an empty folder.
    [only] = list(expand([str(locked)]))
    assert isinstance(only, Failure) and only.source == str(locked)


def test_a_link_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(S1, encoding="utf-8")
    os.symlink("..", tmp_path / "sub" / "up")
    notes: list[str] = []
    items = list(expand([str(tmp_path)], notes.append))
    assert [i.source for i in items] == [f"{tmp_path}/sub/a.txt"]
    assert notes == [f"{tmp_path}/sub/up: a link back to a folder above it (a loop); not followed"]


def test_failures_are_records_not_exceptions(tmp_path: Path) -> None:
    [item] = list(expand([tmp_path / "missing"]))
    assert isinstance(item, Failure) and item.stage == "read"
