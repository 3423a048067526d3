"""Scraped web pages: the main text with its paragraph breaks, ``<title>`` as ``meta["title"]``.

Page furniture that HTML marks as such (script, style, nav, header, footer, aside, form) is dropped
here; furniture written as plain text (打印 / 关闭窗口 / 字号 大 中 小) is the cleaner's business.
Block elements become lines, table cells are joined by a tab. The charset comes from the page's own
``<meta>`` declaration when that decodes cleanly, else from detection.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from corpus.readers.encoding import check_text, decode, normalise_newlines
from corpus.readers.text import ENCODING_NAMES, read_bytes_limited
from corpus.records import Document

if TYPE_CHECKING:
    from bs4 import Tag

    from corpus.readers import ReadOptions

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Declared charsets that are subsets of what we decode with.
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}

_DROP = frozenset(
    "script style noscript template svg canvas iframe object embed nav header footer aside form "
    "button select input textarea head".split()
)
_BLOCK = frozenset(
    "p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd tr table thead tbody tfoot "
    "blockquote pre hr address figure figcaption center caption details summary".split()
)
_CELL = frozenset(("td", "th"))
# Whitespace holding a line break next to a Han character: a wrapped source line, not a space
# (Chinese has no spaces between words; browsers that insert one there are wrong for us).
_CJK = r"\u3400-\u9fff\u3000-\u303f\uff00-\uffef"
_WRAP_BY_HAN = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n\s*|\s*\n[ \t\r\f]*(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_LINE_EDGES = re.compile(r"[ \u00a0]*\n[ \u00a0]*")
_MANY_NEWLINES = re.compile(r"\n{2,}")
_EDGE_TABS = re.compile(r"^\t+|\t+$", re.MULTILINE)


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    return _CHARSET_ALIASES.get(name, name)


def decode_html(data: bytes, source: str) -> tuple[str, str]:
    declared = _declared_charset(data)
    if declared and not data.startswith(b"\xef\xbb\xbf"):
        try:
            text = data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration is common on old sites: fall back to detection
        else:
            check_text(text, source)
            return normalise_newlines(text), declared
    return decode(data, source)


def _walk(node: Tag, out: list[str]) -> None:
    import bs4
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    for child in node.children:
        if isinstance(child, NavigableString):
            if not isinstance(child, Comment | Declaration | Doctype | ProcessingInstruction):
                out.append(_SPACES.sub(" ", _WRAP_BY_HAN.sub("", str(child))))
            continue
        if not isinstance(child, bs4.Tag):
            continue
        name = child.name
        if name in _DROP:
            continue
        if name == "br":
            out.append("\n")
        elif name in _CELL:
            _walk(child, out)
            out.append("\t")
        elif name in _BLOCK:
            out.append("\n")
            _walk(child, out)
            out.append("\n")
        else:
            _walk(child, out)


def html_to_text(markup: str) -> tuple[str, str | None]:
    """``(main text, title)`` of an HTML page."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    root = soup.body or soup
    mains = root.find_all("main") or root.find_all("article")
    if len(mains) == 1:  # one marked main part: that is the text; several: a page of articles, keep all
        root = mains[0]
    out: list[str] = []
    _walk(root, out)
    text = _LINE_EDGES.sub("\n", "".join(out))
    text = _EDGE_TABS.sub("", text)
    text = _MANY_NEWLINES.sub("\n", text).strip()
    return text, title or None


def read_html(path: Path, source: str, options: ReadOptions) -> Iterator[Document]:
    from corpus.errors import ReadError

    data = read_bytes_limited(path, source, options.max_text_bytes)
    markup, encoding = decode_html(data, source)
    text, title = html_to_text(markup)
    if not text:
        raise ReadError(source, "no text in the page (only markup, scripts or navigation)")
    meta = {"title": title} if title else {}
    yield Document(
        source=source, text=text, format="html", meta=meta, encoding=ENCODING_NAMES.get(encoding, encoding)
    )
