"""``--like REPORT``: last year's summary with this year's figures where last year's stood.

The report keeps its structure and phrasing. Each of its figures is matched to a data figure by
canonical indicator (or, failing that, by indicator wording, see ``fill.similarity``) within the same
unit family; the number (and the unit, when the data's differs) is replaced. A report figure with no
new value is never silently kept: its number becomes ``××`` and a note names it. The report's year
becomes the data's year and its organisation the data's.
"""

from __future__ import annotations

import re
from pathlib import Path

from corpus.records import Article
from generate.data import DraftData, Quantity, chinese_date
from generate.errors import DataError
from generate.fill import similarity
from generate.phrases import format_number, unit_family
from generate.plan import Block, Draft, Piece, TextBuilder

STALE = "××"
_WORDING_THRESHOLD = 0.5
_HEADING1 = re.compile(r"^\s*[一二三四五六七八九十]+、")
_HEADING2 = re.compile(r"^\s*[(（][一二三四五六七八九十]+[)）]")
_HEADING3 = re.compile(r"^\s*\d+[、.．]")
_DATE_LINE = re.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日\s*$")


def read_report(path: str | Path) -> Article:
    """The first article of a report in any readable format (``corpus.load``)."""
    from corpus import load
    from corpus.records import Failure

    for item in load([str(path)]):
        if isinstance(item, Failure):
            raise DataError(str(path), item.reason)
        return item
    raise DataError(str(path), "no text found")


def _match(fig: object, pool: list[Quantity]) -> Quantity | None:
    family = unit_family(fig.unit)  # type: ignore[attr-defined]
    same = [q for q in pool if unit_family(q.unit) == family]
    canonical = getattr(fig, "canonical", None)
    for q in same:
        if canonical and q.key == canonical:
            return q
    wording = getattr(fig, "indicator", None) or ""
    scored = sorted(((similarity(wording, q.indicator), i) for i, q in enumerate(same)), reverse=True)
    if scored and scored[0][0] >= _WORDING_THRESHOLD:
        return same[scored[0][1]]
    return None


def redraft(article: Article, data: DraftData) -> Draft:
    """Last year's ``article`` with ``data``'s figures put where its own stood; notes for the rest."""
    from extract import extract_article

    text = article.text
    figures = sorted(
        (f for f in extract_article(article).figures if f.value is not None and not f.placeholder),
        key=lambda f: f.start,
    )
    pool = [q for q in data.figures if q.indicator != "参加"]
    b = TextBuilder()
    notes: list[str] = []
    pos = 0
    for f in figures:
        if f.start < pos:
            continue
        q = _match(f, pool)
        b.add(text[pos : f.start])
        old_unit_end = f.end + len(f.unit) if text.startswith(f.unit, f.end) else f.end
        if q is None:
            b.add(STALE)
            notes.append(
                f"no new value for {f.indicator or '?'} {format_number(f.value)}{f.unit} ({f.sentence[:30]}…)"
            )
            pos = f.end
            continue
        pool.remove(q)
        number = format_number(q.value)
        if q.unit != f.unit and old_unit_end > f.end:
            b.add_figure(q, number + q.unit, 0, len(number))
            pos = old_unit_end
        else:
            b.add_figure(q, number, 0, len(number))
            pos = f.end
    b.add(text[pos:])
    new_text, pieces = b.build()
    new_text = _retarget(new_text, article, data)
    unused = [q for q in pool]
    notes += [
        f"data figure not in the report: {q.indicator} {format_number(q.value)}{q.unit}" for q in unused
    ]
    return Draft(_blocks(new_text, pieces, data), tuple(notes))


def _retarget(text: str, article: Article, data: DraftData) -> str:
    """Same-length swaps only (so figure offsets hold): the year, then the organisation."""
    new_year = (data.period or "")[:4]
    if article.year and new_year.isdigit() and len(new_year) == 4:
        text = text.replace(f"{article.year}年", f"{new_year}年")
    if article.org and len(article.org) == len(data.org):
        text = text.replace(article.org, data.org)
    return text


def _blocks(text: str, pieces: tuple[Piece, ...], data: DraftData) -> tuple[Block, ...]:
    blocks: list[Block] = []
    offset = 0
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for i, line in enumerate(lines):
        end = offset + len(line)
        mine = tuple(
            Piece(p.figure, p.start - offset, p.end - offset) for p in pieces if offset <= p.start < end
        )
        offset = end + 1
        if not line.strip():
            continue
        if i == first:
            kind = "title"
        elif _DATE_LINE.match(line):
            kind = "date"
        elif _HEADING1.match(line):
            kind = "heading1"
        elif _HEADING2.match(line):
            kind = "heading2"
        elif _HEADING3.match(line) and len(line) < 40:
            kind = "heading3"
        else:
            kind = "body"
        blocks.append(Block(kind, line, mine))
    if data.signature and data.signature.date and not any(b.kind == "date" for b in blocks):
        blocks += [Block("signature", data.signature.org), Block("date", chinese_date(data.signature.date))]
    return tuple(blocks)
