"""Section coverage: which top-level sections of the reference the draft also covers.

Deliberately simple, so a reader can check it by eye. The reference's top-level sections come from
the corpus layer (``split_document``: the sections of the shallowest level). A reference section
counts as covered when either

* some heading of the draft names it: character F1 ≥ 0.5 between the two headings, list markers
  (一、 (二) 3. 第四部分) stripped; or
* the draft talks about it: at least half of the heading's content words (jieba words of two or more
  characters) occur in the draft's text.

Coverage is the share of covered sections; None when the reference has no sections to cover.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from evaluation.text import WORDS, Tokenizer
from extract.wording import char_f1

HEADING_THRESHOLD = 0.5
WORD_SHARE = 0.5
_MARKER = re.compile(
    r"^\s*(?:[(（]?[一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百\d]+[、.．]|第[一二三四五六七八九十百\d]+(?:部分|章|节|篇|条)、?)\s*"
)
_TRAIL = re.compile(r"[。:：;；,，\s]+$")


def strip_marker(heading: str) -> str:
    """``一、积极协调劳动关系。`` → ``积极协调劳动关系``."""
    return _TRAIL.sub("", _MARKER.sub("", heading))


@dataclass(frozen=True, slots=True)
class Coverage:
    covered: tuple[str, ...]
    missed: tuple[str, ...]

    @property
    def share(self) -> float | None:
        total = len(self.covered) + len(self.missed)
        return len(self.covered) / total if total else None


def section_coverage(
    reference_headings: Sequence[str],
    draft_text: str,
    draft_headings: Sequence[str] = (),
    *,
    words: Tokenizer = WORDS,
) -> Coverage:
    """Which reference headings the draft covers (see the module docstring for the rule)."""
    drafted = [strip_marker(h) for h in draft_headings]
    covered, missed = [], []
    for heading in reference_headings:
        core = strip_marker(heading)
        named = any(char_f1(core, d) >= HEADING_THRESHOLD for d in drafted)
        content = [w for w in words.tokenize(core) if len(w) >= 2]
        talked = bool(content) and sum(w in draft_text for w in content) >= WORD_SHARE * len(content)
        (covered if named or talked else missed).append(heading)
    return Coverage(tuple(covered), tuple(missed))
