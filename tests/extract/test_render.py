"""The `show` page: records highlighted in place, text escaped, self-contained."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from corpus.records import Article
from extract.records import Activity, Figure
from extract.render import Part, build_page, render
from tests.grounding import figure_at

TEXT = "5月18日举办了全市职工乒乓球比赛,参赛职工120人。<script>alert(1)</script>新建工会组织38家。"


def _fig(number: str, unit: str, indicator: str, **extra: object) -> Figure:
    return figure_at(TEXT, number, unit, indicator, canonical=indicator, section="一、组织建设", **extra)


FIGS = (_fig("120", "人", "参赛职工"), _fig("38", "家", "新建工会组织", approx="over", target=True))
ACT = Activity(
    source="invented.txt",
    start=0,
    end=TEXT.index(","),
    date="2006-05-18",
    action="举办",
    event="全市职工乒乓球比赛",
)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.stack: list[str] = []
        self.marks: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("meta", "br", "hr", "link"):  # void elements never close
            self.stack.append(tag)
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "div" in self.stack and "article" in self.stack:
            self.text.append(data)
        if self.stack and self.stack[-1] == "mark":
            self.marks.append(data)


def _page() -> str:
    return render(
        [Part(Article(source="invented.txt", text=TEXT, title="某工会总结"), FIGS, (ACT,))], "某工会总结"
    )


def test_the_text_reads_back_exactly_and_numbers_are_marked() -> None:
    parser = _Collect()
    parser.feed(_page())
    # Everything inside the article (title, meta line, text) parses back; the body text is whole.
    assert TEXT in "".join(parser.text)
    assert parser.marks == ["120", "38"]
    assert ("mark", {"class": "fig", "id": "f0"}) in parser.tags
    assert ("mark", {"class": "fig target", "id": "f1"}) in parser.tags


def test_document_text_is_escaped() -> None:
    page = _page()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hover_data_carries_the_fields_in_chinese() -> None:
    page = _page()
    payload = re.search(r'<script type="application/json" id="zongjie-data">(.*?)</script>', page, re.S)
    assert payload is not None
    data = json.loads(payload.group(1))
    assert (
        data["figures"][1].items()
        >= {
            "数值": 38,
            "计量单位": "家",
            "约数": "以上",
            "指标": "新建工会组织",
            "规范指标名": "新建工会组织",
            "目标或实际": "目标",
            "章节": "一、组织建设",
        }.items()
    )
    assert not [k for f in data["figures"] for k in f if k.isascii()]  # no field name shown as a label
    assert data["activities"] == [{"日期": "2006年5月18日", "动作": "举办", "事项": "全市职工乒乓球比赛"}]


def test_self_contained() -> None:
    page = _page()
    assert not re.search(r'<(?:script|link)[^>]+(?:src|href)="', page)
    assert "http://" not in page and "https://" not in page
    assert page.count('data-go="f') == 2  # the side list


def test_overlapping_records_keep_the_markup_balanced() -> None:
    inner = Activity(source="s", start=2, end=20, date="--04-29", action="举办", event="x")
    parser = _Collect()
    parser.feed(render([Part(Article(source="s", text=TEXT), FIGS, (ACT, inner))], "t"))
    assert parser.stack == []


def test_build_page_from_a_seed_page(seeds_dir: Path) -> None:
    page = build_page(seeds_dir / "001_0c16e3edcfdc46a7.txt")
    assert page.articles >= 1 and page.failures == ()
    assert page.html.count('<mark class="fig') >= page.figures > 10
