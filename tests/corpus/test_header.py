"""Header blocks (标题：… 发文时间：… 正文：) and texts held twice, on texts written for these tests."""

from __future__ import annotations

from corpus.articles import split_document
from corpus.header import iso_date, read_header
from corpus.records import Document

BODY = (
    "各位代表：\n现在，我代表县人民政府向大会报告政府工作，请予审议。\n"
    "一、2018年工作回顾\n过去一年，全县生产总值完成118.3亿元，比上年增长8.1%，城镇新增就业3200人。\n"
    "二、2019年工作安排\n今年的主要预期目标是：生产总值增长7%左右。\n"
)
HEADER = "标题：2018年青岭县政府工作报告\n发文单位：青岭县人民政府\n发文时间：未知\n来源URL：http://example.org/x.html\n\n正文：\n\n"


def test_header_gives_title_org_date_and_body() -> None:
    text = "标题：政府工作报告\n发文单位：青岭县人民政府\n发文时间：2019-01-14\n正文：\n各位代表：\n"
    h = read_header(text)
    assert dict(h.meta) == {"title": "政府工作报告", "org": "青岭县人民政府", "date": "2019-01-14", "issued": "2019-01-14"}
    assert text[h.body :].startswith("各位代表")


def test_a_header_blocks_date_gives_way_to_the_year_its_title_states() -> None:
    # a communiqué on 2020 issued in March 2021: the title's year is the year it counts
    text = "标题：桐溪市2020年国民经济和社会发展统计公报\n发文单位：桐溪市统计局\n发文时间：2021-03-15\n正文：\n初步核算，全年全市地区生产总值812.4亿元。\n"
    (a,) = split_document(Document(source="x.txt", text=text, format="txt"))
    assert (a.year, a.period) == (2020, "2020")
    # a title whose year is left blank (20xx年度): the block's date still dates it
    blank = "标题：桐溪开发区20xx年度统计工作总结\n发文单位：桐溪开发区管委会\n发文时间：2007年12月20日\n正文：\n20xx年，我区统计工作稳步推进，上报报表1200份。\n"
    (b,) = split_document(Document(source="y.txt", text=blank, format="txt"))
    assert b.year == 2007


def test_a_line_that_only_looks_like_a_header_is_text() -> None:
    assert not read_header("时间：2020年以来\n全县新建工会组织38家。").meta


def test_iso_date() -> None:
    assert iso_date("2019年1月14日") == "2019-01-14"
    assert iso_date("2019.1") == "2019-01"
    assert iso_date("未知") is None


def test_header_wins_and_is_not_report_text() -> None:
    (a,) = split_document(Document(source="x.txt", text=HEADER + BODY, format="txt"))
    assert a.org == "青岭县人民政府"
    assert a.title == "2018年青岭县政府工作报告"
    assert "来源URL" not in a.text and a.text.startswith("各位代表")
    # the title says 2018, but a report whose review is headed 2018年工作回顾 is delivered in 2019
    assert a.year == 2019


def test_a_report_held_twice_is_read_once() -> None:
    (a,) = split_document(Document(source="x.txt", text=HEADER + BODY + "\n" + BODY, format="txt"))
    assert a.text.count("118.3亿元") == 1


def test_a_page_repeating_an_article_keeps_one() -> None:
    article = "青川县总工会2025年上半年工作总结\n" + "上半年，全县新建工会组织38家，发展会员1200人，发放慰问金41万元。" * 8 + "\n"
    docs = split_document(Document(source="p.html", text=article + article, format="html"))
    assert len(docs) == 1


def test_a_dateline_under_the_title_dates_the_report() -> None:
    # a scraped page: the title, then 发布时间 and 来源 on one line; a summary issued in January is of the year before
    text = "华锐机械制造有限公司工会年度工作总结\n发布时间：2018-01-09　来源：公司工会办公室\n\n过去的一年，公司工会新建职工之家2个。\n"
    (a,) = split_document(Document(source="x.txt", text=text, format="txt"))
    assert (a.title, a.year) == ("华锐机械制造有限公司工会年度工作总结", 2017)
    # a page's posting time is no issue date: the report stays undated
    posted = "教育工会的工作总结\n时间:2024-03-11 09:40:05 年度总结 在线投稿\n\nxxxx年我县教育工会新建教工之家3个。\n"
    (b,) = split_document(Document(source="y.txt", text=posted, format="txt"))
    assert b.year is None


def test_a_dateline_under_the_title_under_the_pages_furniture() -> None:
    # a statistics bureau's page: a breadcrumb, the page's buttons, the title, then the date with other pairs
    text = (
        "首页 > 统计信息 > 统计分析\n【字体：大 中 小】 【打印本页】 【关闭窗口】\n\n桐溪县1-8月份经济运行情况\n\n"
        "发布时间：2019-09-20　　来源：县统计局　　浏览次数：\n\n　　1-8月，全县规模以上工业增加值同比增长7.2%。\n"
    )
    (a,) = split_document(Document(source="x.txt", text=text, format="txt"))
    assert (a.title, a.year, a.org) == ("桐溪县1-8月份经济运行情况", 2019, "桐溪县")


def test_an_issue_date_with_its_clock_time_still_dates_the_report() -> None:
    # government sites print the hour beside 发布时间 (发布时间：2019-10-28 09:12): still the day it was issued
    text = (
        "首页 > 政务公开 > 统计分析\n前三季度全县经济运行稳中有进\n"
        "发布时间：2019-10-28 09:12　来源：桐溪县统计局　【字体：大 中 小】\n\n　　前三季度，全县社会消费品零售总额68.9亿元。\n"
    )
    (a,) = split_document(Document(source="x.txt", text=text, format="txt"))
    assert (a.title, a.year) == ("前三季度全县经济运行稳中有进", 2019)
