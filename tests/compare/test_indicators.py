"""Wording → canonical indicator: synonyms, prefixes, growth, modifiers, sub-regions."""

from __future__ import annotations

import pytest

from compare.indicators import analyse, as_growth, canonical_name, char_f1, similarity


@pytest.mark.parametrize(
    ("wording", "canonical", "growth", "extra"),
    [
        ("地区生产总值增长", "地区生产总值增长", True, ""),
        ("GDP增长", "地区生产总值增长", True, ""),
        ("经济增长", "地区生产总值增长", True, ""),
        ("全省生产总值增长", "地区生产总值增长", True, ""),
        ("全市地区生产总值", "地区生产总值", False, ""),
        ("规上工业增加值增长", "规模以上工业增加值增长", True, ""),
        ("南疆五地州地区生产总值", "地区生产总值", False, "南疆五地州"),
        ("县域经济增长", "地区生产总值增长", True, "县域"),
        ("人均地区生产总值", None, False, "人均"),
        ("地区生产总值年均增长", None, True, ""),
        ("新建工会", "新建工会组织", False, ""),
    ],
)
def test_analyse(wording: str, canonical: str | None, growth: bool, extra: str) -> None:
    w = analyse(wording)
    assert (w.canonical, w.growth, w.extra) == (canonical, growth, extra)


@pytest.mark.parametrize(
    ("query", "candidate", "matches"),
    [
        ("地区生产总值增长", as_growth("全省地区生产总值"), True),  # growth stated as change on the level
        ("地区生产总值增长", "GDP增长", True),
        ("地区生产总值增长", "地区生产总值年均增长", False),  # five-year average: another indicator
        ("地区生产总值增长", "人均地区生产总值增长", False),
        ("地区生产总值增长", "地区生产总值", False),  # the level, not its growth
        ("地区生产总值增长", "咖啡产值增长", False),
        ("新建工会组织", "新建基层工会组织", True),  # unknown to the lexicon, close in characters
        ("新建工会组织", "新增会员", False),
    ],
)
def test_similarity(query: str, candidate: str, matches: bool) -> None:
    assert (similarity(analyse(query), analyse(candidate)) >= 0.6) is matches


def test_char_f1_and_names() -> None:
    assert char_f1("慰问金", "发放慰问金") == pytest.approx(2 * 1 * 0.6 / 1.6)
    assert canonical_name("全省城镇新增就业") == "城镇新增就业"
    assert canonical_name("职工书屋") == "职工书屋"
