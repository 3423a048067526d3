"""A statistical communiqué as county statistics bureaus publish it (text written for this test): page
furniture first, then the title, the bureau and its date; every figure is of the year it reports, and a
change since the end of last year measures the level before it."""

from __future__ import annotations

from corpus import split_articles
from corpus.records import Document
from extract import extract_article

TEXT = """首页 > 统计数据 > 统计公报
发布时间：2016-03-18 来源：县统计局 浏览次数：1024
东山县2015年国民经济和社会发展统计公报
东山县统计局
2016年3月18日
2015年，面对复杂多变的经济形势，全县上下攻坚克难，经济社会保持平稳健康发展。
一、综合
初步核算，全年实现地区生产总值120.5亿元，按可比价格计算，比上年增长8.1%。年末全县户籍人口51.2万人，比上年末增加0.3万人。
二、农业
全年粮食总产量30.6万吨，比上年增长2.1%。
"""


def test_every_figure_is_of_the_year_reported() -> None:
    (article,) = split_articles(Document(source="gongbao.txt", text=TEXT, format="text"))
    got = [(f.value, f.indicator, f.period, f.target) for f in extract_article(article).figures]
    assert got == [
        (120.5, "地区生产总值", "2015", False),
        (8.1, "地区生产总值", "2015", False),
        (51.2, "户籍人口", "2015", False),  # 年末全县 says when and where, not what
        (0.3, "户籍人口", "2015", False),
        (30.6, "粮食总产量", "2015", False),
        (2.1, "粮食总产量", "2015", False),
    ]
