"""The heading tree of a Chinese report.

Headings are numbered in a few fixed styles, from the top down as a rule: ``一、`` · ``(一)``/``（一）``
· ``1.``/``1、`` · ``(1)``/``（1）`` · ``①``, and the run-in ``一是…，二是…`` whose heading is the clause
up to the first ``，。；:`` after it. Numbered headings stand at the start of a line (or after a
sentence end and a space, where a converter flattened paragraphs into one line); run-in ones at the
start of a line or of a sentence (after ``。；！？:``).

Levels come from the order in which the styles appear (the usual outline algorithm): a style already
open is a sibling, a new style is a child. Two checks keep running text out: a heading continues its
style's numbering (四、 after 三、) or opens the style at 1; and a higher-ranked style (一、) closes
any lower-ranked ones open above it, so a stray ``1.`` in an opening paragraph cannot push the
``一、2025年工作回顾`` of a government report down a level.
"""

from __future__ import annotations

import re

from corpus.records import Section
from corpus.split import chinese_number

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Style rank → pattern. Rank orders the styles from the top of an outline down.
HEADING = re.compile(
    rf"(?P<s0>[{_CN}]{{1,3}})\s*、"
    rf"|[(（]\s*(?P<s1>[{_CN}]{{1,3}})\s*[)）]"
    r"|(?P<s2>\d{1,2})\s*(?:[、]|[.．](?!\d))"
    r"|[(（]\s*(?P<s3>\d{1,2})\s*[)）]"
    rf"|(?P<s4>[{_CIRCLED}])"
    rf"|(?P<s5>[{_CN}]{{1,3}})是(?=[^，,。；;:：]{{2}})"
)
_RUN_IN = 5
# An appendix (附表：…, 附件1：…) at the start of a line: above every numbered style, it ends the parts before it
_APPENDIX = re.compile(r"附(?:表|件|录)\s*\d{0,2}\s*[:：]\s*\S")
_APPENDIX_RANK = -1
# Where a heading may start: after a line break (and indentation), or a run-in after a sentence end.
HEADING_START = re.compile(r"(?:^|(?P<end>[。；;！!？?:：]))(?P<space>[ \t\u3000]*)", re.MULTILINE)
_CLAUSE_END = re.compile(r"[，,；;。:：！!？?\n]")
# What a plan's part is called after 工作 (工作计划, 工作打算, 2003年工作意见 …)
_PLAN_WORK = "计划|打算|安排|思路|要点|意见|设想|目标"
# Words of a report's part headings: 工作计划, 工作回顾, 主要目标, 工作安排 …
_PART_WORDS = re.compile(rf"工作(?:{_PLAN_WORK}|回顾|总结|情况)|主要(?:目标|任务|工作)|重点工作|目标任务")
_HEADING_END = re.compile(r"[。；;！!？?\n]")
# Bounds that keep a text without line breaks or full stops (a converter's one-line output, a
# thousand reports joined) linear: a heading is looked for this far, and each element of a path is cut
# to MAX_HEADING characters (CONTRACT.md); a style reopened as a nested list at most once more.
MAX_HEADING = 60
_HEADING_SCAN = 200
_MAX_NESTED = 2


def _number(rank: int, token: str) -> int | None:
    if rank == 4:
        return _CIRCLED.index(token) + 1
    return chinese_number(token)


def first_clause(heading: str) -> str:
    """``四、构建和谐劳动关系,服务发展大局`` → ``四、构建和谐劳动关系``."""
    m = _CLAUSE_END.search(heading, 2)
    return (heading[: m.start()] if m else heading)[:MAX_HEADING]


def _place(stack: list[tuple[int, int, str]], rank: int, number: int, opens_part: bool = False) -> int | None:
    """The depth at which a heading of style ``rank`` numbered ``number`` goes, or None (not a heading).

    It continues an open list of its style (the innermost that fits: 四、 after 三、), or opens one
    at 1: a new style as a child (a higher-ranked style first closes lower-ranked ones), the same
    style again as a nested list (the 一、…十、 of 民生实事 inside 三、2026年工作安排), once. A run-in list
    restarts in place in every paragraph (一是…二是…, then 一是… again).
    """
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][0] == rank and stack[depth][1] + 1 == number:
            return depth
    if number != 1:
        # an excerpt (or a page holding one part of a report) may open its outline at 三、XX年下半年工作计划:
        # the first top-style heading of the text, when it names a part of a report, starts where it stands
        return 0 if not stack and rank == 0 and opens_part else None
    ranks = [r for r, _, _ in stack]
    if rank == _RUN_IN:
        return ranks.index(rank) if rank in ranks else len(stack)
    if rank in ranks:
        # Open twice already: a new list of it starts over at its outermost place (the next report
        # of a page holding many), instead of nesting one level deeper with every report.
        return len(stack) if ranks.count(rank) < _MAX_NESTED else ranks.index(rank)
    depth = len(stack)
    while depth and stack[depth - 1][0] > rank:
        depth -= 1
    return depth


_NUMBERED_PART = re.compile(r"第[一二三四五六七八九十]{1,2}部分")


