"""jieba's cut of a short phrase, without loading jieba's dictionary into a dict in every process.

``jieba.lcut`` first loads its 500,000 prefix entries into a Python dict (about a second of every
``zongjie extract`` run) to cut a handful of short indicator phrases. ``lcut`` here runs jieba's own
code (the DAG, the route, the HMM for unknown words) over the same entries held as one sorted string
and an array of offsets, looked up by binary search: the same words as ``jieba.lcut`` gives, for the
start-up of reading two files. The arrays are made once per machine from jieba's dictionary, as jieba
makes its own cache, in the temporary folder (``zongjie-jieba-<key>.npz``), and remade whenever jieba
or its dictionary changes; where that folder cannot be written they are made in memory.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from functools import cache
from math import log
from pathlib import Path
from types import MethodType
from typing import Any

_SEP = "\n"


class Entries:
    """jieba's ``FREQ`` (word → frequency, every prefix of a word → 0) as sorted keys in one string."""

    def __init__(self, blob: str, offsets: Any, freqs: Any, total: int) -> None:
        self._blob = blob
        self._offsets: list[int] = offsets.tolist()  # starts of the keys in ``blob``, plus its length + 1
        self._freqs = freqs
        self.total = total
        self._n = len(self._offsets) - 1
        self._ranges: dict[str, tuple[int, int]] = {}

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> str:  # the i-th key, for bisect
        return self._blob[self._offsets[i] : self._offsets[i + 1] - 1]

    def _bisect(self, key: str, lo: int, hi: int) -> int:
        """``bisect.bisect_left(self, key, lo, hi)``, written out: the same index, without a call of
        ``__getitem__`` a step (and compiled, see setup.py, as fast as C)."""
        blob, offsets = self._blob, self._offsets
        while lo < hi:
            mid = (lo + hi) // 2
            if blob[offsets[mid] : offsets[mid + 1] - 1] < key:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _find(self, key: str) -> int:
        lo, hi = self._first(key[0]) if key else (0, self._n)
        i = self._bisect(key, lo, hi)
        return i if i < hi and self[i] == key else -1

    def _first(self, char: str) -> tuple[int, int]:
        """The keys that start with ``char``: a few bisection steps where the whole dictionary takes twenty."""
        found = self._ranges.get(char)
        if found is None:
            lo = self._bisect(char, 0, self._n)
            hi = self._bisect(chr(ord(char) + 1), lo, self._n) if char < "\U0010ffff" else self._n
            found = self._ranges[char] = (lo, hi)
        return found

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def get(self, key: str, default: Any = None) -> Any:
        i = self._find(key)
        return default if i < 0 else int(self._freqs[i])


_KNOWN_LIMIT = 1 << 16  # fragments remembered before the memo starts again (memory stays bounded)


def _get_dag(tok: Any, sentence: str) -> dict[int, list[int]]:
    """jieba's ``Tokenizer.get_DAG``, the same walk, looking fragments up in ``tok.FREQ`` (a plain dict: jieba's
    later ``.get`` calls are C-level) and, the first time a fragment is asked for, in the sorted entries.

    ``tok.FREQ`` holds every fragment looked up so far: its frequency, 0 for a prefix of a word, None for
    no entry. jieba reads it after this walk only with ``.get`` of fragments the walk reached (the DAG's
    words) or of a run of single characters, which the walk reached too when it is an entry (every prefix
    of an entry is one): so ``.get`` answers as jieba's own dictionary would, by truthiness."""
    known = tok.FREQ
    if len(known) > _KNOWN_LIMIT:
        known.clear()
    find = tok.entries_get
    dag: dict[int, list[int]] = {}
    n = len(sentence)
    for k in range(n):
        ends = []
        i = k
        frag = sentence[k]
        while i < n:
            freq = known.get(frag, _MISSING)
            if freq is _MISSING:
                freq = known[frag] = find(frag)
            if freq is None:
                break
            if freq:
                ends.append(i)
            i += 1
            frag = sentence[k : i + 1]
        dag[k] = ends or [k]
    return dag


