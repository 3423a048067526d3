"""Document → Articles: normalise, clean, split, then sections, sentences and metadata.

The whole document is normalised first (``corpus.normalise``: same length, so its offsets are the
original's), furniture lines are dropped (``corpus.clean``), a page holding several summaries is cut
at its piece markers (``corpus.split``), and each article gets its heading tree
(``corpus.sections``), sentences (``corpus.sentences``) and metadata (``corpus.meta``).

``Article.text`` is the article's normalised text without the furniture; ``Article.origin`` maps
each of its offsets back into ``Document.text`` (a new run wherever a line was dropped), so
``normalise(doc.text[article.origin.to_original(i)]) == article.text[i]`` for every ``i``.
``Article.display`` is the same cut of the document converted to simplified characters only (its own
punctuation and full-width characters kept): what people read, at the same offsets.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from itertools import pairwise
from pathlib import PurePath

from corpus.clean import Line, clean_lines, dropped_tail
from corpus.header import read_header
from corpus.lexicons import load
from corpus.meta import describe, find_org
from corpus.normalise import to_halfwidth, to_simplified
from corpus.periods import arabic_years
from corpus.records import Article, Document, OffsetMap
from corpus.sections import find_sections
from corpus.sentences import split_sentences
from corpus.split import find_articles, is_title


def assemble(text: str, lines: Sequence[Line]) -> tuple[str, OffsetMap]:
    """Join kept lines (each with its newline) into one text, and map it back to ``text``.

    The first line starts at its first non-space character; blank lines at the end are dropped.
    """
    last = max((k for k, line in enumerate(lines) if line.text), default=-1)
    pieces: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    length = 0
    prev_end = -1
    for k, line in enumerate(lines[: last + 1]):
        start = line.body if k == 0 else line.start
        end = line.body + len(line.text) if k == last else min(line.end + 1, len(text))
        if end <= start:
            continue
        if start != prev_end:
            norm_starts.append(length)
            orig_starts.append(start)
        pieces.append(text[start:end])
        length += end - start
        prev_end = end
    if not norm_starts:
        return "", OffsetMap.identity()
    return "".join(pieces), OffsetMap(tuple(norm_starts), tuple(orig_starts))


# Running text a page's footer and related-articles list never hold: past this, what cleaning drops
# after the last kept line is said in a note (a file of many reports joined would otherwise shrink
# to its first report without a word).
TAIL_NOTE_CHARS = 2000


def split_document(doc: Document, on_note: Callable[[str], None] | None = None) -> list[Article]:
    """The work summaries held by ``doc``, cleaned, normalised and annotated; pure.

    A page of one summary gives one article whose ``source`` is the document's; a page of several
    gives one per summary, ``source`` + ``#article=N`` (0-based). A document with no text left after
    cleaning gives none. ``on_note`` hears of running text dropped at the end of the page.
    """
    simplified = to_simplified(doc.text)
    norm = to_halfwidth(simplified)
    header = read_header(norm)
    lines = clean_lines(norm)
    if on_note is not None:
        line, first, running = dropped_tail(doc.text, lines)  # same offsets; quoted as written
        if running >= TAIL_NOTE_CHARS:
            on_note(
                f"{doc.source}: the text after line {line} ({first[:20]!r}: {running:,} characters of running "
                "text) is taken for the page's footer and skipped; split a file of several reports joined "
                "together into one file per report"
            )
    if header.body:
        lines = [line for line in lines if line.start >= header.body]
    # A tabular corpus's columns win over a header block, which wins over guesses from the text.
    meta = {**header.meta, **doc.meta} if header.meta else doc.meta
    # A header block says the file is one report: what the splitter would take for several articles (a
    # repeated 政府工作报告 line, a page's 重要讲话 blocks) is that report, and a second copy of it is cut.
    starts = [] if header.meta else find_articles(lines)
    if starts:
        pieces = [(s.line, e.line, s.title) for s, e in pairwise(starts)]
        pieces.append((starts[-1].line, len(lines), starts[-1].title))
    else:
        first = next((k for k, line in enumerate(lines) if line.text), len(lines))
        heading = None
        if first < len(lines) and is_title(text := lines[first].text, dated=text.strip() == header.over):
            heading = text
        elif first < len(lines):
            heading = _two_line_title(lines, first) or _period_title(lines[first].text)
        pieces = [(first, len(lines), heading)]
    kept = drop_repeats(lines, pieces)
    if on_note is not None:
        ahead = _chars(lines, [(0, pieces[0][0], None)]) if pieces else 0
        if ahead >= TAIL_NOTE_CHARS:
            on_note(
                f"{doc.source}: {ahead:,} characters before its first article (at line "
                f"{norm.count(chr(10), 0, lines[pieces[0][0]].start) + 1}) are taken for the page's head and skipped"
            )
        repeated = _chars(lines, pieces) - _chars(lines, kept)
        if repeated:
            on_note(
                f"{doc.source}: {repeated:,} characters repeat text earlier in the file (a report pasted twice) "
                "and are read once"
            )
    parts = [list(lines[i:j]) for i, j, _ in kept]
    headings = [h for _, _, h in kept]
    return _articles(doc, norm, simplified, parts, headings, meta)


# the second line of a title set on two: 关于2025年前三季度工作情况的报告, 2019年工作总结, 二〇一六年工作总结
_TITLE_SECOND = re.compile(r"关于|(?:19|20)\d\d\s*年")


@cache
def _period_head() -> re.Pattern[str]:
    """A line opening on the part of the year it reports: the title words of meta.yaml's periods, or 1-N月."""
    words = "|".join(sorted(load("corpus.lexicons", "meta.yaml")["periods"], key=len, reverse=True))
    return re.compile(rf"(?:(?:19|20)\d\d\s*年)?(?:{words}|1\s*[-—–~至]\s*(?:[2-9]|1[01])\s*月)")


