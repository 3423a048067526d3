"""Sentences of an article, each tied to its innermost section.

A sentence ends at ``。！？；`` (and their half-width forms, which normalisation produces) or at a
line break, but never inside ``“…”``, ``《…》``, ``（…）``/``(…)``, ``【…】`` or ``"…"``. A bracket
left open does not swallow a paragraph: a line break closes everything, and an opener still
unclosed after ``MAX_OPEN`` characters is given up at the next sentence end. A sentence that ends
inside a closing quote (他说:“好。”) ends right after it. A run of text with no sentence end (a table
flattened into one line, a cell of digits) is cut into pieces of at most ``MAX_SENTENCE`` characters,
after a comma or a space where there is one: every record quotes its sentence, so an unbounded one
would cost memory in proportion to the text times its figures.

One pass over the punctuation only (``re.finditer``), so it runs at regex speed on long texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpus.records import Section, Sentence

_CLOSER = {"“": "”", "《": "》", "（": "）", "(": ")", "【": "】", "「": "」", "『": "』"}
_CLOSERS = frozenset(_CLOSER.values())
_ENDS = frozenset("。！？；!?;")
_MARKS = re.compile(r'[。！？；!?;\n“”《》（）()【】「」『』"]')
_QUOTE_CLOSERS = frozenset('”"」』')
_TRAILING_CLOSERS = "”’》）)】」』\""
MAX_OPEN = 300
MAX_SENTENCE = 1000
_SOFT_CUTS = re.compile(r"[，,、 ]")


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    open_: list[tuple[str, int]] = []  # expected closer, where it opened
    for m in _MARKS.finditer(text):
        c = m.group()
        i = m.start()
        if c == "\n":
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
    for start, end in _bounded(text, _spans(text)):
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