def _calc(tok: Any, sentence: str, dag: dict[int, list[int]], route: dict[int, tuple[float, int]]) -> None:
    """jieba's ``Tokenizer.calc``, the same sums in the same order, each word's log-frequency computed once."""
    n = len(sentence)
    route[n] = (0, 0)
    logtotal = log(tok.total)
    logs = tok.logs
    get = tok.FREQ.get
    for idx in range(n - 1, -1, -1):
        best = None
        for x in dag[idx]:
            frag = sentence[idx : x + 1]
            lf = logs.get(frag)
            if lf is None:
                if len(logs) > _KNOWN_LIMIT:
                    logs.clear()
                lf = logs[frag] = log(get(frag) or 1)
            cand = (lf - logtotal + route[x + 1][0], x)
            if best is None or cand > best:
                best = cand
        route[idx] = best  # type: ignore[assignment]


_MISSING = object()


def _dictionary_key() -> tuple[str, Path]:
    jieba = _import_jieba()

    path = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
    st = path.stat()
    key = f"{jieba.__version__}|{path}|{st.st_size}|{st.st_mtime_ns}"
    return hashlib.sha256(key.encode()).hexdigest()[:16], path


def build(dictionary: Path) -> tuple[str, Any, Any, int]:
    """(blob, offsets, freqs, total) of jieba's dictionary, made by jieba's own ``gen_pfdict``."""
    import numpy as np

    jieba = _import_jieba()

    with dictionary.open("rb") as fh:
        freq, total = jieba.Tokenizer.gen_pfdict(fh)
    keys = sorted(freq)
    blob = _SEP.join(keys) + _SEP
    lengths = np.fromiter((len(k) + 1 for k in keys), dtype=np.int64, count=len(keys))
    offsets = np.concatenate(([0], np.cumsum(lengths)))
    freqs = np.fromiter((freq[k] for k in keys), dtype=np.int64, count=len(keys))
    return blob, offsets, freqs, total


@cache
def entries() -> Entries:
    """The dictionary's entries: read from the machine's cache, made (and cached) the first time."""
    import numpy as np

    key, dictionary = _dictionary_key()
    cached = Path(tempfile.gettempdir()) / f"zongjie-jieba-{key}.npz"
    try:
        with np.load(cached, allow_pickle=False) as npz:
            blob = npz["blob"].tobytes().decode("utf-8")
            return Entries(blob, npz["offsets"], npz["freqs"], int(npz["total"]))
    except (OSError, KeyError, ValueError, UnicodeDecodeError):
        pass  # not made yet (or unreadable): made now
    blob, offsets, freqs, total = build(dictionary)
    tmp = cached.with_name(f".{cached.name}.{os.getpid()}.tmp.npz")
    try:
        np.savez(tmp, blob=np.frombuffer(blob.encode("utf-8"), dtype=np.uint8), offsets=offsets, freqs=freqs,
                 total=np.array(total))
        os.replace(tmp, cached)
    except OSError:
        tmp.unlink(missing_ok=True)  # a read-only temporary folder: the entries serve from memory
    return Entries(blob, offsets, freqs, total)


def _import_jieba() -> Any:
    """``import jieba``, without the 0.3 s of setuptools' ``pkg_resources`` that jieba imports only to find its
    own dictionary file (read here by path): jieba falls back to a plain ``open`` when it is missing."""
    import sys

    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba

        return jieba
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # ImportError inside jieba._compat
    try:
        import jieba
    finally:
        del sys.modules["pkg_resources"]
    return jieba


@cache
def _tokenizer() -> Any:
    import logging

    jieba = _import_jieba()

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    found = entries()
    # jieba's own cut (route, HMM for unknown words) over ``_get_dag`` and ``_calc``: the same words, faster
    tok.FREQ = {}
    tok.entries_get = found.get
    tok.logs = {}
    tok.get_DAG = MethodType(_get_dag, tok)
    tok.calc = MethodType(_calc, tok)
    tok.total = found.total
    tok.initialized = True  # the dictionary is ``FREQ`` above: nothing for jieba to load
    return tok


def lcut(phrase: str) -> list[str]:
    """The words of ``phrase`` exactly as ``jieba.lcut`` (default dictionary, HMM on) cuts them."""
    return _tokenizer().lcut(phrase)
