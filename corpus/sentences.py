"""Sentences of an article, each tied to its innermost section.

A sentence ends at ``。！？；`` (and their half-width forms, which normalisation produces) or at a
line break, but never inside ``“…”``, ``《…》``, ``（…）``/``(…)``, ``【…】`` or ``"…"``. A bracket
left open does not swallow a paragraph: a line break closes everything, and an opener still
unclosed after ``MAX_OPEN`` characters is given up at the next sentence end. A sentence that ends
inside a closing quote (他说:“好。”) ends right after it. A run of text with no sentence end (a table
flattened into one line, a cell of digits) is cut into pieces of at most ``MAX_SENTENCE`` characters,
after a comma or a space where there is one: every record quotes its sentence, so an unbounded one
would cost memory in proportion to the text times its figures.

A line break that only wraps a line is not an end: PDFs, and pages scraped from them, break lines
where the page ended (全社会固定资产投⏎资完成59.4亿元, …分别完成6.1亿元、⏎3.6亿元), and emphasis in a page
puts a phrase on a line of its own (…位居⏎全国第一⏎…). A break wraps when the line before it ends in a
comma or 、, or is long (``WRAP_MIN`` characters) and ends without a sentence end, a colon or a closer,
and the next line starts no section, no numbered heading and no table row.

One pass over the punctuation only (``re.finditer``), so it runs at regex speed on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.records import Section, Sentence
from corpus.split import is_title

_CLOSER = {"“": "”", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』"}
_CLOSERS = frozenset(_CLOSER.values())
_ENDS = frozenset("。！？；!?;")
_MARKS = re.compile(r'[。！？；!?;\n“”《》（）()【】「」『』"]')
_QUOTE_CLOSERS = frozenset('”"」』')
_TRAILING_CLOSERS = "”’》）)】」』\""
MAX_OPEN = 300
MAX_SENTENCE = 1000
WRAP_MIN = 20
_HEADING = re.compile(r"[ \t\u3000]*(?:第[一二三四五六七八九十百]+[章节部分条]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|——)")
_NO_END = frozenset("，,、")
_FIGURE_END = re.compile(r"\d[\d.]*[%‰]?[\u4e00-\u9fff]{0,3}$")
_NO_START = frozenset("、，,；;。）)%‰")
_DANGLING = frozenset("，,、的由从和与及")  # no paragraph ends on these
_TABLE = re.compile(r"[|\t]")
_SOFT_CUTS = re.compile(r"[，,、 ]")


def _wraps(text: str, line_start: int, i: int, heads: frozenset[int]) -> int:
    """Where the sentence goes on when the line break at ``i`` (the line began at ``line_start``) only
    wraps the line, else 0. Blank lines are crossed only after a word that cannot end a paragraph
    (全县财政收入由“十二五”末的⏎⏎3.1亿元增加到…)."""
    line = text[line_start:i].rstrip(" \t\u3000")
    if not line or line_start in heads or _TABLE.search(line):
        return 0
    if _HEADING.match(line) and not _ENDS.intersection(line):
        return 0  # a heading line (a paragraph that opens on 一、 or —— and has ended a sentence may wrap)
    last = line[-1]
    if last in _ENDS or last in "：:" or last in _TRAILING_CLOSERS:
        return 0
    j = i + 1
    if j < len(text) and (text[j] in _NO_START or (text[j].isdigit() and (last.isdigit() or last == "."))):
        return j  # the next line goes on with what cannot start one (、1.86倍; 1.⏎37倍)
    if is_title(line):
        return 0  # …局2023年工作总结, …统计公报: a title line (corpus.split's test, titles.yaml's words) ends there
    if last not in _DANGLING and (len(line) < WRAP_MIN or _FIGURE_END.search(line)):
        return 0  # a short line, or an item of a list that ends on its figure (发展会员1200人)
    if j < len(text) and text[j] == "\n":
        if last not in _DANGLING:
            return 0
        while j < len(text) and text[j] in "\n \t\u3000":
            j += 1
    if j >= len(text) or j in heads or _HEADING.match(text, j) or _TABLE.search(text, j, j + 40):
        return 0
    return j


def _spans(text: str, heads: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = line_start = resume = 0
    open_: list[tuple[str, int]] = []  # expected closer, where it opened
    for m in _MARKS.finditer(text):
        c = m.group()
        i = m.start()
        if c == "\n":
            if i < resume:
                continue  # a blank line the sentence crosses
            resume = _wraps(text, line_start, i, heads)
            line_start = resume or i + 1
            if resume:
                continue
            spans.append((start, i))
            start = i + 1
            open_.clear()
        elif c == '"':
            if open_ and open_[-1][0] == '"':
                open_.pop()
            else:
                open_.append(('"', i))
        elif c in _CLOSER:
            open_.append((_CLOSER[c], i))
        elif c in _CLOSERS:
            # Close up to the matching opener; a closer nobody opened is ignored.
            for k in range(len(open_) - 1, -1, -1):
                if open_[k][0] == c:
                    del open_[k:]
                    break
            # 他说:“好。”然后… — a sentence that ends inside the quote ends after it.
            if not open_ and i > start and text[i - 1] in _ENDS and c in _QUOTE_CLOSERS:
                end = i + 1
                spans.append((start, end))
                start = end
        elif c in _ENDS:
            if open_ and i - open_[0][1] > MAX_OPEN:
                open_.clear()
            if not open_:
                end = i + 1
                while end < len(text) and text[end] in _TRAILING_CLOSERS:
                    end += 1
                spans.append((start, end))
                start = end
    spans.append((start, len(text)))
    return spans


def _cut(text: str, start: int) -> int:
    """Where a piece of at most MAX_SENTENCE characters from ``start`` ends: after the last comma or
    space in its second half, else before a run of digits at the limit (never inside a number)."""
    limit = start + MAX_SENTENCE
    soft = [m.end() for m in _SOFT_CUTS.finditer(text, start + MAX_SENTENCE // 2, limit)]
    if soft:
        return soft[-1]
    cut = limit
    while cut > start + MAX_SENTENCE // 2 and (text[cut - 1].isdigit() or text[cut - 1] == "."):
        cut -= 1
    return cut if cut > start + MAX_SENTENCE // 2 else limit


def _bounded(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for start, end in spans:
        while end - start > MAX_SENTENCE:
            cut = _cut(text, start)
            out.append((start, cut))
            start = cut
        out.append((start, end))
    return out


def split_sentences(text: str, sections: Sequence[Section] = ()) -> tuple[Sentence, ...]:
    """The sentences of ``text`` (spaces trimmed, empty ones dropped) with their section index.

    ``sections`` must be in document order, as ``find_sections`` returns them; a sentence belongs to
    the innermost section whose span holds its first character (-1 when none does).
    """
    out: list[Sentence] = []
    stack: list[int] = []
    j = 0
    heads = frozenset(s.start for s in sections)
    for start, end in _bounded(text, _spans(text, heads)):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start == end:
            continue
        while j < len(sections) and sections[j].start <= start:
            while stack and sections[stack[-1]].end <= sections[j].start:
                stack.pop()
            stack.append(j)
            j += 1
        while stack and sections[stack[-1]].end <= start:
            stack.pop()
        out.append(Sentence(start, end, stack[-1] if stack else -1))
    return tuple(out)
