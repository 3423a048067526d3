"""Text preparation and tokenizers for the draft scores.

Every score sees both texts through :func:`prepare`: traditional → simplified (OpenCC, the corpus
layer's converter) and then NFKC, so 總結 and 总结, ３８ and 38 are the same tokens. Tokenizers
are small objects with a ``tokenize(text) -> list[str]`` method, the protocol rouge-score's
``RougeScorer(tokenizer=...)`` expects, so the very same objects drive our scores and the reference
implementation in the tests.
"""

from __future__ import annotations

import logging
import unicodedata
from functools import cache
from typing import Protocol

from corpus.normalise import to_simplified


class Tokenizer(Protocol):
    name: str

    def tokenize(self, text: str) -> list[str]: ...


def prepare(text: str) -> str:
    """Simplified characters, then NFKC (full-width digits and letters become ASCII)."""
    return unicodedata.normalize("NFKC", to_simplified(text))


def visible_length(text: str) -> int:
    """Characters that are not whitespace: what "length" means for a Chinese text."""
    return sum(1 for c in text if not c.isspace())


class CharTokenizer:
    """Every non-whitespace character is one token, punctuation included (CONTRACT.md)."""

    name = "char"

    def tokenize(self, text: str) -> list[str]:
        return [c for c in text if not c.isspace()]


@cache
def _jieba():  # type: ignore[no-untyped-def]
    import jieba  # loads its dictionary lazily, on the first cut

    jieba.setLogLevel(logging.WARNING)  # it announces the prefix dictionary on stderr otherwise
    return jieba


class WordTokenizer:
    """jieba words (default dictionary, precise mode), whitespace tokens dropped."""

    name = "word"

    def tokenize(self, text: str) -> list[str]:
        return [w for w in _jieba().lcut(text) if w.strip()]


CHARS = CharTokenizer()
WORDS = WordTokenizer()
