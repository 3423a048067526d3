"""A header block of ``key：value`` lines at the top of a text: archives and scrapers write them.

    标题：2022年青岭县政府工作报告
    发文单位：青岭县人民政府
    发文时间：2022-01-10
    正文：

Such lines are data about the document, like a spreadsheet's columns: they give its title,
organisation and date, they win over what the text or the file name suggests, and they are not
part of the report (no title, no figure is read from them). The keys are data
(``lexicons/header.yaml``). The block must open the text (blank lines aside) and hold at least two
known keys, so a report line that happens to start with 时间： is never taken for one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from corpus.clean import furniture
from corpus.lexicons import load

_DATE = re.compile(r"((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2}))?")


@dataclass(frozen=True, slots=True)
class Header:
    """What a header block says (meta keys as a tabular corpus's columns give them) and where the body starts."""

    meta: Mapping[str, str]
    body: int  # offset of the first character after the block (after the 正文： line)
    over: str | None = None  # the line a page's dateline stands under: the report's title, whatever its words


NO_HEADER = Header(MappingProxyType({}), 0)


@cache
def _keys() -> tuple[dict[str, str], frozenset[str], re.Pattern[str]]:
    raw = load("corpus.lexicons", "header.yaml")
    names = {str(name): key for key, words in raw["keys"].items() for name in words}
    body = frozenset(raw["body"])
    alternation = "|".join(re.escape(n) for n in sorted([*names, *body], key=len, reverse=True))
    line = re.compile(rf"[ \t\u3000]*(?P<key>{alternation})[ \t\u3000]*[:：][ \t\u3000]*(?P<value>[^\n]*)")
    return names, body, line


def iso_date(value: str) -> str | None:
    """2019-01-14, 2019年1月14日, 2019.1.14 → ``2019-01-14``; a year and month → ``2019-01``."""
    m = _DATE.search(value)
    if not m:
        return None
    year, month, day = m.group(1), int(m.group(2)), m.group(3)
    if not 1 <= month <= 12:
        return None
    return f"{year}-{month:02d}-{int(day):02d}" if day and 1 <= int(day) <= 31 else f"{year}-{month:02d}"


def read_header(text: str, *, max_lines: int = 12) -> Header:
    """The header block opening ``text``, or ``NO_HEADER``."""
    names, body_keys, line_re = _keys()
    meta: dict[str, str] = {}
    pos, seen, known = 0, 0, 0
    body = 0
    while pos < len(text) and seen < max_lines:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        line = text[pos:end]
        nxt = end + 1
        if not line.strip():
            pos = nxt
            continue
        m = line_re.fullmatch(line)
        if not m:
            break
        seen += 1
        key, value = m["key"], m["value"].strip()
        if key in body_keys:
            body = nxt if not value else pos + m.start("value")
            known += 1
            break
        known += 1
        meta_key = names[key]
        if value and meta_key not in meta:
            meta[meta_key] = value
        body = min(nxt, len(text))
        pos = nxt
    if known < 2:
        return _dateline(text, line_re)
    if "date" in meta and (iso := iso_date(meta["date"])):
        # the block's date dates the report after what its title or signature says (标题：合川市2020年统计公报 /
        # 发文时间：2021-03-15 is of 2020), before what the text is left to suggest
        meta["issued"] = iso
    return Header(MappingProxyType(meta), body)


def _dateline(text: str, line_re: re.Pattern[str]) -> Header:
    """The line of ``key：value`` pairs a scraped page puts under its title (华锐机械…工会年度工作总结 /
    发布时间：2018-01-09　来源：公司工会办公室): its date dates a report that states no year of its own. The line stays
    in the text (the title above it is the report's); it counts only with a date that parses, as the line's first key."""
    lines = [line.strip() for line in text[:_DATELINE_READ].split("\n") if line.strip()]
    # (under the page's furniture: 首页 > 统计分析 > 月度分析 / 【字体：大 中 小】 【打印本页】)
    f = furniture()
    ahead = next((k for k, line in enumerate(lines[:4]) if not (f.line.fullmatch(line) or f.head.fullmatch(line))), 0)
    lines = lines[ahead : ahead + 2]
    if len(lines) < 2 or line_re.fullmatch(lines[0]):
        return NO_HEADER
    segments = _PAIR_GAP.split(lines[1].strip())
    pairs = [line_re.fullmatch(pair) for pair in segments]
    if not pairs[0] or not all(p or _OTHER_PAIR.fullmatch(s) for p, s in zip(pairs, segments, strict=True)):
        return NO_HEADER  # not a line of pairs: report text that happens to hold a key
    first = pairs[0]
    assert first is not None
    date = first["value"].strip()
    if first["key"] not in _ISSUED or not (iso := iso_date(date)):
        return NO_HEADER  # 时间:2023-05-06 17:12:18: when a page was posted, not when the report was issued
    # the date alone, and no year: a year the title or the text states wins (a communiqué on 2015 issued in 2016)
    return Header(MappingProxyType({"date": iso}), 0, lines[0])


_DATELINE_READ = 400  # the title and the line under it
_ISSUED = frozenset({"发文时间", "发文日期", "发布时间", "发布日期", "成文日期", "印发日期"})  # not a bare 时间, 日期
_OTHER_PAIR = re.compile(r"[\u4e00-\u9fff]{1,6}\s*[:：][^:：]{0,30}")  # 点击数： beside the date: the page's, unread
_PAIR_GAP = re.compile(r"[ \t]{2,}|\u3000+")
