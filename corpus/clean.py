"""Web furniture: the lines of a scraped page that are not part of any report.

Navigation bars (网站首页 个人文档 …), 栏目/发布于/人气/来源/时间/分享 lines, breadcrumbs (学习啦 >
实用范文 > …), the 下载 打印 全屏 收藏 【字号…】 head of government pages, editors' blurbs (下面是小编精心
整理的…), related-article lists (相关文章, 相关推荐) and footers. The patterns are data
(``lexicons/furniture.yaml``); this module only applies them, one pass over the lines.

Cleaning works on the normalised text of the whole document (same length as the original), so every
offset it returns is an offset into ``Document.text`` as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from corpus.lexicons import load

_WS = " \t\r\f\v\u3000\u00a0"


@dataclass(frozen=True, slots=True)
class Line:
    """A line kept by cleaning.

    ``start`` is where its kept text begins (after a furniture prefix, if any), ``body`` where its
    first non-space character is, ``end`` where it ends (newline excluded). ``text`` is the stripped
    content ``[body, end)`` minus trailing spaces; a blank line has ``text == ""``.
    """

    start: int
    body: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class _Furniture:
    line: re.Pattern[str]
    head: re.Pattern[str]
    label: re.Pattern[str]
    tail: re.Pattern[str]
    preamble: re.Pattern[str]
    prefix: re.Pattern[str]
    max_line_chars: int
    max_preamble_chars: int
    body_min_chars: int


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def furniture() -> _Furniture:
    """The furniture lexicon, loaded and compiled once per process."""
    raw = load("corpus.lexicons", "furniture.yaml")
    return _Furniture(
        line=_alternation(raw["line"]),
        head=_alternation(raw["head"]),
        label=_alternation(raw["label"]),
        tail=_alternation(raw["tail"]),
        preamble=_alternation(raw["preamble"]),
        prefix=_alternation(raw["prefix"]),
        max_line_chars=int(raw["max_line_chars"]),
        max_preamble_chars=int(raw["max_preamble_chars"]),
        body_min_chars=int(raw["body_min_chars"]),
    )


def is_body(text: str) -> bool:
    """A line of running text (not a title, not a label): long, or holding a full stop."""
    return len(text) >= furniture().body_min_chars or "。" in text


def clean_lines(text: str) -> list[Line]:
    """The lines of ``text`` that are not furniture, in order, with their offsets.

    The head of the page (everything before its first line of running text) is also cleared of
    the one-word buttons of government pages (大 中 小 打印 收藏) and of repeated copies of a line
    (a page title printed twice). A tail marker (相关文章:) drops the rest of the page.
    """
    f = furniture()
    kept: list[Line] = []
    in_head = True
    seen_head: set[str] = set()
    drop_value = False  # the previous line was a label without its value
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        start = pos
        pos = end + 1
        body = start
        while body < end and text[body] in _WS:
            body += 1
        stop = end
        while stop > body and text[stop - 1] in _WS:
            stop -= 1
        line = text[body:stop]
        if not line:
            kept.append(Line(start, body, end, ""))
            if nl < 0:
                break
            continue
        short = len(line) <= f.max_line_chars
        if short and f.tail.fullmatch(line):
            break
        if drop_value and len(line) <= 30:
            drop_value = False
            seen_head.add(line)
            continue
        drop_value = False
        if short and f.label.fullmatch(line):
            drop_value = True
            continue
        if (
            (short and f.line.fullmatch(line))
            or (in_head and short and (f.head.fullmatch(line) or line in seen_head))
            or (len(line) <= f.max_preamble_chars and f.preamble.fullmatch(line))
        ):
            if in_head:
                seen_head.add(line)
            continue
        if m := f.prefix.match(line):
            # 下载后可编辑 2023年…计划 __年上半年…: the prefix goes, so does a copy of the title after it.
            body += m.end()
            rest = line[m.end() :]
            for title in seen_head:
                if rest.startswith(title) and len(rest) > len(title) and rest[len(title)] in _WS + " ":
                    body += len(title)
                    while body < stop and text[body] in _WS:
                        body += 1
                    break
            line = text[body:stop]
            start = body
        if in_head:
            seen_head.add(line)
            if is_body(line):
                in_head = False
        kept.append(Line(start, body, end, line))
        if nl < 0:
            break
    return kept


def dropped_tail(text: str, lines: list[Line]) -> tuple[int, str, int]:
    """What cleaning dropped after the last kept line: (its line number, 1-based; the first dropped
    line; the characters of running text after it). A tail marker (相关文章:) drops the rest of the
    page, which on a file of several reports joined together is most of the file."""
    after = lines[-1].end + 1 if lines else 0
    rest = text[after:].split("\n")
    first = next((line.strip(_WS) for line in rest if line.strip(_WS)), "")
    running = sum(len(t) for line in rest if is_body(t := line.strip(_WS)))
    return text.count("\n", 0, after) + 1, first, running
