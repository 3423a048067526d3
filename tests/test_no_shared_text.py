"""No tracked file holds a run of ../shared's text: the texts, tests and notes we ship are written in our own words
(gold files keep offsets, values and quotes of at most 30 characters, which this test leaves to the gold checks)."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED

RUN = 24  # characters in a row that may not stand in ../shared (stock phrases of reports run shorter)
_ANCHOR = 8  # ../shared is indexed by its 8-character pieces at every 8th position: a run of RUN holds one of them
_SPACES = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def _shared() -> tuple[list[str], dict[str, list[tuple[int, int]]]]:
    texts = [_norm(p.read_text("utf-8", errors="ignore")) for p in sorted(SHARED.rglob("*"))
             if p.suffix in (".txt", ".csv", ".html") and p.is_file()]
    index: dict[str, list[tuple[int, int]]] = {}
    for k, t in enumerate(texts):
        for i in range(0, len(t) - _ANCHOR + 1, _ANCHOR):
            index.setdefault(t[i : i + _ANCHOR], []).append((k, i))
    return texts, index


def _ours() -> list[Path]:
    listed = subprocess.run(["git", "-c", "core.quotepath=off", "ls-files"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.splitlines()
    return [ROOT / f for f in listed if f.endswith((".txt", ".py", ".md", ".yaml", ".csv", ".toml"))]


def _longest_shared_run(text: str, texts: list[str], index: dict[str, list[tuple[int, int]]]) -> str:
    best = ""
    for j in range(len(text) - _ANCHOR + 1):
        for k, i in index.get(text[j : j + _ANCHOR], ()):
            shared = texts[k]
            lo, hi = 0, _ANCHOR  # extend both ways while the two texts agree
            while j - lo > 0 and i - lo > 0 and text[j - lo - 1] == shared[i - lo - 1]:
                lo += 1
            while j + hi < len(text) and i + hi < len(shared) and text[j + hi] == shared[i + hi]:
                hi += 1
            if lo + hi > len(best):
                best = text[j - lo : j + hi]
    return best


def test_no_tracked_file_holds_a_run_of_shared_text() -> None:
    if not (SHARED / "corpora").is_dir():
        pytest.skip(f"../shared is not at {SHARED}: nothing to compare with")
    texts, index = _shared()
    found = {}
    for path in _ours():
        try:
            text = _norm(path.read_text("utf-8"))
        except UnicodeDecodeError:
            continue  # a sample kept in GBK on purpose: written by us, read as bytes by the tests
        run = _longest_shared_run(text, texts, index)
        if len(run) >= RUN and len(re.findall(r"[\u4e00-\u9fff]", run)) >= RUN // 2:
            found[str(path.relative_to(ROOT))] = run
    assert found == {}
