"""Numbers as Chinese numerals: section numbers of drafts and Word's chineseCounting lists alike."""

from __future__ import annotations

import pytest

from corpus.numerals import chinese_numeral


@pytest.mark.parametrize(
    ("n", "text"),
    [(1, "一"), (9, "九"), (10, "十"), (11, "十一"), (12, "十二"), (20, "二十"), (21, "二十一"), (100, "一百"),
     (105, "一百零五"), (110, "一百一十"), (1001, "一千零一"), (12345, "一万二千三百四十五"), (0, "0")],
)
def test_chinese_numeral(n: int, text: str) -> None:
    assert chinese_numeral(n) == text


def test_years_in_chinese_numerals_become_digits_in_place() -> None:
    from corpus.periods import arabic_years

    assert arabic_years("二〇〇六年，在市委") == "2006年，在市委"
    assert arabic_years("二00八年工作回顾") == "2008年工作回顾"
    assert arabic_years("二〇二三年十二月") == "2023年十二月"
    assert arabic_years("三〇〇〇年") == "三〇〇〇年"  # not a year of ours
    assert arabic_years("一二三四年") == "一二三四年"
