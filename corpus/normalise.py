"""Normalisation for matching: traditional → simplified (OpenCC), full-width → half-width.

The result always has the same length as the input, character for character, so an offset in the
normalised text is an offset in the original. That is what keeps every later span groundable.
Characters whose compatibility form is longer than one character (①, ㎡, ½) are left as they are.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Full-width ASCII block and the ideographic space; 。、“”《》 have no half-width form and stay.
_FULLWIDTH_FIRST, _FULLWIDTH_LAST = 0xFF01, 0xFF5E


@cache
def _width_table() -> dict[int, str]:
    table = {cp: chr(cp - 0xFEE0) for cp in range(_FULLWIDTH_FIRST, _FULLWIDTH_LAST + 1)}
    table[0x3000] = " "
    table[0x00A0] = " "
    # Other one-to-one compatibility forms that matter for numbers and units.
    for ch in "．－﹪％﹐﹑︰":
        nf = unicodedata.normalize("NFKC", ch)
        if len(nf) == 1:
            table[ord(ch)] = nf
    return table


@cache
def _changed() -> tuple[re.Pattern[str], dict[str, str]]:
    """The characters ``_width_table`` changes, as one character class, and their half-width forms.

    Few characters of a text have another width: a substitution touches only those, where
    ``str.translate`` looks every character of a Chinese text up in the table (a few times slower).
    """
    table = {chr(cp): ch for cp, ch in _width_table().items()}
    return re.compile("[" + "".join(map(re.escape, sorted(table))) + "]"), table


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc  # heavy: a C++ dictionary load, done once per process

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, guaranteed to keep the length.

    OpenCC converts phrase by phrase; a phrase whose simplified form has another length (rare) is
    redone line by line and then character by character, so offsets never drift.
    """
    if not text:
        return text
    conv = _converter()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    lines = text.split("\n")
    fixed = []
    for line in lines:
        c = conv.convert(line)
        if len(c) != len(line):
            c = "".join(s if len(s := conv.convert(ch)) == 1 else ch for ch in line)
        fixed.append(c)
    return "\n".join(fixed)


def to_halfwidth(text: str) -> str:
    changed, table = _changed()
    return changed.sub(lambda m: table[m[0]], text)


def normalise(text: str) -> str:
    """Simplified characters, half-width digits, letters and ASCII punctuation; same length."""
    return to_halfwidth(to_simplified(text))
