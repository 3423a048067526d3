"""Numbers as Chinese numerals, the one way zongjie writes them: 12 → 十二, 105 → 一百零五 (cn2an)."""

from __future__ import annotations


def chinese_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五, 12345 → 一万二千三百四十五; zero and below as digits."""
    if n <= 0:
        return str(n)
    import cn2an

    return str(cn2an.an2cn(n))
