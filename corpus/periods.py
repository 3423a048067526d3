"""Periods and dates in the two ways they are written: the records' codes and the words people use.

``2025`` ↔ 2025年 (2025年度, 2025全年), ``2025H1`` ↔ 2025年上半年, ``2025Q3`` ↔ 2025年第三季度 (三季度,
第3季度), spans ``2016-2020`` ↔ 2016—2020年, dates ``2025-07-01`` ↔ 2025年7月1日. Pure functions over str; the period words come from
the metadata lexicon (``lexicons/meta.yaml``), shared with the titles' reading in ``corpus.meta``.
"""

from __future__ import annotations

import re
from functools import cache

CODE = re.compile(r"^(?P<year>\d{4})(?:(?P<half>H[12])|(?P<quarter>Q[1-4]))?$")
SPAN = re.compile(r"^(?P<a>\d{4})\s*[-–—~至到]\s*(?P<b>\d{4})$")
_QUARTER_WORDS = ("第一季度", "第二季度", "第三季度", "第四季度")
_YEAR_WORDS = ("年度", "全年", "年")
_WRITTEN = re.compile(r"^(?P<year>\d{4})\s*(?:年度?|全年)?\s*(?P<rest>.*?)\s*$")
_DIGIT_QUARTER = re.compile(r"^第?(?P<n>[1-4])季度$")


@cache
def _words() -> dict[str, str]:
    from corpus.meta import _lexicon

    return dict(_lexicon().periods)


def period_words() -> dict[str, str]:
    """The words of a part of a year and their codes: 上半年 → H1, 三季度 → Q3 (``lexicons/meta.yaml``)."""
    return _words()


def period_label(period: str | int | None) -> str:
    """``2025`` → 2025年, ``2025H1`` → 2025年上半年, ``2025Q3`` → 2025年第三季度, ``2016-2020`` →
    2016—2020年; None → ''; anything else as it is."""
    if period is None or period == "":
        return ""
    text = str(period)
    if m := SPAN.match(text):
        return f"{m['a']}—{m['b']}年"
    m = CODE.match(text)
    if not m:
        return text
    year = m["year"] + "年"
    if m["half"]:
        return year + ("上半年" if m["half"] == "H1" else "下半年")
    if m["quarter"]:
        return year + _QUARTER_WORDS[int(m["quarter"][1]) - 1]
    return year


def parse_period(text: str | int | None) -> str | None:
    """The code of a period written either way: 2025年上半年 → ``2025H1``, 2025年第三季度 → ``2025Q3``,
    2025年度 → ``2025``, 2016—2020年 → ``2016-2020``, ``2025Q3`` → ``2025Q3``. None when it is not one."""
    if text is None:
        return None
    s = str(text).strip()
    if CODE.match(s):
        return s
    if m := SPAN.match(s.removesuffix("年").replace("年", "")):
        return f"{m['a']}-{m['b']}"
    m = _WRITTEN.match(s)
    if not m:
        return None
    rest = m["rest"]
    if not rest or rest in _YEAR_WORDS:
        return m["year"]
    if code := _words().get(rest):
        return m["year"] + code
    if q := _DIGIT_QUARTER.match(rest):
        return f"{m['year']}Q{q['n']}"
    return None


# What may follow 2023年 when the year is a deadline, not when (2025年前, 2025年以前, 2025年底前): not 2023年前三季度,
# 2023年前两个月, the first part of that year.
NOT_DEADLINE = r"(?!前(?![一二三两]季度|[一二三四五六七八九十两\d]+个月)|以前|底前)"

_CN_YEAR_DIGITS = str.maketrans("〇零○O0一二三四五六七八九", "00000123456789")
_CN_YEAR = re.compile(r"[一二][〇零○O0一二三四五六七八九]{3}(?=\s*年)")
_CN_YEAR_STARTS = ("一九", "二〇", "二零", "二○", "二O", "二0")  # 1900–2099: a cheap test before the pattern


def arabic_years(text: str) -> str:
    """Years written in Chinese numerals as digits, the length kept: 二〇〇六年 → 2006年, 二00八年 → 2008年
    (offsets in the result are offsets in ``text``). Other numerals are left alone."""
    if "年" not in text or not any(start in text for start in _CN_YEAR_STARTS):
        return text
    return _CN_YEAR.sub(lambda m: y if (y := m.group().translate(_CN_YEAR_DIGITS))[:2] in ("19", "20") else m.group(), text)


# A year written with two digits in a title (13年教育统计报表分析, 15年上半年工作总结, 09年工会工作总结): only before
# the words a dated title goes on with, only 2000–2029 or 1985–1999, and not after what makes it a number of years
# (从教25年, 工作15年, 建校20年, 25年党龄).
_SHORT_YEAR = re.compile(
    r"(?<![\d.０-９A-Za-z教龄满近职任作这来事干])(?<!建厂|建校|建会|成立)(?P<yy>[0-2]\d|8[5-9]|9\d)(?!\s*年党龄)(?=\s*年(?:度|上半年|下半年|全年|第|[一二三四]季度|前三季度|[春秋]季"
    r"|\d{1,2}月|工作|教育|统计|年终|终|述职|个人|总结|学年|工会|财务|党))"
)


def full_years(title: str) -> str:
    """A title's two-digit years written out: 13年教育统计报表分析 → 2013年教育统计报表分析 (the length changes: only
    for reading a title's date, never for offsets)."""
    if "年" not in title:
        return title
    return _SHORT_YEAR.sub(lambda m: ("19" if m["yy"] >= "85" else "20") + m["yy"], title)


_ISO_DATE = re.compile(r"^(?P<y>\d{4}|-)-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?$")
_CHINESE_DATE = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?$")


def chinese_date(iso: str) -> str:
    """``2025-07-01`` → 2025年7月1日; ``--03-06`` → 3月6日; ``2025-03`` → 2025年3月."""
    m = _ISO_DATE.match(iso)
    if not m:
        return iso
    year = "" if m["y"] == "-" else f"{m['y']}年"
    day = f"{int(m['d'])}日" if m["d"] else ""
    return f"{year}{int(m['m'])}月{day}"


def iso_date(written: str) -> str | None:
    """``chinese_date`` undone: 2025年7月1日 → ``2025-07-01``, 3月6日 → ``--03-06``; None when it is not one."""
    m = _CHINESE_DATE.match(written.strip())
    if not m or (m["y"] is None and m["d"] is None):
        return None
    month = f"{int(m['m']):02d}"
    if m["y"] is None:
        return f"--{month}-{int(m['d']):02d}"
    return f"{m['y']}-{month}" + (f"-{int(m['d']):02d}" if m["d"] else "")
