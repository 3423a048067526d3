"""Word's automatic list numbering rendered as the text a reader sees: 一、 (一) 1. ① …

In a .docx the numbers of a numbered list are not in the text; they live in ``numbering.xml`` as a
format (``decimal``, ``chineseCounting`` …) and a pattern (``%1、``, ``（%1）``, ``%1.%2``). The
headings of a work summary are very often such lists, and the section finder needs them, so we
count paragraphs the way Word does and write the label in front of the paragraph text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from corpus.numerals import chinese_numeral

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
          (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _letters(n: int) -> str:
    # Word repeats the letter: a … z, aa … zz.
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _roman(n: int) -> str:
    out = []
    for value, sym in _ROMAN:
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _cycle(alphabet: str) -> Callable[[int], str]:
    return lambda n: alphabet[(n - 1) % len(alphabet)] if n > 0 else str(n)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({c: c + 0xFEE0 for c in range(0x30, 0x3A)}),
    "decimalHalfWidth": str,
    "chineseCounting": chinese_numeral,
    "chineseCountingThousand": chinese_numeral,
    "chineseLegalSimplified": lambda n: chinese_numeral(n).translate(str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")),
    "ideographDigital": lambda n: "".join(_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": _cycle(_TIANGAN),
    "ideographZodiac": _cycle(_DIZHI),
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n),
    "decimalEnclosedParen": lambda n: f"({n})",
    "lowerLetter": _letters,
    "upperLetter": lambda n: _letters(n).upper(),
    "lowerRoman": _roman,
    "upperRoman": lambda n: _roman(n).upper(),
}


@dataclass(frozen=True, slots=True)
class _Level:
    fmt: str
    pattern: str
    start: int


class Numbering:
    """Counts numbered paragraphs of one document and renders their labels."""

    def __init__(self, numbering_element: Any | None) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}  # numId → ilvl → level
        self._abstract_of: dict[str, str] = {}
        self._counters: dict[str, list[int]] = {}
        if numbering_element is None:
            return
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in numbering_element.iter(f"{_W}abstractNum"):
            abstracts[abstract.get(f"{_W}abstractNumId")] = {
                int(lvl.get(f"{_W}ilvl", "0")): _level(lvl) for lvl in abstract.iter(f"{_W}lvl")
            }
        for num in numbering_element.iter(f"{_W}num"):
            abstract_id = _val(num.find(f"{_W}abstractNumId"))
            if abstract_id is None or abstract_id not in abstracts:
                continue
            levels = dict(abstracts[abstract_id])
            for override in num.iter(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                lvl = override.find(f"{_W}lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = _val(override.find(f"{_W}startOverride"))
                if start is not None and ilvl in levels:
                    old = levels[ilvl]
                    levels[ilvl] = _Level(old.fmt, old.pattern, int(start))
            num_id = num.get(f"{_W}numId")
            self._levels[num_id] = levels
            self._abstract_of[num_id] = abstract_id

    def label(self, num_id: str, ilvl: int) -> str:
        """The label of the next paragraph in list ``num_id`` at level ``ilvl`` ('' for none/bullets)."""
        levels = self._levels.get(num_id)
        if not levels or ilvl not in levels or num_id == "0":
            return ""
        counters = self._counters.setdefault(num_id, [lv.start - 1 for _, lv in sorted(levels.items())])
        while len(counters) <= ilvl:
            counters.append(0)
        counters[ilvl] += 1
        for deeper in range(ilvl + 1, len(counters)):  # a new item restarts the levels below it
            counters[deeper] = levels[deeper].start - 1 if deeper in levels else 0
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""
        text = level.pattern
        for i in range(ilvl + 1):
            lv = levels.get(i)
            if lv is None:
                continue
            fmt = FORMATS.get(lv.fmt if i == ilvl else ("decimal" if lv.fmt not in FORMATS else lv.fmt), str)
            text = text.replace(f"%{i + 1}", fmt(max(counters[i], lv.start)))
        return text


def _val(el: Any | None) -> str | None:
    return None if el is None else el.get(f"{_W}val")


def _level(lvl: Any) -> _Level:
    start = _val(lvl.find(f"{_W}start"))
    return _Level(
        fmt=_val(lvl.find(f"{_W}numFmt")) or "decimal",
        pattern=_val(lvl.find(f"{_W}lvlText")) or "",
        start=int(start) if start is not None else 1,
    )
