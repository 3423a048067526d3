"""Numbers as written → numbers: Arabic, full-width (already half-width after normalisation),
Chinese numerals (cn2an), 百分之…, fractions 三分之一, and the decimal marks 1。5 / 1.5.

Results are cached: the same few numerals (两, 三, 十, 百分之八十) recur all through a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000, "万亿": 10**12, "千万": 10**7,
                "百万": 10**6, "十万": 10**5}


def multiplier(prefix: str) -> int:
    """The factor of a unit prefix such as 万 in 万元 or 亿 in 亿元 (1 when there is none)."""
    return _MULTIPLIERS.get(prefix, 1)


def tidy(value: float) -> float | int:
    """An integral float becomes an int; binary noise is rounded off (0.1*3 → 0.3)."""
    if type(value) is int:
        return value  # most figures (38家 × 1): round and the test below would give it back unchanged
    value = round(value, 10)
    return int(value) if value == int(value) else value


@lru_cache(maxsize=8192)
def parse_number(text: str) -> float | int | None:
    """The value of a number as written, or None when it is not one.

    >>> parse_number("1,025"), parse_number("1。5"), parse_number("两千三百"), parse_number("百分之八十")
    (1025, 1.5, 2300, 80)
    """
    s = text.strip().replace(",", "").replace("。", ".").replace("点", ".") if text else ""
    s = "".join(s.split()).replace("\u2009", "").replace("\u202f", "")  # 2 404: one number
    if not s:
        return None
    if s.startswith("百分之") or s.startswith("千分之"):
        return parse_number(text.strip()[3:])
    if "分之" in s:
        den, _, num = s.partition("分之")
        d, n = parse_number(den), parse_number(num)
        if d in (None, 0) or n is None:
            return None
        return tidy(n / d)
    try:
        return tidy(float(s))
    except ValueError:
        pass
    return _chinese(text.strip())


def _chinese(s: str) -> float | int | None:
    if s and s[0] in "十百千万亿":
        # 千余人, 百家之上, 十余次: a bare order of magnitude means one of it (十二 is cn2an's own case).
        s = ("一" + s) if s[0] != "十" else s
    s = s.replace("〇", "零").replace("幺", "一")
    if s and all(c in _PLAIN for c in s):
        n = _plain(s)
        return None if n is None else tidy(float(n))
    import cn2an

    try:
        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return tidy(float(v))


# cn2an.cn2an(s, "smart") for the numerals reports write (零一二…九两 十百千万亿, nothing else), without
# importing cn2an: its import compiles patterns for every mode, a quarter of a second of every run whose
# text has a numeral in words. The same steps as cn2an 0.5's, for these characters only; anything else
# (点, 负, 壹贰, digits mixed in) still goes to cn2an. tests/extract/test_numerals.py checks the two agree.
_NUM = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10000, "亿": 100000000}
_PLAIN = frozenset(_NUM) | frozenset(_UNIT)
_BIG_UNIT_MISSING_ZERO = re.compile("([万亿])([零一二两三四五六七八九][十百])")
_THOUSAND_MISSING_ZERO = re.compile("(千)([零一二两三四五六七八九]?十)")
_UNIT_MISSING_ONE = re.compile("(百)(十)")
_ZERO_BEFORE_THOUSAND = re.compile("(万)零(?=[零一二两三四五六七八九]千)")
_ALL_NUM = re.compile("^[零一二两三四五六七八九]+$")
_SPEAKING = re.compile("^([零一二两三四五六七八九]{0,2}[十百千万亿])+[零一二两三四五六七八九]$")


def _plain(s: str) -> int | None:
    """cn2an's smart mode on ``s`` made of _PLAIN characters only; None where cn2an raises."""
    s = s.replace("零十", "零一十").replace("零百", "零一百")
    s = _ZERO_BEFORE_THOUSAND.sub(r"\1", s)
    s = _BIG_UNIT_MISSING_ZERO.sub(r"\1零\2", s)
    s = _THOUSAND_MISSING_ZERO.sub(r"\1零\2", s)
    s = _UNIT_MISSING_ONE.sub(r"\1一\2", s)
    s = s.replace("零十", "零一十")
    if s == "零" or len(s) in _INT(s, 0):
        return _integer(s)
    if _ALL_NUM.match(s):  # 一二三: digit by digit
        return sum(_NUM[c] * 10 ** (len(s) - 1 - i) for i, c in enumerate(s))
    if len(s) >= 3 and _SPEAKING.match(s):  # 一万二, 两千三: the last digit counts the unit below the last
        below = _UNIT[s[-2]] // 10
        if below not in _UNIT.values():
            return None
        return _integer(s + next(k for k, v in _UNIT.items() if v == below))
    return None


def _integer(s: str) -> int:
    """cn2an's ``__integer_convert``."""
    out = 0
    unit = 1
    ten_thousand_unit = 1
    for index, c in enumerate(reversed(s)):
        if c in _NUM:
            out += _NUM[c] * unit
        else:
            unit = _UNIT[c]
            if unit % 10000 == 0:
                if unit > ten_thousand_unit:
                    ten_thousand_unit = unit
                else:
                    ten_thousand_unit = unit * ten_thousand_unit
                    unit = ten_thousand_unit
            if unit < ten_thousand_unit:
                unit = unit * ten_thousand_unit
            if index == len(s) - 1:
                out += unit
    return int(out)


# cn2an's pattern of a well-formed integer (normal mode) as a grammar: each rule maps a string and a
# start to the ends of its matches there (cn2an's pattern spells the rules out inline, 100 KB of regex).
Rule = Callable[[str, int], frozenset[int]]


def _chars(chars: str) -> Rule:
    return lambda s, i: frozenset((i + 1,)) if i < len(s) and s[i] in chars else frozenset()


def _seq(*rules: Rule) -> Rule:
    def match(s: str, i: int) -> frozenset[int]:
        ends = frozenset((i,))
        for rule in rules:
            ends = frozenset(j for k in ends for j in rule(s, k))
            if not ends:
                break
        return ends

    return match


def _alt(*rules: Rule) -> Rule:
    return lambda s, i: frozenset().union(*(rule(s, i) for rule in rules))


def _opt(rule: Rule) -> Rule:
    return lambda s, i: rule(s, i) | {i}


def _grammar() -> Rule:
    d, zero = _chars("一二两三四五六七八九"), _chars("零")
    ten, hundred, thousand, wan, yi = (_chars(u) for u in "十百千万亿")
    n10_99 = _seq(_opt(d), ten, _opt(d))
    n10_99_with_one = _seq(d, ten, _opt(d))
    n1_99 = _alt(n10_99, d)
    n100_999 = _alt(_seq(d, hundred, _opt(_seq(zero, d))), _seq(d, hundred, n10_99_with_one))
    n1_999 = _alt(n100_999, n1_99)
    n1000_9999 = _alt(_seq(d, thousand, _opt(_seq(zero, n1_99))), _seq(d, thousand, n100_999))
    n1_9999 = _alt(n1000_9999, n1_999)
    n1e4_1e8 = _alt(_seq(n1_9999, wan, _opt(_seq(zero, n1_999))), _seq(n1_9999, wan, n1000_9999))
    n1_1e8 = _alt(n1e4_1e8, n1_9999)
    n1e8_1e16 = _alt(_seq(n1_1e8, yi, _opt(_seq(zero, n1_1e8))), _seq(n1_1e8, yi, n1e4_1e8))
    return _alt(n1e8_1e16, n1_1e8)


_INT = _grammar()