def _period_title(line: str) -> str | None:
    """The first line as a title when it names the part of the year it reports (前三季度全县经济运行稳中有进) and
    reads as a title would under a dateline: short, no sentence in it."""
    line = line.strip()
    return line if _period_head().match(line) and is_title(line, dated=True) else None


def _two_line_title(lines: Sequence[Line], first: int) -> str | None:
    """A title set on two lines, the issuer over what it is (锦屏高新区工会联合会 / 关于2025年前三季度工作情况的报告):
    the two read as one."""
    nxt = next((k for k in range(first + 1, min(first + 3, len(lines))) if lines[k].text), None)
    if nxt is None:
        return None
    top, second = lines[first].text.strip(), lines[nxt].text.strip()
    if not is_title(top, dated=True) or not _TITLE_SECOND.match(arabic_years(second)) or not is_title(second):
        return None
    # an issuer over its title reads as one (…工会联合会关于…的报告); a site's name over it (…人民政府网) is no part of it
    issuer, _, _ = find_org(top)
    return top + second if issuer and top.endswith(issuer) else second


def _chars(lines: Sequence[Line], pieces: list[tuple[int, int, str | None]]) -> int:
    return sum(len(line.text) for i, j, _ in pieces for line in lines[i:j])


def _compact(lines: Sequence[Line]) -> str:
    return "".join("".join(line.text.split()) for line in lines)


def drop_repeats(
    lines: Sequence[Line], pieces: list[tuple[int, int, str | None]]
) -> list[tuple[int, int, str | None]]:
    """The pieces without those that repeat an earlier one (a page or a file holding its text twice).

    A piece repeats an earlier one when its opening and its close (200 characters each, spaces
    ignored) both stand in an earlier piece: an archive that pasted a report twice gives one set of figures.
    """
    kept: list[tuple[int, int, str | None]] = []
    texts: list[str] = []
    for piece in pieces:
        piece = (piece[0], _repeat_start(lines, piece[0], piece[1]), piece[2])
        text = _compact(lines[piece[0] : piece[1]])
        if not text:
            continue
        head, tail = text[:200], text[-200:]
        if any(head in t and tail in t for t in texts):
            continue
        kept.append(piece)
        texts.append(text)
    return kept


def _repeat_start(lines: Sequence[Line], i: int, j: int) -> int:
    """Where the text of ``lines[i:j]`` starts over (an archive page holding its report twice), else ``j``.

    Each of the first five lines of 30 characters or more is looked for again; the piece starts over
    where one recurs and the 300 characters from each place agree.
    """
    anchors = [k for k in range(i, j) if len(lines[k].text) >= 30][:5]
    for first in anchors:
        line = lines[first].text
        opening = _compact(lines[first : first + 40])[:300]
        for k in range(first + 1, j):
            if lines[k].text != line:
                continue
            again = _compact(lines[k : min(j, k + 40)])[:300]
            if len(again) >= 60 and opening.startswith(again):
                back = 0  # the lines before the repeated one that repeat the piece's own opening lines
                while (
                    first - back - 1 >= i
                    and k - back - 1 > first
                    and lines[k - back - 1].text == lines[first - back - 1].text
                ):
                    back += 1
                return k - back
    return j


def _file_title(source: str) -> str:
    """A file's name as a title (its stem; an archive's member keeps its own name), in simplified characters."""
    name = PurePath(source.split("#", 1)[0]).stem
    return to_simplified(name) if any("\u4e00" <= c <= "\u9fff" for c in name) else ""


def _title_as_written(title: str | None, text: str, display: str) -> str | None:
    """The title as the article writes it; a title from the container (a column, a page's <title>, a
    header block) in simplified characters."""
    if not title:
        return title
    k = text.find(title)
    return display[k : k + len(title)] if k >= 0 else to_simplified(title)


def _articles(
    doc: Document,
    norm: str,
    simplified: str,
    parts: list[list[Line]],
    headings: list[str | None],
    meta: Mapping[str, str],
) -> list[Article]:
    """``simplified`` is the document as written in simplified characters, ``norm`` the same normalised:
    one length, so each article's display is cut from it by the same lines."""
    articles = []
    for n, (part, heading) in enumerate(zip(parts, headings, strict=True)):
        text, origin = assemble(norm, part)
        if not text:
            continue
        display, _ = assemble(simplified, part)
        about = describe(text, heading, meta, _file_title(doc.source))
        sections = find_sections(text)
        articles.append(
            Article(
                source=f"{doc.source}#article={n}" if len(parts) > 1 else doc.source,
                text=text,
                display=display,
                title=_title_as_written(about.title, text, display),
                org=about.org,
                level=about.level,
                year=about.year,
                period=about.period,
                template=about.template,
                blanks=about.blanks,
                sections=sections,
                sentences=split_sentences(text, sections),
                origin=origin,
                meta=meta,
            )
        )
    return articles
