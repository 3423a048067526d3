"""Pages holding several work summaries: where each article starts.

Collection pages of essay sites print several summaries one after the other, each under a marker:
``【第1篇】标题``, ``第2篇：标题``, ``篇一``, a numbered copy of the page title (``工会年度组建工作总结 1``,
``乡镇工会工作总结2``), or simply the same title again. Markers count only when they number 1, 2,
3 … in order, which keeps a stray ``第2篇`` in running text or a lone ``总结1`` from cutting a report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from corpus.clean import Line
from corpus.lexicons import load

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# 【第1篇】标题 · 第二篇：标题 · 篇一 · [篇3] 标题
PIECE_MARKER = re.compile(
    r"[【\[(（]?\s*(?:第\s*(?P<a>[0-9一二三四五六七八九十]{1,3})\s*篇|篇\s*(?P<b>[0-9一二三四五六七八九十]{1,3}))"
    r"\s*[】\])）]?\s*[:：、.．]?\s*(?P<title>.*)"
)
# 工会年度组建工作总结 1 · 乡镇工会工作总结2 · 年度总结(3)
NUMBERED_TITLE = re.compile(r"(?P<title>.{2,60}?)\s*[(（]?(?P<n>\d{1,2})[)）]?")
_SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?]")


@dataclass(frozen=True, slots=True)
class ArticleStart:
    """Where an article begins: the index of its title line among the kept lines, and its title
    as printed without the piece marker (``市总工会上半年工作总结``, ``工会年度组建工作总结 1``)."""

    line: int
    title: str | None


@dataclass(frozen=True, slots=True)
class _Titles:
    words: tuple[str, ...]
    max_chars: int
    min_article_chars: int


@cache
def _titles() -> _Titles:
    raw = load("corpus.lexicons", "titles.yaml")
    words = tuple(sorted(raw["title_words"], key=len, reverse=True))
    return _Titles(words, int(raw["max_title_chars"]), int(raw["min_article_chars"]))


def chinese_number(s: str) -> int | None:
    """``3`` → 3, ``十二`` → 12, ``二十`` → 20; None for anything else."""
    if s.isdigit():
        return int(s)
    if s in _CN_DIGITS:
        return _CN_DIGITS[s]
    if "十" in s and len(s) <= 3:
        tens, _, ones = s.partition("十")
        t = _CN_DIGITS.get(tens, -1) if tens else 1
        o = _CN_DIGITS.get(ones, -1) if ones else 0
        if t >= 0 and o >= 0:
            return 10 * t + o
    return None


_TITLE_NOTE = re.compile(r"\s*[（(](?:摘编|摘要|节选|草案|征求意见稿|送审稿|讨论稿|初稿|修订稿|全文|简本)[）)]$")


def is_title(text: str, dated: bool = False) -> bool:
    """A line that reads as a summary's title: short, no sentence punctuation, ends with 总结/报告…; or, when a
    page's dateline (发布时间：…) stands under it (``dated``), any short line (前三季度全县经济运行稳中有进)."""
    t = _titles()
    # (…统计公报（摘编）, …工作报告（征求意见稿）: a note on the text after the title's own last word)
    worded = _TITLE_NOTE.sub("", text) if text.endswith(("）", ")")) else text
    return 2 <= len(text) <= t.max_chars and not _SENTENCE_PUNCT.search(text) and (dated or worded.endswith(t.words))


def _in_sequence(found: list[tuple[int, int, str | None]]) -> list[ArticleStart]:
    """Keep the markers numbered 1, 2, 3 … in order (a marker out of sequence is running text)."""
    starts: list[ArticleStart] = []
    for i, number, title in found:
        if number == len(starts) + 1:
            starts.append(ArticleStart(i, title))
    return starts


def _piece_markers(lines: Sequence[Line]) -> list[ArticleStart]:
    found = []
    limit = _titles().max_chars + 10
    for i, line in enumerate(lines):
        if not line.text or len(line.text) > limit:
            continue
        m = PIECE_MARKER.fullmatch(line.text)
        if m and not _SENTENCE_PUNCT.search(line.text):
            number = chinese_number(m["a"] or m["b"])
            if number is not None:
                found.append((i, number, m["title"].strip() or None))
    return _in_sequence(found)


def _numbered_titles(lines: Sequence[Line]) -> list[ArticleStart]:
    groups: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
    for i, line in enumerate(lines):
        if not line.text or len(line.text) > _titles().max_chars + 4:
            continue
        m = NUMBERED_TITLE.fullmatch(line.text)
        if m and is_title(m["title"]):
            groups[m["title"]].append((i, int(m["n"]), line.text))
    best: list[ArticleStart] = []
    for found in groups.values():
        starts = _in_sequence(found)
        if len(starts) >= 2 and len(starts) > len(best):
            best = starts
    return best


def _repeated_titles(lines: Sequence[Line]) -> list[ArticleStart]:
    at: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.text and is_title(line.text):
            at[line.text].append(i)
    best: list[ArticleStart] = []
    for title, indexes in at.items():
        if len(indexes) < 2:
            continue
        kept = [indexes[0]]
        for i in indexes[1:]:
            between = sum(len(line.text) for line in lines[kept[-1] + 1 : i])
            if between >= _titles().min_article_chars:
                kept.append(i)
        if len(kept) >= 2 and len(kept) > len(best):
            best = [ArticleStart(i, title) for i in kept]
    return best


def find_articles(lines: Sequence[Line]) -> list[ArticleStart]:
    """Where the articles of a page start, in order; an empty list for a page of one article.

    Piece markers (【第1篇】, 篇一) win over numbered titles, which win over repeated titles.
    """
    for rule in (_piece_markers, _numbered_titles, _repeated_titles):
        starts = rule(lines)
        if starts:
            return starts
    return []
