"""Numbers as written → numbers: numerals in words read without importing cn2an, as cn2an reads them."""

from __future__ import annotations

import itertools
import random

import pytest

from extract.numerals import _chinese, _plain, parse_number, tidy

_PLAIN_CHARS = "零一二三四五六七八九两十百千万亿"


def _cn2an(s: str) -> float | int | None:
    import cn2an

    try:
        return tidy(float(cn2an.cn2an(s, "smart")))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _mine(s: str) -> float | int | None:
    v = _plain(s)
    return None if v is None else tidy(float(v))


def test_plain_numerals_read_as_cn2an_reads_them() -> None:
    """Every string of up to three of the characters, every numeral cn2an writes up to 1,000 and
    some large ones (with 两 for 二, and cut or with a character slipped in), long random strings:
    the same value as cn2an's smart mode, and None where cn2an raises."""
    import cn2an

    cases = ["".join(t) for k in (1, 2, 3) for t in itertools.product(_PLAIN_CHARS, repeat=k)]
    rnd = random.Random(7)
    for n in [*range(1_000), *(rnd.randrange(10**16) for _ in range(300))]:
        w = cn2an.an2cn(n)
        j = rnd.randrange(len(w))
        cases += [w, w.replace("二", "两"), w[:j], w[j:], w[:j] + rnd.choice(_PLAIN_CHARS) + w[j:]]
    cases += ["".join(rnd.choice(_PLAIN_CHARS) for _ in range(rnd.randrange(4, 12))) for _ in range(1_000)]
    wrong = [
        (s, _mine(s), _cn2an(s)) for s in cases if (_mine(s), type(_mine(s))) != (_cn2an(s), type(_cn2an(s)))
    ]
    assert not wrong[:20]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("两千三百", 2300),
        ("千", 1000),
        ("十五", 15),
        ("一二三", 123),
        ("万亿", 10**12),
        ("三千亿", 3 * 10**11),
        ("一万二", 12000),
        ("两千三", 2300),
        ("万亿两", None),
        ("十二万零三百", 120300),
        ("三点五", 3.5),
        ("百分之八十", 80),
        ("三分之一", 0.3333333333),
    ],
)
def test_numerals_in_words(text: str, value: float | None) -> None:
    assert parse_number(text) == value
    assert _chinese(text) == value or "分之" in text
