"""PATH arguments → the files to read: files, folders (recursively, in sorted order) and globs.

Streaming: a folder is walked one directory at a time, so a folder of 10,000 reports yields its first
file at once. ``source`` is the path as the user gave it; a file found inside a folder is the folder
as given plus its relative path (``archive/2024/总结.docx``). Hidden files and folders and Office lock
files (``~$报告.docx``) are skipped. A file of an unknown kind found in a folder is skipped with a
note; one named explicitly is a failure.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from corpus.readers import is_readable, reader_for
from corpus.records import Failure

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Input:
    """One file to read and the name it is reported under."""

    path: Path
    source: str


def _skipped(name: str) -> bool:
    return name.startswith((".", "~$"))


def _join(folder: str, rel: str) -> str:
    return rel if folder in ("", ".") else f"{folder.rstrip('/' + os.sep)}/{rel}"


def walk(folder: Path, given: str, on_note: Callable[[str], None] | None = None) -> Iterator[Input | Failure]:
    """Files under ``folder``, depth first, each directory's entries sorted by name.

    A folder that cannot be listed is a Failure (its files are inputs the run could not read). A
    symbolic link to a folder already being walked (a loop) is skipped with a note, so every file is
    read once; a folder holding no readable file is a Failure naming it.
    """
    found = 0
    on_path: set[tuple[int, int]] = set()

    def visit(directory: Path, rel: str) -> Iterator[Input | Failure]:
        nonlocal found
        where = _join(given, rel) if rel else given
        try:
            st = directory.stat()
            with os.scandir(directory) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Failure(where, "read", f"cannot list folder ({exc.strerror or exc})")
            return
        ident = (st.st_dev, st.st_ino)
        if ident in on_path:
            if on_note:
                on_note(f"{where}: a link back to a folder above it (a loop); not followed")
            return
        on_path.add(ident)
        for entry in entries:
            if _skipped(entry.name):
                continue
            child_rel = f"{rel}/{entry.name}" if rel else entry.name
            try:
                is_dir, is_file = entry.is_dir(), entry.is_file()
            except OSError as exc:
                yield Failure(_join(given, child_rel), "read", f"cannot open ({exc.strerror or exc})")
                continue
            if is_dir:
                yield from visit(Path(entry.path), child_rel)
            elif is_file:
                path = Path(entry.path)
                if is_readable(path):
                    found += 1
                    yield Input(path, _join(given, child_rel))
                elif on_note:
                    on_note(f"{_join(given, child_rel)}: not a readable kind of file; skipped")
            elif entry.is_symlink():
                yield Failure(_join(given, child_rel), "read", "a broken link (its target does not exist)")
        on_path.discard(ident)

    failed = False
    for item in visit(folder, ""):
        failed = failed or isinstance(item, Failure)
        yield item
    if not found and not failed:
        yield Failure(given, "read", "no readable file in this folder (nothing to read)")


def glob_matches(given: str) -> list[str] | None:
    """The paths a glob names, sorted (``~`` expanded, ``**`` recursive); None when ``given`` is no glob or
    names a path that exists (a file may be called ``report[1].txt``). The one glob expansion of zongjie."""
    if not _GLOB_CHARS & set(given) or Path(given).expanduser().exists():
        return None
    return sorted(glob.glob(os.path.expanduser(given), recursive=True))


def expand(paths: Iterable[str | Path], on_note: Callable[[str], None] | None = None) -> Iterator[Input | Failure]:
    """Every file the PATH arguments name, in order; a Failure for a path that names nothing readable."""
    for raw in paths:
        given = str(raw)
        path = Path(given).expanduser()
        if path.is_dir():
            yield from walk(path, given, on_note)
        elif path.exists():
            yield _explicit(path, given)
        elif (matches := glob_matches(given)) is not None:
            if not matches:
                yield Failure(given, "read", "no file matches this pattern")
            for match in matches:
                if _skipped(Path(match).name):
                    continue
                if Path(match).is_dir():
                    yield from walk(Path(match), match, on_note)
                elif is_readable(Path(match)):
                    yield Input(Path(match), match)
                elif on_note:
                    on_note(f"{match}: not a readable kind of file; skipped")
        else:
            yield Failure(given, "read", "no such file or folder")


def _explicit(path: Path, given: str) -> Input | Failure:
    from corpus.errors import UnsupportedFormat

    try:
        reader_for(path, given)
    except UnsupportedFormat as exc:
        return Failure(given, "read", exc.reason)
    return Input(path, given)
