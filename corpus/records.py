"""The corpus layer's records: what readers yield and what cleaning/splitting makes of it.

``Document`` is one unit as read (a file, or a row of a tabular corpus). ``Article`` is one work
summary inside it, cleaned, normalised (simplified characters, half-width digits and punctuation) and
cut into ``Section`` and ``Sentence`` spans. Every span is a half-open ``[start, end)`` interval into
``Article.text``; ``Article.origin`` maps those offsets back into ``Document.text``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType

_EMPTY: Mapping[str, str] = MappingProxyType({})


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
    text every offset of every later record indexes.
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

    @property
    def chars(self) -> int:
        return len(self.text)

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
