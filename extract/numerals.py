"""Numbers as written → numbers: Arabic, full-width (already half-width after normalisation),
Chinese numerals (cn2an), 百分之…, fractions 三分之一, and the decimal marks 1。5 / 1.5.

Results are cached: the same few numerals (两, 三, 十, 百分之八十) recur all through a corpus.
"""

from __future__ import annotations

from functools import lru_cache

_MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "亿": 100_000_000, "万亿": 10**12, "千万": 10**7,
                "百万": 10**6, "十万": 10**5}


def multiplier(prefix: str) -> int:
    """The factor of a unit prefix such as 万 in 万元 or 亿 in 亿元 (1 when there is none)."""
    return _MULTIPLIERS.get(prefix, 1)


def tidy(value: float) -> float | int:
    """An integral float becomes an int; binary noise is rounded off (0.1*3 → 0.3)."""
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
    import cn2an

    if s and s[0] in "十百千万亿":
        # 千余人, 百家之上, 十余次: a bare order of magnitude means one of it (十二 is cn2an's own case).
        s = ("一" + s) if s[0] != "十" else s
    s = s.replace("〇", "零").replace("幺", "一")
    try:
        v = cn2an.cn2an(s, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return tidy(float(v))