def _part_at(text: str, pos: int) -> str | None:
    """The heading of a part of a report at ``pos``: numbered in words (第二部分…) or a plan standing alone."""
    return _line_at(text, pos) if _NUMBERED_PART.match(text, pos) else _unnumbered_part(text, pos)


def _line_at(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos : end if end >= 0 else len(text)].strip()[:MAX_HEADING]


_LONE_PART = re.compile(r"[^\n，,。；;：:！!？?、]{4,24}")
_BLANK_BEFORE = re.compile(r"\n[ \t\u3000]*\n[ \t\u3000]*$")


def _unnumbered_part(text: str, pos: int) -> str | None:
    """The heading of a report's plan standing alone on its line, unnumbered (2011年工作打算, 下半年工作思路),
    after a blank line and not the text's first line (its title), else None."""
    if not (m := _LONE_PART.match(text, pos)) or (not text.startswith(("\n", "\r"), m.end()) and m.end() < len(text)):
        return None
    line = m[0].strip()
    if not _PLAN_PART.search(line) or _TITLE_WORDS.search(line) or not _BLANK_BEFORE.search(text, 0, pos):
        return None  # (—建阳市总工会xx年上半年工作总结: the title again, not a part of it)
    return line if text[:pos].strip() else None


# (a plan, the report's last part: a review part's end is not known when the plan after it has no heading)
_PLAN_PART = re.compile(rf"工作(?:{_PLAN_WORK})|主要(?:目标|任务)|目标任务")
_TITLE_WORDS = re.compile(r"总结|报告|汇报|讲话|会议|^[—－-]")


def find_sections(text: str) -> tuple[Section, ...]:
    """Every heading of ``text`` with the span it governs, in document order (pre-order).

    A section runs from its heading to the next heading of the same or a higher level (or the end of
    the text). ``heading`` is the heading up to its first sentence end (``1、明确目标。在…`` →
    ``1、明确目标``; a run-in heading is its first clause; at most 200 characters); ``path`` chains first
    clauses from the top, each cut to ``MAX_HEADING`` characters.
    """
    heads: list[tuple[int, tuple[str, ...], str]] = []  # start, path, heading
    stack: list[tuple[int, int, str]] = []  # open styles: rank, number, path element
    outline: list[tuple[int, int, str]] = []  # the styles open before an appendix (附表：…), should the report go on
    for ms in HEADING_START.finditer(text):
        pos = ms.end()
        m = HEADING.match(text, pos)
        if m is None:
            if ms["end"] is None and (part := _part_at(text, pos)):
                # 第二部分　2023年经营目标和重点工作; 2011年工作打算, a line of its own after a blank one: a part of the
                # report, above every numbered style (its 一、 and 一是… are its own), ending the parts before it
                stack[:] = [(_APPENDIX_RANK, 1, part)]
                outline = []
                heads.append((pos, (part,), part))
                continue
            if ms["end"] is None and _APPENDIX.match(text, pos):
                # 附表：2015年全县主要经济指标预计完成情况: an appendix closes every part above it
                heading = _line_at(text, pos)
                outline = [e for e in stack if e[0] != _APPENDIX_RANK] or outline
                stack[:] = [(_APPENDIX_RANK, 1, heading)]
                heads.append((pos, (heading,), heading))
            continue
        rank = next(i for i in range(6) if m[f"s{i}"] is not None)
        # A numbered heading starts a line, or follows a sentence end and a space (paragraphs
        # flattened into one line by a converter: …建设。 一、探究新机制…).
        if rank != _RUN_IN and ms["end"] is not None and not ms["space"]:
            continue
        number = _number(rank, m[f"s{rank}"])
        if number is None:
            continue
        stop = min(len(text), m.end() + _HEADING_SCAN)  # a line with no end must not be read to the text's end
        line_end = text.find("\n", m.end(), stop)
        opens_part = bool(_PART_WORDS.search(text, m.end(), line_end if line_end >= 0 else stop))
        depth = _place(stack, rank, number, opens_part)
        if depth is None and outline and stack and stack[0][0] == _APPENDIX_RANK:
            # 附表 in the middle of a report, then 二、今后五年的目标任务: the outline before the appendix goes on
            if (depth := _place(outline, rank, number, opens_part)) is not None:
                stack[:] = outline
        if depth is None:
            continue
        del stack[depth:]
        end = (_CLAUSE_END if rank == _RUN_IN else _HEADING_END).search(text, m.end(), stop)
        heading = text[pos : end.start() if end else stop].strip()
        stack.append((rank, number, first_clause(heading)))
        heads.append((pos, tuple(p for _, _, p in stack), heading))
    return _spans(heads, text)


def _spans(heads: list[tuple[int, tuple[str, ...], str]], text: str) -> tuple[Section, ...]:
    """Close each section at the next heading of the same or a higher level (one pass, a stack)."""
    ends = [len(text)] * len(heads)
    open_: list[int] = []
    for i, (start, path, _) in enumerate(heads):
        while open_ and len(heads[open_[-1]][1]) >= len(path):
            ends[open_.pop()] = start
        open_.append(i)
    sections = []
    for (start, path, heading), end in zip(heads, ends, strict=True):
        while end > start and text[end - 1].isspace():
            end -= 1
        sections.append(Section(start, end, len(path), heading, path))
    return tuple(sections)
