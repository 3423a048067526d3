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

import bisect
import hashlib
import os
import tempfile
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

_SEP = "\n"


class Entries:
    """jieba's ``FREQ`` (word → frequency, every prefix of a word → 0) as sorted keys in one string."""

    def __init__(self, blob: str, offsets: Any, freqs: Any, total: int) -> None:
        self._blob = blob
        self._offsets = offsets.tolist()  # starts of the keys in ``blob``, plus its length + 1
        self._freqs = freqs
        self.total = total
        self._n = len(self._offsets) - 1

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: int) -> str:  # the i-th key, for bisect
        return self._blob[self._offsets[i] : self._offsets[i + 1] - 1]

    def _find(self, key: str) -> int:
        i = bisect.bisect_left(self, key)
        return i if i < self._n and self[i] == key else -1

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._find(key) >= 0

    def get(self, key: str, default: Any = None) -> Any:
        i = self._find(key)
        return default if i < 0 else int(self._freqs[i])


class _Freq:
    """What jieba's Tokenizer asks of its ``FREQ``: ``in``, ``[]`` and ``get``; answers cached."""

    def __init__(self, entries: Entries) -> None:
        self._get = lru_cache(maxsize=1 << 16)(entries.get)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self._get(key) is not None

    def __getitem__(self, key: str) -> int:
        value = self._get(key)
        if value is None:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._get(key)
        return default if value is None else value


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
    tok.FREQ = _Freq(found)
    tok.total = found.total
    tok.initialized = True  # the dictionary is ``FREQ`` above: nothing for jieba to load
    return tok


def lcut(phrase: str) -> list[str]:
    """The words of ``phrase`` exactly as ``jieba.lcut`` (default dictionary, HMM on) cuts them."""
    return _tokenizer().lcut(phrase)
