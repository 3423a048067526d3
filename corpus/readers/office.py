"""Word documents: .docx with python-docx, .doc through LibreOffice when it is installed.

The body is read in order, paragraphs and tables interleaved as in the document. Automatic list
numbering is written out (一、 (一) 1.), since the headings of a summary are often such lists.
Tables become rows of tab-joined cells. A .docx is a zip: it is checked for bombs before parsing.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.errors import ReadError, UnsupportedFormat
from corpus.readers.encoding import normalise_newlines
from corpus.readers.numbering import Numbering
from corpus.records import Document

if TYPE_CHECKING:
    from corpus.readers import ReadOptions

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE_NAMES = ("soffice", "libreoffice")
INSTALL_HINT = "apt-get install libreoffice-writer"


def check_zip(path: Path, source: str, options: ReadOptions, kind: str) -> None:
    """Refuse empty files, non-zips and zip bombs before any XML parser sees them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(source, f"cannot open: {exc.strerror or exc}") from exc
    if size == 0:
        raise ReadError(source, "empty file (0 bytes)")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise ReadError(source, f"corrupt {kind} (not a valid zip package: {exc})") from exc
    unzipped = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if unzipped > options.max_unzipped_bytes:
        raise ReadError(
            source,
            f"refused as a zip bomb: {unzipped / (1 << 20):.0f} MB uncompressed "
            f"> {options.max_unzipped_bytes / (1 << 20):g} MB limit",
        )
    if unzipped / packed > options.max_zip_ratio:
        raise ReadError(
            source, f"refused as a zip bomb: compression ratio {unzipped / packed:.0f}:1 > {options.max_zip_ratio:g}:1"
        )


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, from its own properties or its style chain."""
    p_pr = paragraph._p.pPr
    num_pr = p_pr.numPr if p_pr is not None else None
    style = paragraph.style
    seen = 0
    while num_pr is None and style is not None and seen < 10:
        s_pr = style.element.pPr
        num_pr = s_pr.numPr if s_pr is not None else None
        style = style.base_style
        seen += 1
    if num_pr is None or num_pr.numId is None:
        return None
    ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
    return str(num_pr.numId.val), int(ilvl)


def _table_rows(table: Any) -> Iterator[str]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is returned once per grid column it spans
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text.replace("\n", " ").strip())
        if any(cells):
            yield "\t".join(cells)


def docx_text(document: Any) -> str:
    from docx.table import Table

    try:
        numbering = Numbering(document.part.numbering_part.element)
    except (KeyError, NotImplementedError):
        numbering = Numbering(None)
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_rows(block))
            continue
        text = block.text
        num = _num_pr(block)
        if num is not None and text.strip():
            text = numbering.label(*num) + text
        lines.append(text)
    return normalise_newlines("\n".join(line.rstrip() for line in lines)).strip()


def read_docx(path: Path, source: str, options: ReadOptions, *, fmt: str = "docx") -> Iterator[Document]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    check_zip(path, source, options, "Word document")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, XMLSyntaxError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(source, f"corrupt Word document: {exc}") from exc
    text = docx_text(document)
    if not text:
        raise ReadError(source, "no text in the document")
    title = (document.core_properties.title or "").strip()
    yield Document(source=source, text=text, format=fmt, meta={"title": title} if title else {})


def find_soffice() -> str | None:
    for name in SOFFICE_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


# What a file called .doc holds: Word 97–2003 (an OLE2 compound file) or RTF, which LibreOffice
# converts; a .docx or a web page saved under the old name, read as what it is. Anything else is
# refused before LibreOffice sees it (it would import any bytes as plain text: garbage as a report).
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def _doc_kind(path: Path, source: str) -> str:
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise ReadError(source, f"cannot open: {exc.strerror or exc}") from exc
    if not head:
        raise ReadError(source, "empty file (0 bytes)")
    if head.startswith(_OLE2) or head.startswith(b"{\\rtf") or b"MIME-Version:" in head[:200]:
        return "convert"
    if head.startswith(_ZIP):
        return "docx"
    if b"<html" in head.lower() or b"<!doctype html" in head.lower():
        return "html"
    raise ReadError(source, "not a Word document (its bytes are not those of a .doc, .docx, RTF or web page)")


def read_doc(path: Path, source: str, options: ReadOptions) -> Iterator[Document]:
    """Legacy Word 97–2003: converted to .docx by LibreOffice in a scratch folder, then read."""
    kind = _doc_kind(path, source)
    if kind == "docx":
        yield from read_docx(path, source, options, fmt="doc")
        return
    if kind == "html":
        from corpus.readers.html import read_html

        yield from read_html(path, source, options)
        return
    soffice = find_soffice()
    if soffice is None:
        raise UnsupportedFormat(
            source, f"reading .doc needs LibreOffice, which is not installed: {INSTALL_HINT} (or save it as .docx)"
        )
    if path.stat().st_size == 0:
        raise ReadError(source, "empty file (0 bytes)")
    with tempfile.TemporaryDirectory(prefix="zongjie-doc-") as tmp:
        profile = Path(tmp, "profile").as_uri()  # own profile: parallel conversions do not lock each other
        cmd = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
               "--outdir", tmp, str(path)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=options.convert_timeout)
        except subprocess.TimeoutExpired as exc:
            raise ReadError(source, f"LibreOffice took over {options.convert_timeout:g} s to convert it") from exc
        except (subprocess.CalledProcessError, OSError) as exc:
            raise ReadError(source, f"LibreOffice could not convert it: {exc}") from exc
        converted = Path(tmp, path.stem + ".docx")
        if not converted.exists():
            raise ReadError(source, "LibreOffice could not convert it (corrupt .doc?)")
        yield from read_docx(converted, source, options, fmt="doc")
