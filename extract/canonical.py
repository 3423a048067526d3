"""Canonical indicator names: one name per indicator across reports.

First the lexicon (``lexicons/indicators.tsv``): an indicator containing a known wording gets that
wording's canonical name, the longest wording winning (城镇居民人均可支配收入 over 人均可支配收入).
An unseen wording is compared by character n-gram TF-IDF cosine similarity (scikit-learn) with every
known wording; above ``THRESHOLD`` it takes the nearest one's name, otherwise it stands as its own
canonical name. Calls are batched per article and cached per wording, so the vectoriser runs once per
distinct indicator in a corpus.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from typing import Any

THRESHOLD = 0.6


@cache
def _lexicon() -> tuple[list[tuple[str, str]], dict[str, str]]:
    text = resources.files("extract").joinpath("lexicons", "indicators.tsv").read_text(encoding="utf-8")
    pairs: list[tuple[str, str]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, wordings = line.split("\t")
        for w in wordings.split(","):
            if w.strip():
                pairs.append((w.strip(), name))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs, dict(pairs)


@cache
def _index() -> tuple[Any, Any, list[str]]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    pairs, _ = _lexicon()
    wordings = [w for w, _ in pairs]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
    matrix = vec.fit_transform(wordings)
    return vec, matrix, [n for _, n in pairs]


@lru_cache(maxsize=65536)
def _by_lexicon(indicator: str) -> str | None:
    pairs, exact = _lexicon()
    if indicator in exact:
        return exact[indicator]
    for wording, name in pairs:  # longest first
        if wording in indicator:
            # a rate is not its count: 职工之家验收率 is not 职工之家
            if indicator.endswith("率") and not name.endswith("率"):
                return indicator
            return name
    return None


_SIMILAR: dict[str, str] = {}


def canonical_names(indicators: Sequence[str | None]) -> list[str | None]:
    """The canonical name of each indicator (None stays None)."""
    out: list[str | None] = []
    unseen: list[str] = []
    for ind in indicators:
        if not ind:
            out.append(None)
            continue
        name = _by_lexicon(ind)
        if name is None and ind not in _SIMILAR:
            unseen.append(ind)
        out.append(name)
    if unseen:
        _resolve(sorted(set(unseen)))
    return [o if o is not None or not ind else _SIMILAR[ind] for o, ind in zip(out, indicators, strict=True)]


def _resolve(wordings: list[str]) -> None:
    vec, matrix, names = _index()
    sims = (vec.transform(wordings) @ matrix.T).toarray()
    for w, row in zip(wordings, sims, strict=True):
        best = int(row.argmax())
        _SIMILAR[w] = names[best] if row[best] >= THRESHOLD else w


def known(indicator: str | None) -> str | None:
    """The canonical name if it is already known without the vectoriser (lexicon or cache), else None."""
    if not indicator:
        return None
    return _by_lexicon(indicator) or _SIMILAR.get(indicator)
