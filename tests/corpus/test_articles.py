"""Document → Articles end to end on invented pages: normalisation, offsets, sources."""

from __future__ import annotations

from corpus.articles import split_document
from corpus.normalise import normalise
from corpus.records import Document

TRADITIONAL = (
    "網站首頁 範文大全 年度總結 工會材料 會議講話\n\n"
    "欄目: 工作總結 / 發佈於: / 人氣:3.1W\n\n"
    "東山縣總工會2023年上半年工作總結\n\n"
    "上半年,東山縣總工會在縣委的正確領導下,新建工會組織１２家,發展會員８６０人。\n\n"
    "一、加強組織建設\n\n一是摸清底數,完成排查;二是集中攻堅。\n\n"
    "• 相关推荐\n\n工會工作總結05-12\n"
)


def test_single_article_from_a_traditional_page():
    doc = Document(source="a/页面.html", text=TRADITIONAL, format="html")
    [a] = split_document(doc)
    assert a.source == "a/页面.html"
    assert a.text.startswith("东山县总工会2023年上半年工作总结\n")
    assert "新建工会组织12家" in a.text  # full-width digits are half-width now
    assert "相关推荐" not in a.text and "人气" not in a.text
    assert (a.title, a.org, a.level, a.year, a.period) == ("东山县总工会2023年上半年工作总结", "东山县总工会", "县", 2023, "2023H1")
    for i, ch in enumerate(a.text):
        assert normalise(doc.text[a.origin.to_original(i)]) == ch
    assert [s.path for s in a.sections] == [("一、加强组织建设",), ("一、加强组织建设", "一是摸清底数"), ("一、加强组织建设", "二是集中攻坚")]
    assert a.record()["chars"] == len(a.text)


def test_origin_jumps_over_dropped_lines():
    doc = Document(source="x.txt", text="标题报告\n来源:日报\n正文第一句。\n", format="txt")
    [a] = split_document(doc)
    assert a.text == "标题报告\n正文第一句。"
    assert a.origin.to_original(a.text.index("正")) == doc.text.index("正")
    assert len(a.origin.norm_starts) == 2


def test_empty_and_all_furniture():
    assert split_document(Document(source="e.txt", text="", format="txt")) == []
    assert split_document(Document(source="f.txt", text="网站首页 个人文档 个人总结 工作总结\n", format="txt")) == []


def test_no_sentence_crosses_an_article():
    para = "本季度共举办培训班3期,培训职工210人次,走访企业18家,解决问题9个。" * 4
    text = f"【第1篇】甲镇工会工作总结\n{para}\n【第2篇】乙镇工会工作总结\n{para}\n"
    articles = split_document(Document(source="m.txt", text=text, format="txt"))
    assert len(articles) == 2
    for a in articles:
        assert all(0 <= s.start < s.end <= len(a.text) for s in a.sentences)
        assert a.text.count("【第") == 1


def test_a_communique_or_a_bulletin_has_its_title_and_org() -> None:
    # 公报, 快报, 分析, 简况 end titles as 总结 and 报告 do: the org and the half come from them
    for title, org, period in (
        ("松林县2007年国民经济和社会发展统计公报", "松林县", "2007"),
        ("云溪区2022年上半年经济运行统计分析", "云溪区", "2022H1"),
        ("石桥镇2010年统计年报简析", "石桥镇", "2010"),  # 年报, 简析: signed 二〇一一年一月, still of 2010
        ("澄溪县2019年前三季度经济运行情况分析", "澄溪县", "2019"),
        ("柳岸镇2017年统计年报分析", "柳岸镇", "2017"),  # any 分析 ends one: not the 2011 of its signature
        ("石门县2020年一季度经济形势分析", "石门县", "2020Q1"),
        ("桐溪市人民政府2018年上半年工作总结和下半年工作安排", "桐溪市人民政府", "2018H1"),
        # a note on the text after the title's last word (摘编, 征求意见稿): still the title, not the 2011 signature's
        ("青川市2008年国民经济和社会发展统计公报（摘编）", "青川市", "2008"),
        ("柳河县总工会2009年工作报告（征求意见稿）", "柳河县总工会", "2009"),
    ):
        body = "初步核算，全年全县实现生产总值86.42亿元。\n\n二〇一一年一月二十日\n"
        doc = Document(source="t.txt", text=f"{title}\n\n{body}", format="txt")
        [a] = split_document(doc)
        assert (a.title, a.org, a.period) == (title, org, period)


def test_a_trade_union_of_a_place_is_the_org() -> None:
    doc = Document(source="t.txt", text="渠江市建筑业工会二〇一六年工作总结\n\n在市总工会的领导下，全市建筑业企业建会率达到86.7%。\n", format="txt")
    [a] = split_document(doc)
    assert (a.org, a.level) == ("渠江市建筑业工会", "市")  # not the 市总工会 it answers to


def test_a_title_set_on_two_lines_reads_as_one() -> None:
    # the issuer over what it is, as official documents set it: the org and the period come from both
    text = "青渠经济技术开发区工会联合会\n关于2024年前三季度工作情况的报告\n\n区党工委：\n\n今年以来，新建工会组织21家。\n"
    [a] = split_document(Document(source="t.txt", text=text, format="txt"))
    assert a.title == "青渠经济技术开发区工会联合会关于2024年前三季度工作情况的报告"
    assert a.org == "青渠经济技术开发区工会联合会"  # the whole name, longer than eight characters before its 区
    assert a.year == 2024
    # a site's name over a title is no part of it
    text = "桐川县人民政府网\n2021年桐川县政府工作报告\n\n各位代表：\n\n过去一年，全县生产总值增长6.1%。\n"
    [a] = split_document(Document(source="t.txt", text=text, format="txt"))
    assert a.title == "2021年桐川县政府工作报告"


def test_a_first_line_naming_the_part_of_the_year_it_reports_is_the_title() -> None:
    text = "前三季度全县经济运行总体平稳\n\n前三季度，全县地区生产总值增长5.2%。\n\n青渠县统计局\n2024年10月26日\n"
    [a] = split_document(Document(source="t.txt", text=text, format="txt"))
    assert a.title == "前三季度全县经济运行总体平稳"
    text = "上半年，全县地区生产总值增长5.2%。\n"  # a sentence, no title
    [a] = split_document(Document(source="t.txt", text=text, format="txt"))
    assert a.title is None
