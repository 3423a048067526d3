"""Pages holding several summaries are cut at their piece markers, and only there."""

from __future__ import annotations

import pytest

from corpus.articles import split_document
from corpus.clean import clean_lines
from corpus.records import Document
from corpus.split import chinese_number, find_articles

PARA = "上半年,我镇工会围绕中心、服务大局,组织职工开展劳动竞赛6场,参赛职工420人次,走访困难职工35户。" * 5


def _titles(text: str) -> list[str | None]:
    return [s.title for s in find_articles(clean_lines(text))]


@pytest.mark.parametrize(
    ("page", "titles"),
    [
        (f"工会总结多篇\n【第1篇】镇工会上半年工作总结\n{PARA}\n【第2篇】镇工会工作总结范文\n{PARA}\n",
         ["镇工会上半年工作总结", "镇工会工作总结范文"]),
        (f"第一篇:村工会工作总结\n{PARA}\n第二篇:村工会工作汇报\n{PARA}\n第三篇:村工会年度小结\n{PARA}",
         ["村工会工作总结", "村工会工作汇报", "村工会年度小结"]),
        (f"篇一\n{PARA}\n篇二\n{PARA}", [None, None]),
        (f"乡镇工会工作总结1\n{PARA}\n乡镇工会工作总结2\n{PARA}\n乡镇工会工作总结3\n{PARA}",
         ["乡镇工会工作总结1", "乡镇工会工作总结2", "乡镇工会工作总结3"]),
        (f"  工会年度工作总结 1\n{PARA}\n  工会年度工作总结 2\n{PARA}", ["工会年度工作总结 1", "工会年度工作总结 2"]),
        (f"街道工会工作总结\n{PARA}\n街道工会工作总结\n{PARA}", ["街道工会工作总结", "街道工会工作总结"]),
    ],
)
def test_markers(page, titles):
    assert _titles(page) == titles


@pytest.mark.parametrize(
    "page",
    [
        f"镇工会工作总结\n{PARA}\n第2篇\n{PARA}",  # out of sequence: no 第1篇
        f"镇工会工作总结2\n{PARA}",  # one numbered title is not a series
        f"镇工会工作总结\n镇工会工作总结\n{PARA}",  # a title printed twice with nothing between
        f"1.镇工会工作总结\n{PARA}\n一、主要做法\n{PARA}",
    ],
)
def test_no_split(page):
    assert len(split_document(Document(source="p.txt", text=page, format="txt"))) == 1


def test_sources_and_starts():
    page = f"网站首页 个人文档 个人总结 工作总结 述职报告\n【第1篇】A镇工会工作总结\n{PARA}\n【第2篇】B镇工会工作总结\n{PARA}"
    articles = split_document(Document(source="page.html", text=page, format="html"))
    assert [a.source for a in articles] == ["page.html#article=0", "page.html#article=1"]
    assert [a.title for a in articles] == ["A镇工会工作总结", "B镇工会工作总结"]
    for a in articles:
        start = a.origin.to_original(0)
        assert page[start:].startswith("【第")
        assert a.text.startswith("【第") and not a.text.endswith("\n")


@pytest.mark.parametrize(("s", "n"), [("3", 3), ("十", 10), ("十二", 12), ("二十", 20), ("二十三", 23), ("两", 2), ("廿", None)])
def test_chinese_number(s, n):
    assert chinese_number(s) == n
