"""Indicator wordings → one canonical name: synonyms lexicon plus character similarity.

Reports name the same indicator many ways (地区生产总值增长, GDP增长, 经济增长, 全省生产总值增长). A
wording is first stripped of whole-organisation prefixes (全省, 全市 …), then looked up in
``lexicons/synonyms.yaml``; what the lexicon does not know is matched by character F1, the measure
ANNOTATION.md uses for indicator accuracy. Growth is the level's canonical name plus 增长, so a
growth query also finds a level figure that carries a ``change``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from extract.wording import char_f1

GROWTH = "增长"
_PUNCT = re.compile(r"[\s\"'“”‘’「」《》()（）\[\]【】,，。；;：:、·.!！?？]+")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The loaded synonyms lexicon: wording → canonical, and the word lists that guide matching."""

    canonical: dict[str, str]
    growth_suffixes: tuple[str, ...]
    region_prefixes: tuple[str, ...]
    modifiers: tuple[str, ...]
    span_cues: tuple[str, ...]
    target_cues: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Wording:
    """An indicator wording taken apart: what it names, whether growth, what else it carries."""

    text: str  # the wording, normalised, prefixes stripped
    canonical: str | None  # lexicon name of the whole wording (growth included)
    level: str | None  # canonical name of the level indicator (without 增长)
    growth: bool
    modifiers: frozenset[str]
    extra: str  # leading characters before a known wording: a sub-region (南疆五地州, 海洋)


@cache
def lexicon() -> Lexicon:
    """Load ``lexicons/synonyms.yaml`` once."""
    from corpus.lexicons import load

    raw: dict[str, Any] = load("compare", "lexicons/synonyms.yaml")
    table: dict[str, str] = {}
    for name, words in raw["indicators"].items():
        for w in [name, *words]:
            table[_clean(w)] = name
    return Lexicon(
        canonical=table,
        growth_suffixes=tuple(sorted(raw["growth_suffixes"], key=len, reverse=True)),
        region_prefixes=tuple(sorted(raw["region_prefixes"], key=len, reverse=True)),
        modifiers=tuple(raw["modifiers"]),
        span_cues=tuple(raw["span_cues"]),
        target_cues=tuple(raw["target_cues"]),
    )


def _clean(text: str) -> str:
    return _PUNCT.sub("", unicodedata.normalize("NFKC", text)).upper()


def strip_prefixes(text: str) -> str:
    """Drop whole-organisation prefixes and leading verbs: 全省地区生产总值 → 地区生产总值."""
    lex = lexicon()
    changed = True
    while changed:
        changed = False
        for p in lex.region_prefixes:
            if text.startswith(p) and len(text) > len(p):
                text, changed = text[len(p) :], True
    return text


def _split_growth(text: str) -> tuple[str, bool]:
    for suffix in lexicon().growth_suffixes:
        if text.endswith(suffix) and len(text) > len(suffix):
            return text[: -len(suffix)], True
    return text, False


def _known(text: str) -> tuple[str | None, str]:
    """The canonical name of ``text`` or of its longest known tail, and the characters before that tail."""
    table = lexicon().canonical
    if text in table:
        return table[text], ""
    for i in range(1, len(text) - 1):
        if text[i:] in table:
            return table[text[i:]], text[:i]
    return None, ""


@cache
def analyse(wording: str) -> Wording:
    """Take a wording apart (cached: reports repeat their indicators)."""
    lex = lexicon()
    text = strip_prefixes(_clean(wording))
    mods = frozenset(m for m in lex.modifiers if m in text)
    whole, whole_extra = _known(text)
    stem, growth = _split_growth(text)
    level, extra = _known(strip_prefixes(stem)) if growth else (whole, whole_extra)
    if whole is not None and whole.endswith(GROWTH):
        growth, level = True, whole[: -len(GROWTH)]
        extra = whole_extra
    canonical = whole if whole is not None else (level + GROWTH if growth and level else None)
    if mods:  # 人均地区生产总值 is not 地区生产总值: the lexicon names only the bare tail
        canonical = level = None
    return Wording(text, canonical, level, growth, mods, extra)


def similarity(query: Wording, candidate: Wording) -> float:
    """How well ``candidate`` names the query's indicator, 0–1; 0 when it is another indicator.

    Same canonical name: 1. A modifier the query lacks (人均, 年均, 比重 …) or a growth/level mismatch:
    0. Otherwise the character F1 of the prefix-stripped wordings.
    """
    if candidate.modifiers - query.modifiers:
        return 0.0
    if query.growth != candidate.growth:
        return 0.0
    if query.canonical is not None and query.canonical == candidate.canonical:
        return 1.0
    if query.level is not None and query.level == candidate.level:
        return 1.0
    # GDP增长 and 地区生产总值按增长 share few characters; the query's canonical name shares more
    names = {query.text, query.canonical or query.text}
    return max(char_f1(name, candidate.text) for name in names)


@cache
def _names_of(canonical: str) -> tuple[str, ...]:
    return tuple(w for w, name in lexicon().canonical.items() if name == canonical)


def is_tail_of_name(text: str, canonical: str) -> bool:
    """``text`` (two characters or more) ends one of the lexicon's names of ``canonical``: 总值 of 生产总值."""
    return len(text) >= 2 and any(name.endswith(text) and name != text for name in _names_of(canonical))


def canonical_name(wording: str) -> str:
    """The canonical name of a wording, or the wording itself (prefix-stripped) when the lexicon lacks it."""
    w = analyse(wording)
    return w.canonical or w.text


def as_growth(wording: str) -> str:
    """The growth wording of a level wording: 全省地区生产总值 → 全省地区生产总值增长."""
    w = analyse(wording)
    return wording if w.growth else wording + GROWTH
