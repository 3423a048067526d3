"""PDF with a text layer: text in reading order, tables as rows of tab-joined cells.

The checks that come before parsing are cheap and give the clear reasons: not a PDF at all, a file
cut short (no ``%%EOF``), encrypted with a password. A PDF whose pages hold no characters is a scan:
refused with the advice to OCR it, never read as an empty document.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import ReadError
from corpus.readers.encoding import normalise_newlines
from corpus.records import Document

if TYPE_CHECKING:
    from corpus.readers import ReadOptions

_EOF_WINDOW = 2048
_SPACE_RUNS = re.compile(r"[ \t]+\n")
# pdfminer writes a glyph its font does not map to Unicode as "(cid:123)". A few are symbols; many
# mean the text layer is unusable (a font without ToUnicode, or a damaged font object).
_CID = re.compile(r"\(cid:\d+\)")
_MAX_CID_SHARE = 0.05
# Titles that PDF producers write when the author gave none.
_NO_TITLE = frozenset(("", "untitled", "无标题", "microsoft word"))


def _brief(exc: BaseException) -> str:
    """A parser error on one line, short: pdfminer may quote kilobytes of the broken object."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:120]}{'…' if len(text) > 120 else ''}"


def _check_container(path: Path, source: str) -> None:
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - _EOF_WINDOW))
            tail = fh.read()
    except OSError as exc:
        raise ReadError(source, f"cannot open: {exc.strerror or exc}") from exc
    if size == 0:
        raise ReadError(source, "empty file (0 bytes)")
    if b"%PDF-" not in head:
        raise ReadError(source, "not a PDF (no %PDF header)")
    if b"%%EOF" not in tail:
        raise ReadError(source, "truncated or corrupt PDF (no %%EOF at the end)")


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _page_text(page: Any) -> str:
    """One page: lines outside tables and table rows, merged by their vertical position."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    body = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    pieces: list[tuple[float, str]] = [(line["top"], line["text"]) for line in body.extract_text_lines()]
    for table in tables:
        rows = ["\t".join((cell or "").replace("\n", "") for cell in row) for row in table.extract()]
        pieces.append((table.bbox[1], "\n".join(r for r in rows if r.strip())))
    pieces.sort(key=lambda p: p[0])
    return "\n".join(text for _, text in pieces if text.strip())


def read_pdf(path: Path, source: str, options: ReadOptions) -> Iterator[Document]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    _check_container(path, source)
    # pdfminer logs every odd font descriptor; the outcome is reported once, as a ReadError or not.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages: list[str] = []
    chars = 0
    try:
        with pdfplumber.open(path) as pdf:
            meta = {k.lower(): str(v) for k, v in (pdf.metadata or {}).items() if k in ("Title", "Author")}
            for page in pdf.pages:
                chars += len(page.chars)
                pages.append(_page_text(page))
                page.close()  # frees the page's parsed objects: long reports stay small in memory
    except (PdfminerException, PDFPasswordIncorrect, PDFEncryptionError) as exc:
        cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise ReadError(source, "encrypted PDF (password protected); decrypt it first") from exc
        raise ReadError(source, f"corrupt PDF: {_brief(cause)}") from exc
    except (ValueError, KeyError, TypeError) as exc:  # pdfminer's reaction to some malformed objects
        raise ReadError(source, f"corrupt PDF: {_brief(exc)}") from exc
    if chars == 0:
        raise ReadError(source, f"no text layer (scanned?): {len(pages)} page(s) without characters; OCR it first")
    text = normalise_newlines("\n".join(p for p in pages if p))
    text = _SPACE_RUNS.sub("\n", text).strip()
    unmapped = len(_CID.findall(text))
    if unmapped > _MAX_CID_SHARE * chars:
        raise ReadError(
            source, f"text layer without Unicode mapping: {unmapped} of {chars} glyphs unreadable (damaged or"
            " subset fonts); OCR it or export the text again",
        )
    text = _CID.sub("", text)
    if not text:
        raise ReadError(source, "no text layer (scanned?): no readable characters; OCR it first")
    meta = {k: v.strip() for k, v in meta.items() if k == "title" and v.strip().lower() not in _NO_TITLE}
    yield Document(source=source, text=text, format="pdf", meta=meta)
