"""Document → Articles: clean, split, normalise, find sections, sentences and metadata.

(First cut: one article per document, normalised; cleaning and splitting come next.)
"""

from __future__ import annotations

from corpus.normalise import normalise
from corpus.records import Article, Document, OffsetMap


def split_document(doc: Document) -> list[Article]:
    text = normalise(doc.text)
    return [Article(source=doc.source, text=text, origin=OffsetMap.identity(), meta=doc.meta)]
