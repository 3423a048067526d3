"""The extract layer's lexicons, loaded once from the data files beside this module."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True, slots=True)
class Lexicon:
    units: dict[str, str]  # unit → family
    cues: dict[str, Any]


def _read(name: str) -> str:
    return resources.files("extract").joinpath("lexicons", name).read_text(encoding="utf-8")


@cache
def lexicon() -> Lexicon:
    from corpus.lexicons import load

    units: dict[str, str] = {}
    for line in _read("units.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        unit, family, *_ = line.split("\t")
        units[unit] = family
    cues = load("extract", "lexicons/cues.yaml")
    return Lexicon(units=units, cues=cues)


def cue_pattern(words: Any) -> str:
    """A regex alternation of cue words in the lexicon's order: words literal, ``re:…`` entries a pattern."""
    import re

    return "|".join(w[3:] if w.startswith("re:") else re.escape(w) for w in map(str, words))


def starts(words: Any, more: str = "") -> str:
    """``(?=[…])`` on the first characters of ``words`` (and ``more``, a character class's contents).

    Put before a pattern each match of which starts with one of the words, it changes no match: it lets
    Python's engine pass a position where none can start with one test instead of trying every
    alternative there. The engine does that by itself only for a bare alternation of words, not for
    one behind a lookahead, a group that repeats (``(?:…)+$``) or named groups.
    """
    import re

    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in map(str, words)})) + more + "])"


class Endings:
    """Words a text may end with. ``str.endswith`` with a tuple compares the text with every word, a hundred
    and more of them; most texts end with a character no word ends with, which one set lookup tells first."""

    __slots__ = ("last", "words")

    def __init__(self, words: Any) -> None:
        self.words: tuple[str, ...] = tuple(words)
        self.last = frozenset(w[-1] for w in self.words)

    def ends(self, text: str) -> bool:
        """``text.endswith(self.words)``."""
        return text[-1:] in self.last and text.endswith(self.words)

    def ends_at(self, text: str, start: int, end: int) -> bool:
        """``text.endswith(self.words, start, end)``, for ``0 <= start`` and ``end <= len(text)``."""
        return end > start and text[end - 1] in self.last and text.endswith(self.words, start, end)


def alternation(words: Any) -> str:
    """A regex alternation of literal words, longest first so the longest match wins.

    The words are grouped by their first character, in that order (提高到|提高|提升|增长 → 提(?:高到|高|升)|增长):
    Python's engine tries the alternatives of a plain alternation one by one wherever one may start, and a
    group's words share one test of that character. Only the words of one group can match at a position, in
    the order they had, so every match is the one the plain alternation gives (case-sensitive patterns only:
    under re.IGNORECASE, words starting with A and a would both try and their order change)."""
    import re

    groups: dict[str, list[str]] = {}
    for w in sorted(set(map(str, words)), key=lambda w: (-len(w), w)):
        groups.setdefault(w[:1], []).append(re.escape(w[1:]))
    return "|".join(
        re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "") for first, rests in groups.items()
    )
