"""HTML: the main text with its paragraph breaks; furniture elements gone; title and charset kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import ReadError
from corpus.readers import ReadOptions, read_file
from corpus.readers.html import html_to_text
from tests.corpus.fixtures import HEADING1, HEADING2, S1, S2, S3

PAGE = f"""<!DOCTYPE html>
<html><head><meta charset="{{charset}}"><title> 区总工会2024年工作总结 </title>
<style>p {{{{ color: red }}}}</style><script>var tongji = "统计代码";</script></head>
<body>
<header><a href="/">首页</a> | 新闻中心</header>
<nav><ul><li>工会概况</li><li>政策法规</li></ul></nav>
<div class="content">
  <h2>{HEADING1}</h2>
  <p>{S1[:10]}
     {S1[10:]}</p>
  <p>{S2}<br>{S3}</p>
  <table><tr><th>指标</th><th>数值</th></tr><tr><td>新建工会组织</td><td>38家</td></tr></table>
  <h2>{HEADING2}</h2>
</div>
<aside>热点排行</aside>
<form>搜索 <input name="q"></form>
<footer>版权所有 区总工会</footer>
</body></html>
"""

EXPECTED = f"{HEADING1}\n{S1}\n{S2}\n{S3}\n指标\t数值\n新建工会组织\t38家\n{HEADING2}"


def _traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


@pytest.mark.parametrize(
    ("charset", "encoding", "script"),
    [("utf-8", "utf-8", str), ("gb2312", "gbk", str), ("GBK", "gb18030", str), ("big5", "big5", _traditional)],
)
def test_page_text_title_and_declared_charset(tmp_path: Path, charset: str, encoding: str, script) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(script(PAGE.format(charset=charset)).encode(encoding))
    [doc] = read_file(path, "page.html", ReadOptions())
    assert doc.format == "html"
    assert doc.text == script(EXPECTED)
    assert doc.meta["title"] == script("区总工会2024年工作总结")


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        # A page without a charset declaration: detected from the bytes.
        (f"<p>{S1}</p><p>{S2}</p>", f"{S1}\n{S2}"),
        # One <article> is the main text; the rest of the page is not.
        (f"<div>友情链接</div><article><p>{S1}</p></article><div>联系我们</div>", S1),
        # Several articles on one page: all kept, for the splitter to separate.
        (f"<article><p>{S1}</p></article><article><p>{S3}</p></article>", f"{S1}\n{S3}"),
        # Inline elements stay inside their line; comments vanish.
        ("<p>全年新建工会组织<b>38</b>家<!-- 注释 -->，发放慰问金<span>41</span>万元。</p>", S1),
        (f"<ul><li>{S1}</li><li>{S2}</li></ul>", f"{S1}\n{S2}"),
    ],
)
def test_html_to_text(markup: str, text: str) -> None:
    assert html_to_text(f"<html><body>{markup}</body></html>")[0] == text


def test_undeclared_gbk_page_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "old.htm"
    path.write_bytes(f"<html><head><title>{HEADING1}</title></head><body><p>{S1}</p></body></html>".encode("gbk"))
    [doc] = read_file(path, "old.htm", ReadOptions())
    assert (doc.text, doc.encoding, doc.meta["title"]) == (S1, "gb18030", HEADING1)


def test_a_page_of_only_navigation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nav.html"
    path.write_text("<html><body><nav>首页 新闻</nav><script>x()</script></body></html>", encoding="utf-8")
    with pytest.raises(ReadError, match="no text"):
        list(read_file(path, "nav.html", ReadOptions()))
