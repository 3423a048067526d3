"""The corpus layer's records: what readers yield and what cleaning/splitting makes of it.

``Document`` is one unit as read (a file, or a row of a tabular corpus). ``Article`` is one work
summary inside it, cleaned, normalised (simplified characters, half-width digits and punctuation) and
cut into ``Section`` and ``Sentence`` spans. Every span is a half-open ``[start, end)`` interval into
``Article.text``; ``Article.origin`` maps those offsets back into ``Document.text``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

_EMPTY: Mapping[str, str] = MappingProxyType({})
_PLACE = re.compile(r"#(row|article)=(\d+)")
_PLACE_WORDS = {"row": "行", "article": "篇"}
_PLACE_LABEL = re.compile(r" 第(\d+)(行|篇)")


def source_label(source: str | None) -> str:
    """A source as people say it: ``各县.csv#row=0`` → ``各县.csv 第1行``, ``页.html#article=1`` → ``页.html 第2篇``."""
    if not source:
        return ""
    return _PLACE.sub(lambda m: f" 第{int(m[2]) + 1}{_PLACE_WORDS[m[1]]}", source)


def source_of_label(label: str | None) -> str | None:
    """``source_label`` undone: ``各县.csv 第1行`` → ``各县.csv#row=0``."""
    if not label:
        return label
    kinds = {v: k for k, v in _PLACE_WORDS.items()}
    return _PLACE_LABEL.sub(lambda m: f"#{kinds[m[2]]}={int(m[1]) - 1}", label)


@dataclass(frozen=True, slots=True)
class Document:
    """One readable unit: a file, or one row of a CSV/JSONL/Parquet/XLSX corpus.

    ``source`` is the path as the user gave it, plus ``#row=N`` for a row of a tabular corpus.
    ``text`` is the decoded text exactly as read (tables flattened to lines, HTML to its main text).
    ``meta`` carries what the container said about it (columns of a row, an HTML ``<title>``, docx core
    properties): keys such as ``org``, ``title``, ``year``, ``date``.
    """

    source: str
    text: str
    format: str
    meta: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map from offsets in a normalised text to offsets in the text it came from.

    Normalisation is character for character, so the map is a list of runs: run ``i`` starts at
    ``norm_starts[i]`` in the normalised text and at ``orig_starts[i]`` in the original, and runs
    one to one until the next run begins. Cleaning (dropping furniture lines) starts a new run.
    """

    norm_starts: tuple[int, ...]
    orig_starts: tuple[int, ...]

    @staticmethod
    def identity(offset: int = 0) -> OffsetMap:
        return OffsetMap((0,), (offset,))

    def to_original(self, pos: int) -> int:
        """The offset in the original text of normalised offset ``pos``."""
        i = bisect_right(self.norm_starts, pos) - 1
        if i < 0:
            i = 0
        return self.orig_starts[i] + (pos - self.norm_starts[i])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span; an empty span maps to an empty span."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the text it governs.

    ``start``/``end`` cover the heading line and its body. ``level`` counts from 1 (一、) down to the
    deepest run-in heading (一是…). ``path`` is the heading chain from the top, each heading shortened
    to its first clause, e.g. ``("四、积极协调劳动关系", "一是…")``.
    """

    start: int
    end: int
    level: int
    heading: str
    path: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span and the index of the innermost section that holds it (-1 for none)."""

    start: int
    end: int
    section: int = -1


@dataclass(frozen=True, slots=True)
class Article:
    """One work summary, ready for extraction.

    ``source`` adds ``#article=N`` when its Document held several. ``text`` is normalised and is the
    text every offset of every later record indexes (matching reads it). ``display`` is the same text as
    written, only converted to simplified characters: same length, same offsets, the source's own
    punctuation and full-width characters (，（一）：). It is what people read: records' sentences, spans,
    titles and sections are cut from it (``written``). An Article made by hand without one shows ``text``.
    """

    source: str
    text: str
    title: str | None = None
    org: str | None = None
    level: str | None = None
    year: int | None = None
    period: str | None = None
    template: bool = False
    blanks: int = 0
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    origin: OffsetMap = field(default_factory=OffsetMap.identity)
    meta: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    display: str | None = None

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def shown(self) -> str:
        """The text as written (``display``), or ``text`` where there is no display of the same length."""
        d = self.display
        return d if d is not None and len(d) == len(self.text) else self.text

    def written(self, start: int, end: int) -> str:
        """``[start, end)`` of the text as written, stripped of the spaces ``text`` has around it."""
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return self.shown[start:end]

    def as_written(self, normalised: str | None, before: int | None = None) -> str | None:
        """A string found in ``text`` (a heading, a title), as written: the last occurrence that starts
        before ``before`` (the first one when ``before`` is None); unchanged where it is not in the text."""
        if not normalised or self.shown is self.text:
            return normalised
        if before is None:
            k = self.text.find(normalised)
        else:
            k = self.text.rfind(normalised, 0, before + len(normalised))
            if k < 0:
                k = self.text.find(normalised)
        return normalised if k < 0 else self.shown[k : k + len(normalised)]

    def section_path(self, sentence: Sentence) -> tuple[str, ...]:
        return self.sections[sentence.section].path if sentence.section >= 0 else ()

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding offset ``pos`` (binary search over sentence starts)."""
        starts = [s.start for s in self.sentences]
        i = bisect_right(starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def record(self) -> dict[str, object]:
        """The contract's ``type: "document"`` record: the fields of ``DocumentRecord``."""
        return {"type": "document", **{f.name: getattr(self, f.name) for f in fields(DocumentRecord)}}


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    """The contract's ``type: "document"`` record: what an Article says about its document, these fields
    in this order (``Article.record()`` fills them from the Article's attributes of the same names)."""

    source: str
    title: str | None
    org: str | None
    level: str | None
    year: int | None
    period: str | None
    chars: int
    template: bool


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be read or processed: reported on one line, stored, never fatal."""

    source: str
    stage: str  # "read" | "split" | "extract" | "write"
    reason: str

    def message(self) -> str:
        return f"{self.source}: {self.reason}"
