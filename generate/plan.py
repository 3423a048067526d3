"""The draft plan: blocks of text in reading order, and where every data figure stands in them.

``Draft.text`` is the blocks joined by newlines; ``Placed.start``/``end`` are half-open offsets of the
number into that text (the same convention as ``extract``'s figures), so every figure in a draft is
traceable back to the data figure it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from generate.data import Quantity

# Block kinds, in the order a 工作总结 uses them.
KINDS = ("title", "opening", "heading1", "heading2", "heading3", "body", "signature", "date")


@dataclass(frozen=True, slots=True)
class Piece:
    """A figure written into a block: its number at ``[start, end)`` of the block's text."""

    figure: Quantity
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    kind: str
    text: str
    pieces: tuple[Piece, ...] = ()
    section: str = ""  # the topic this block belongs to ("" for title, opening, signature)


@dataclass(frozen=True, slots=True)
class Placed:
    """A data figure and the span of its number in ``Draft.text``."""

    figure: Quantity
    block: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Draft:
    blocks: tuple[Block, ...]
    notes: tuple[str, ...] = field(default=())
    review: tuple[str, ...] = field(default=())  # places a person must look at before it is sent

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def title(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "title"), "")

    @property
    def placed(self) -> tuple[Placed, ...]:
        out = []
        offset = 0
        for i, b in enumerate(self.blocks):
            out += [Placed(p.figure, i, offset + p.start, offset + p.end) for p in b.pieces]
            offset += len(b.text) + 1
        return tuple(out)

    def with_notes(self, *notes: str) -> Draft:
        return replace(self, notes=self.notes + tuple(notes))

    def with_review(self, *items: str) -> Draft:
        return replace(self, review=self.review + tuple(i for i in items if i not in self.review))


class TextBuilder:
    """Concatenates strings and figures, remembering where each figure's number lands."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._pieces: list[Piece] = []

    def add(self, text: str) -> TextBuilder:
        self._parts.append(text)
        self._len += len(text)
        return self

    def add_figure(self, figure: Quantity, phrase: str, number_start: int, number_end: int) -> TextBuilder:
        self._pieces.append(Piece(figure, self._len + number_start, self._len + number_end))
        return self.add(phrase)

    def extend(self, text: str, pieces: tuple[Piece, ...]) -> TextBuilder:
        self._pieces += [Piece(p.figure, self._len + p.start, self._len + p.end) for p in pieces]
        return self.add(text)

    def build(self) -> tuple[str, tuple[Piece, ...]]:
        return "".join(self._parts), tuple(self._pieces)

    def __len__(self) -> int:
        return self._len
