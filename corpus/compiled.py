"""Whether the modules setup.py compiles (mypyc) run compiled: not in a checkout where a source is newer.

An editable install (``pip install -e .``, ``make demo``) compiles them beside their sources (``extract/figures.py``,
``extract/figures.cpython-311-x86_64-linux-gnu.so``), and Python loads a compiled module in preference to its
source: a source edited after the install would not run. So in a checkout (setup.py beside the packages) where any
compiled module is older than its source, none of them is loaded, in either package (a compiled module calls the
other package's compiled ones directly, not through their sources): every module runs from its source, as plain
Python (the same records, slower), with a word on stderr, until ``pip install -e .`` compiles them again. An
installed copy (a wheel's) is not checked: its sources are not edited.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    FileFinder,
    SourceFileLoader,
    SourcelessFileLoader,
)
from pathlib import Path

PACKAGES = ("corpus", "extract")  # the packages of setup.py's COMPILED
_NOTED = "ZONGJIE_STALE_COMPILED"  # set once the word is said: child processes do not repeat it


def stale(root: Path) -> list[Path]:
    """The sources under ``root`` newer than their compiled modules."""
    out = []
    for pkg in PACKAGES:
        folder = root / pkg
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            for suffix in EXTENSION_SUFFIXES:
                if p.name.endswith(suffix):
                    src = p.with_name(p.name[: -len(suffix)] + ".py")
                    if src.exists() and src.stat().st_mtime_ns > p.stat().st_mtime_ns:
                        out.append(src)
                    break
    return out


@cache
def plain() -> bool:
    """True when the compiled modules are passed by (a checkout's, older than a source)."""
    root = Path(__file__).resolve().parent.parent
    if not (root / "setup.py").is_file():
        return False
    found = stale(root)
    if found and not os.environ.get(_NOTED):
        os.environ[_NOTED] = "1"
        print(
            f"zongjie: {found[0].relative_to(root)} is newer than its compiled module: running plain Python "
            "(slower) until `pip install -e .` compiles again",
            file=sys.stderr,
        )
    return bool(found)


def guard(package_dir: str) -> None:
    """Called by a package's ``__init__`` before it imports a module of its own: when ``plain()``, the package's
    modules are found as sources and bytecode only, never as extension modules."""
    if plain():
        sys.path_importer_cache[package_dir] = FileFinder(
            package_dir, (SourceFileLoader, SOURCE_SUFFIXES), (SourcelessFileLoader, BYTECODE_SUFFIXES)
        )
