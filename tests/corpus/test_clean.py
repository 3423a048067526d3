"""Web furniture is dropped line by line; the report's own lines stay, with their offsets."""

from __future__ import annotations

import pytest

from corpus.clean import clean_lines


def _kept(text: str) -> list[str]:
    return [line.text for line in clean_lines(text) if line.text]


BODY = "今年以来,我区工会紧紧围绕中心工作,扎实推进各项工作,新建工会组织12家,发展会员860人。"


@pytest.mark.parametrize(
    "furniture",
    [
        "网站首页 范文大全 年度总结 工会材料 会议讲话 调研报告",
        "栏目: 工作总结精选 / 发布于: / 人气:1.2W",
        "时间: 小编123 分享",
        "来源:本地日报",
        "(来源:本地日报)",
        "编辑:王小明",
        "范文网 > 总结大全 > 工会总结 > 年度总结",
        "2023-05-06 总结",
        "2023年03月10日 08时15分",
        "45678",
        "本报记者 李四摄",
    ],
)
def test_furniture_lines_go_anywhere(furniture):
    text = f"区工会工作总结\n\n{furniture}\n\n{BODY}\n{furniture}\n{BODY}"
    assert _kept(text) == ["区工会工作总结", BODY, BODY]


def test_government_page_head():
    head = "下载\n打印\n全屏\n收藏\n【字号:\n加大\n还原\n减小\n】\n"
    text = head + "2025年某省政府工作报告\n来源:\n某省日报\n时间:2025-02-02\n各位代表:\n" + BODY
    assert _kept(text) == ["2025年某省政府工作报告", "各位代表:", BODY]


def test_head_only_words_stay_in_the_body():
    # 大 中 小 are buttons in a page's head, words once the text has begun.
    text = f"{BODY}\n大\n{BODY}"
    assert _kept(text) == [BODY, "大", BODY]


def test_breadcrumb_over_lines_and_repeated_title():
    text = "当前位置:\n首页\n>\n政务信息\n>\n本地要闻\n2025年工作报告\n本地要闻\n2025年工作报告\n" + BODY
    assert _kept(text) == ["2025年工作报告", BODY]


@pytest.mark.parametrize("marker", ["• 相关推荐", "【工会工作总结】相关文章:", "相关报道:", "推荐阅读:", "扫一扫在手机打开当前页"])
def test_tail_marker_drops_the_rest(marker):
    text = f"{BODY}\n\n{marker}\n\n工会年度工作总结05-12\n\n工会工作计划范文06-19\n"
    assert _kept(text) == [BODY]


def test_editor_preamble():
    blurb = "  一年又过去了,下面是小编为大家收集的工会年度总结,供参考,愿对你有帮助。"
    assert _kept(f"工会工作总结\n{blurb}\n{BODY}") == ["工会工作总结", BODY]


def test_prefix_and_title_copy_after_it():
    text = "2024年社区工会工作总结\n下载后可任意编辑 2024年社区工会工作总结 " + BODY
    lines = clean_lines(text)
    assert [line.text for line in lines] == ["2024年社区工会工作总结", BODY]
    assert text[lines[1].start :].startswith(BODY)


def test_offsets_point_into_the_text():
    text = "  标题\n\n  " + BODY + "  \n网站首页 个人文档 个人总结 工作总结\n" + BODY
    for line in clean_lines(text):
        assert text[line.body : line.body + len(line.text)] == line.text
        assert line.start <= line.body <= line.end


def test_links_to_the_pages_before_and_after_are_furniture():
    # 上一篇/下一篇 name other pages: their years and numbers are not this page's
    from corpus.articles import split_document
    from corpus.records import Document
    from extract import extract_article

    text = (
        "首页 > 政务公开 > 统计信息\n桐川区一季度经济运行简析\n发布时间：2019-04-18 10:20　来源：桐川区统计局\n"
        "　　一季度全区实现地区生产总值56.2亿元，同比增长6.8%。\n【打印本页】　【关闭窗口】\n"
        "上一篇：桐川区2018年统计年报工作会议召开\n下一篇：区总工会为120名环卫工人送清凉\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    assert article.year == 2019
    figs = extract_article(article).figures
    assert [(f.value, f.period) for f in figs] == [(56.2, "2019Q1"), (6.8, "2019Q1")]
