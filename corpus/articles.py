"""Document → Articles: normalise, clean, split, then sections, sentences and metadata.

The whole document is normalised first (``corpus.normalise``: same length, so its offsets are the
original's), furniture lines are dropped (``corpus.clean``), a page holding several summaries is cut
at its piece markers (``corpus.split``), and each article gets its heading tree
(``corpus.sections``), sentences (``corpus.sentences``) and metadata (``corpus.meta``).

``Article.text`` is the article's normalised text without the furniture; ``Article.origin`` maps
each of its offsets back into ``Document.text`` (a new run wherever a line was dropped), so
``normalise(doc.text[article.origin.to_original(i)]) == article.text[i]`` for every ``i``.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from corpus.clean import Line, clean_lines
from corpus.meta import describe
from corpus.normalise import normalise
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


def split_document(doc: Document) -> list[Article]:
    """The work summaries held by ``doc``, cleaned, normalised and annotated; pure.

    A page of one summary gives one article whose ``source`` is the document's; a page of several
    gives one per summary, ``source`` + ``#article=N`` (0-based). A document with no text left after
    cleaning gives none.
    """
    norm = normalise(doc.text)
    lines = clean_lines(norm)
    starts = find_articles(lines)
    if starts:
        bounds = [(s.line, e.line, s.title) for s, e in pairwise(starts)]
        bounds.append((starts[-1].line, len(lines), starts[-1].title))
    else:
        first = next((k for k, line in enumerate(lines) if line.text), len(lines))
        heading = lines[first].text if first < len(lines) and is_title(lines[first].text) else None
        bounds = [(first, len(lines), heading)]
    articles = []
    for n, (i, j, heading) in enumerate(bounds):
        text, origin = assemble(norm, lines[i:j])
        if not text:
            continue
        meta = describe(text, heading, doc.meta)
        sections = find_sections(text)
        articles.append(
            Article(
                source=f"{doc.source}#article={n}" if len(bounds) > 1 else doc.source,
                text=text,
                title=meta.title,
                org=meta.org,
                level=meta.level,
                year=meta.year,
                period=meta.period,
                template=meta.template,
                blanks=meta.blanks,
                sections=sections,
                sentences=split_sentences(text, sections),
                origin=origin,
                meta=doc.meta,
            )
        )
    return articles
