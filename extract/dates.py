"""Calendar dates in a sentence (4月10日, 2024年3月8日, 5月, 5-6月) and their ISO form.

A date is found where a month is written with digits or Chinese numerals: ``4月10日``, ``四月十日``,
``2024年3月8日``, ``5月``, ``4月底``, ``5-6月``, ``3月8日至10日``. Holidays in quotes ("五一"前夕,
"三八") are not dates: they have no month. ``xx年4月`` keeps the year unknown even when the report's
year is known, because the blank hides it.

``resolve`` turns a date into the contract's form: ``YYYY-MM-DD``, ``YYYY-MM``, ``--MM-DD`` when the
year is unknown, and ``--MM`` for a month with no known year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_NUM = r"[一二三四五六七八九十]{1,3}"
_MONTH = rf"(?:1[0-2]|0?[1-9]|{_CN_NUM})"
_DAY = rf"(?:3[01]|[12][0-9]|0?[1-9]|{_CN_NUM})"
# A year is four digits, two digits, or an anonymised blank (xx, XX, ××, 20xx).
_YEAR = r"(?:(?P<year>(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})|(?P<blank>(?:20)?[xX×＊*]{2}))年"

DATE_PATTERN = re.compile(
    rf"(?:{_YEAR})?"
    rf"(?P<month>{_MONTH})(?:\s*[-—~～至到]\s*(?P<month2>{_MONTH}))?月份?"
    rf"(?:(?P<day>{_DAY})(?:\s*[-—~～至到]\s*(?P<day2>{_DAY}))?[日号]"
    r"|(?P<part>上旬|中旬|下旬|初|底|中下旬|末))?"
)
# Digits just before the month mean the match started inside a longer number (15月 of 2015月?).
_DIGIT_BEFORE = re.compile(r"[0-9.一二三四五六七八九十百千万第]$")
# A Chinese-numeral month without a day is taken only when 份/初/底/旬 follows (三月份, 十月底):
# bare 一月, 三月 occur inside names and idioms too often.
_CN_MONTH_ONLY = re.compile(rf"^{_CN_NUM}月$")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date as written: ``[start, end)`` in the text it was found in."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None = None
    is_range: bool = False
    year_blank: bool = False  # xx年4月10日: the year was anonymised

    def resolve(self, default_year: int | None) -> str:
        """ISO form, using ``default_year`` when the text gives none (a blank year stays unknown)."""
        year = self.year if self.year is not None or self.year_blank else default_year
        if self.day is None:
            return f"{year:04d}-{self.month:02d}" if year else f"--{self.month:02d}"
        return f"{year:04d}-{self.month:02d}-{self.day:02d}" if year else f"--{self.month:02d}-{self.day:02d}"


def cn_int(text: str) -> int | None:
    """A small number in digits or Chinese numerals (十, 十二, 二十三, 〇六) → int, else None."""
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGITS for ch in text):
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    if "十" in text and text.count("十") == 1:
        tens, _, ones = text.partition("十")
        t = 1 if not tens else _CN_DIGITS.get(tens)
        o = 0 if not ones else _CN_DIGITS.get(ones)
        if t is None or o is None:
            return None
        return t * 10 + o
    return None


def find_dates(text: str) -> list[DateMention]:
    """Every calendar date in ``text`` with a valid month (and day), in order."""
    found: list[DateMention] = []
    for m in DATE_PATTERN.finditer(text):
        start = m.start()
        if start and _DIGIT_BEFORE.search(text[max(0, start - 1) : start]) and not m.group("year"):
            continue
        if m.group("day") is None and m.group("part") is None and _CN_MONTH_ONLY.match(m.group(0)):
            continue
        month = cn_int(m.group("month"))
        if month is None or not 1 <= month <= 12:
            continue
        day = cn_int(m.group("day")) if m.group("day") else None
        if day is not None and not 1 <= day <= 31:
            continue
        year: int | None = None
        if m.group("year"):
            year = cn_int(m.group("year"))
        found.append(
            DateMention(
                start=start,
                end=m.end(),
                text=m.group(0),
                year=year,
                month=month,
                day=day,
                is_range=bool(m.group("month2") or m.group("day2")),
                year_blank=bool(m.group("blank")),
            )
        )
    return found
