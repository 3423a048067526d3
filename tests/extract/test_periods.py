"""The period each figure refers to (CONTRACT.md `period`), on texts written for these tests."""

from __future__ import annotations

import pytest

from corpus.articles import split_document
from corpus.records import Document
from extract.pipeline import extract_article

REPORT_2022 = """标题：2022年青岭县政府工作报告
发文单位：青岭县人民政府
发文时间：2022-01-10
正文：
各位代表：
现在，我代表县人民政府向大会报告政府工作，请予审议。
一、2021年工作回顾
过去一年，全县生产总值完成118.3亿元，比上年增长8.1%。预计一般公共预算收入9.6亿元。
“十三五”期间，全县生产总值年均增长7.2%，累计完成固定资产投资420亿元。
二、2022年工作安排
今年经济社会发展的主要预期目标是：生产总值增长7%左右，城镇新增就业3000人。
到2025年，全县生产总值达到160亿元。
"""

SUMMARY_H1 = """柳溪镇总工会2025年上半年工作总结
上半年，新建工会组织12家，发展会员860人，与去年同期的640人相比增长34%。
下半年工作打算
力争新建工会组织10家。
"""


def _figures(text: str) -> dict[tuple[float, str], tuple[str | None, bool]]:
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    return {(f.value, f.unit): (f.period, f.target) for f in extract_article(article).figures}


@pytest.mark.parametrize(
    ("value", "unit", "period", "target"),
    [
        (118.3, "亿元", "2021", False),  # the year reviewed
        (8.1, "%", "2021", False),
        (9.6, "亿元", "2021", False),  # 预计 in a review: an estimate of what happened
        (7.2, "%", "2016-2020", False),  # 十三五 average
        (420, "亿元", "2016-2020", False),  # 累计 over the plan
        (7, "%", "2022", True),  # the year's target
        (3000, "人", "2022", True),
        (160, "亿元", "2025", True),  # 到2025年
    ],
)
def test_government_report_periods(value: float, unit: str, period: str, target: bool) -> None:
    assert _figures(REPORT_2022)[(value, unit)] == (period, target)


def test_half_year_summary_periods() -> None:
    figs = _figures(SUMMARY_H1)
    assert figs[(12, "家")] == ("2025H1", False)
    assert figs[(860, "人")] == ("2025H1", False)
    assert figs[(640, "人")][0] == "2024H1"  # 去年同期: the same half of the year before
    assert figs[(10, "家")] == ("2025H2", True)  # the plan for the second half


def test_template_year_gives_no_period() -> None:
    text = "20xx年县总工会工作总结\n20xx年，全县新建工会组织38家，发展会员1200人。\n"
    assert {p for p, _ in _figures(text).values()} == {None}


def test_baseline_year_is_not_the_period() -> None:
    text = "2023年工作总结\n2023年，全区粮食产量比2020年增长12%，达到56万吨。\n"
    figs = _figures(text)
    assert figs[(12, "%")][0] == "2021-2023"  # growth accumulated since 2020: over the years after the base
    assert figs[(56, "万吨")][0] == "2023"  # the level reached


FIVE_YEARS = """标题：2021年青岭县政府工作报告
发文时间：2021-01-12
正文：
各位代表：
一、“十三五”时期工作回顾
过去五年，全县生产总值从2015年的80.5亿元增长到2020年的118.3亿元，年均增长7.9%；一般公共预算收入由5.2亿元增加到9.6亿元，是2015年的1.8倍。
"""


def test_from_a_to_b_in_a_five_year_review() -> None:
    figs = _figures(FIVE_YEARS)
    assert figs[(80.5, "亿元")][0] == "2015"
    assert figs[(118.3, "亿元")][0] == "2020"  # 到2020年: not the 2015 said of the start
    assert figs[(7.9, "%")][0] == "2016-2020"  # 年均 over the five years
    assert figs[(5.2, "亿元")][0] == "2015"  # the start of 由…增加到, in a five-year review
    assert figs[(9.6, "亿元")][0] == "2020"  # the level at the span's end
    assert figs[(1.8, "倍")][0] == "2016-2020"  # 是2015年的: a base year, not the period
