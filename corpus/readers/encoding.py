"""Decode the bytes of a Chinese text file: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030, Big5.

Strict UTF-8 comes first: valid UTF-8 that is not UTF-8 is vanishingly rare for Chinese text. What
is left is GB18030 (a superset of GBK and GB2312) or Big5, and a byte string is often valid in both.
The right decoding is the one full of common characters: we count how many of its Han characters are
among the 2,000 most frequent ones (simplified and their traditional forms, ``common_chars.txt``).
The wrong decoding yields rare characters, even in a text of four characters, which is where
statistical detectors fail. charset-normalizer is asked only when neither decodes strictly.

A text that decodes only with replacement characters is refused, never returned garbled.
"""

from __future__ import annotations

import codecs
import re
from functools import cache
from importlib.resources import files

from corpus.errors import ReadError

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# C0 controls other than tab, newline, form feed and carriage return: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile(r"\r\n?|\u2028|\u2029|\x85")

# The candidates after UTF-8, in the order a tie goes to (mainland texts are the common case).
_LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")
_MAX_CONTROL_SHARE = 0.01
# Real Chinese prose has well over half its characters among the 2,000 commonest; junk has few.
_GARBLE_SHARE, _GARBLE_MIN_HAN = 0.25, 20


@cache
def common_chars() -> frozenset[str]:
    text = files("corpus.readers").joinpath("common_chars.txt").read_text(encoding="utf-8")
    return frozenset("".join(line for line in text.splitlines() if not line.startswith("#")))


def common_share(text: str) -> float:
    """Share of the Han characters in ``text`` that are common ones (0 when there is no Han)."""
    han = _HAN.findall(text)
    if not han:
        return 0.0
    common = common_chars()
    return sum(ch in common for ch in han) / len(han)


def normalise_newlines(text: str) -> str:
    return _NEWLINES.sub("\n", text)


def _strict(data: bytes, encoding: str, *, final: bool) -> str | None:
    """Decode strictly; with ``final=False`` a multibyte character cut at the end is allowed."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        return decoder.decode(data, final=final)
    except UnicodeDecodeError:
        return None


def detect(data: bytes, *, complete: bool = True) -> str:
    """The encoding of ``data`` (a whole file, or its first bytes with ``complete=False``).

    Returns a Python codec name: ``utf-8-sig``, ``utf-8``, ``utf-16``, ``gb18030``, ``big5``, ``cp950``…
    Raises ValueError with the reason when no encoding decodes the bytes cleanly.
    """
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _strict(data, "utf-8", final=complete) is not None:
        return "utf-8"
    decoded = {enc: text for enc in _LEGACY if (text := _strict(data, enc, final=complete)) is not None}
    if not decoded:
        return _ask_charset_normalizer(data)
    # Where both families decode, the right one is full of common characters; ties go to GB18030.
    best = max(decoded, key=lambda enc: (common_share(decoded[enc]), -_LEGACY.index(enc)))
    han = len(_HAN.findall(decoded[best]))
    if han >= _GARBLE_MIN_HAN and common_share(decoded[best]) < _GARBLE_SHARE:
        raise ValueError(f"decodes as {best} only to rare characters (binary data or an unknown encoding)")
    return best


def _ask_charset_normalizer(data: bytes) -> str:
    from charset_normalizer import from_bytes  # only for the odd file none of ours decodes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or _strict(data, best.encoding, final=True) is None:
        raise ValueError("not valid UTF-8, GB18030 or Big5; it decodes only with replacement characters")
    return best.encoding


def decode(data: bytes, path: str) -> tuple[str, str]:
    """``(text, encoding)`` with newlines normalised to ``\\n``; ReadError when it is not text."""
    if not data:
        raise ReadError(path, "empty file (0 bytes)")
    try:
        encoding = detect(data)
    except ValueError as exc:
        raise ReadError(path, f"cannot decode: {exc}") from exc
    text = data.decode(encoding)
    check_text(text, path)
    return normalise_newlines(text), encoding


def check_text(text: str, path: str) -> None:
    """Refuse binary data that happens to decode (NUL bytes, control characters)."""
    if not text.strip():
        raise ReadError(path, "no text (only whitespace)")
    controls = len(_CONTROL.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise ReadError(path, f"binary data, not text ({controls} control characters)")
