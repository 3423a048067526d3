"""The heading tree of Chinese reports."""

from __future__ import annotations

import csv

import pytest

from corpus.sections import MAX_HEADING, find_sections, first_clause

REPORT = """区总工会工作总结
上半年,我们做了大量工作。
一、加强组织建设,扩大覆盖面
(一)推进基层建会
1.摸清底数。全面排查企业情况。
2.集中攻坚。新建工会12家。
(二)规范运行
一是完善制度,印发文件3个;二是加强培训,举办培训班2期。
二、积极协调劳动关系,维护稳定大局
一是认真贯彻劳动合同制度,签订率达95%。二是开展集体协商。
(1)企业层面
①重点企业
三、下半年工作打算
"""


def test_tree():
    sections = find_sections(REPORT)
    got = [(s.level, s.path) for s in sections]
    assert got == [
        (1, ("一、加强组织建设",)),
        (2, ("一、加强组织建设", "(一)推进基层建会")),
        (3, ("一、加强组织建设", "(一)推进基层建会", "1.摸清底数")),
        (3, ("一、加强组织建设", "(一)推进基层建会", "2.集中攻坚")),
        (2, ("一、加强组织建设", "(二)规范运行")),
        (3, ("一、加强组织建设", "(二)规范运行", "一是完善制度")),
        (3, ("一、加强组织建设", "(二)规范运行", "二是加强培训")),
        (1, ("二、积极协调劳动关系",)),
        (2, ("二、积极协调劳动关系", "一是认真贯彻劳动合同制度")),
        (2, ("二、积极协调劳动关系", "二是开展集体协商")),
        # a numbered heading closes the run-in list before it: run-ins are the deepest style
        (2, ("二、积极协调劳动关系", "(1)企业层面")),
        (3, ("二、积极协调劳动关系", "(1)企业层面", "①重点企业")),
        (1, ("三、下半年工作打算",)),
    ]
    first = sections[0]
    assert REPORT[first.start : first.end].startswith("一、加强组织建设")
    assert REPORT[first.end :].lstrip().startswith("二、积极协调")
    assert sections[2].heading == "1.摸清底数"


@pytest.mark.parametrize(
    "text",
    [
        "过去一年,经济运行稳中有进。\n1.数据说明:以下为初步统计。\n一、2025年工作回顾\n一年来,主要做了以下工作。\n二、2026年主要目标和重点任务\n",
        "一、2025年工作回顾\n一是产业升级。\n二是改革深化。\n二、2026年主要目标和重点任务\n(一)扩大内需\n",
    ],
)
def test_government_report_tops(text):
    tops = [s.heading for s in find_sections(text) if s.level == 1]
    assert tops[-2:] == ["一、2025年工作回顾", "二、2026年主要目标和重点任务"]


@pytest.mark.parametrize(
    "text",
    [
        "会议要求:一、提高认识。\n",  # not at a line start
        "二、没有一就没有二\n",  # a list starts at 1
        "5.38平方公里的辖区\n",  # a decimal, not 5.
        "我们一是一,二是二。\n",  # 一是 after a comma is running text
    ],
)
def test_not_headings(text):
    assert find_sections(text) == ()


def test_restarted_list_nests_under_its_section():
    text = "一、回顾\n二、2026年工作安排\n民生实事如下。\n一、提高补助标准。\n二、建设养老机构。\n三、办好学校。\n四、修好道路。\n三、加强监管\n"
    got = [(s.level, s.heading) for s in find_sections(text)]
    assert got == [
        (1, "一、回顾"),
        (1, "二、2026年工作安排"),
        (2, "一、提高补助标准"),
        (2, "二、建设养老机构"),
        (2, "三、办好学校"),
        (2, "四、修好道路"),
        (1, "三、加强监管"),  # continues the outer list: the inner one is at 四
    ]


def test_flattened_paragraphs():
    text = "总结 开头一段话。 一、探索新机制,夯实基础。 1、稳步推行新模式。内容。 2、推进规范化建设。 二、拓展新领域。"
    got = [s.path[-1] for s in find_sections(text)]
    assert got == ["一、探索新机制", "1、稳步推行新模式", "2、推进规范化建设", "二、拓展新领域"]


@pytest.mark.parametrize(("heading", "clause"), [("四、构建和谐劳动关系,维护稳定", "四、构建和谐劳动关系"), ("一是认真贯彻", "一是认真贯彻"), ("(一)规范运行", "(一)规范运行")])
def test_first_clause(heading, clause):
    assert first_clause(heading) == clause


def test_provinces_open_with_a_top_section(provinces_dir):
    from corpus.normalise import normalise

    csv.field_size_limit(10**9)
    tops_seen = 0
    for path in sorted(provinces_dir.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                sections = find_sections(normalise(row["full_text"]))
                tops = [s for s in sections if s.path[0].startswith("一、")]
                if any(s.heading.startswith("一、") for s in sections):
                    assert tops and tops[0].level == 1, path.name
                    tops_seen += 1
    assert tops_seen >= 25


def test_an_excerpt_may_open_at_a_later_part() -> None:
    """A page holding one part of a report opens its outline at 三、…工作计划: that part governs what follows."""
    text = "三、2025年下半年工作计划\n(一)抓好民生工程\n计划投资1300万元。\n"
    paths = [s.path for s in find_sections(text)]
    assert paths[0] == ("三、2025年下半年工作计划",)
    assert paths[1] == ("三、2025年下半年工作计划", "(一)抓好民生工程")


def test_many_reports_on_one_line_keep_paths_short():
    # A converter's one-line output of 300 reports joined: every 一、 after "。 " restarts a list. Paths
    # must not grow with the text (they once nested one level deeper with every report).
    report = "一、组织建设，全年新建工会组织38家。 （一）发展会员，发展会员2100人。 二、帮扶救助，发放慰问金41万元。 "
    sections = find_sections(report * 300)
    assert len(sections) == 900
    assert max(s.level for s in sections) <= 4
    assert {s.path[-1] for s in sections} == {"一、组织建设", "（一）发展会员", "二、帮扶救助"}
    assert max(len(" > ".join(s.path)) for s in sections) < 60


def test_a_heading_is_at_most_60_characters():
    text = "一、" + "加强基层工会组织建设和职工服务体系" * 20 + "。内容。\n二、其他\n"
    first = find_sections(text)[0]
    assert len(first.path[0]) == MAX_HEADING == 60 and first.path[0].startswith("一、加强基层")


def test_an_appendix_closes_the_parts_above_it() -> None:
    text = "一、2015年工作回顾\n全年完成投资136亿元。\n二、2016年工作计划\n（一）稳投资\n投资增长15%。\n附表：2015年主要经济指标预计完成情况\n地区生产总值　亿元　186.5\n"
    sections = find_sections(text)
    assert [(s.level, s.path) for s in sections][-1] == (1, ("附表：2015年主要经济指标预计完成情况",))
    plan = next(s for s in sections if s.path == ("二、2016年工作计划", "（一）稳投资"))
    assert text[plan.start : plan.end].rstrip().endswith("投资增长15%。")  # it ends where the appendix begins
    assert not any(s.heading.startswith("附") for s in find_sections("附件材料已另行报送，不再赘述。\n"))


def test_an_unnumbered_plan_on_a_line_of_its_own_is_a_part_of_the_report() -> None:
    text = (
        "柳溪县地方税务局2015年工作总结及2016年工作打算\n\n一、组织收入\n全年组织各项收入3.9亿元。\n"
        "二、存在的问题\n一是税源单一；二是人手不足。\n\n2016年工作打算\n一是全力组织收入，力争全年组织收入4.3亿元；\n"
        "二是网上申报率达到90%。\n"
    )
    paths = [s.path for s in find_sections(text)]
    assert ("2016年工作打算",) in paths
    assert ("2016年工作打算", "一是全力组织收入") in paths  # its list is its own, not 二、存在的问题's
    # the title, and a heading of a review with no blank line before it, are no parts
    assert not any(p[0].startswith("柳溪县") for p in paths)


def test_parts_numbered_in_words_head_the_report() -> None:
    text = (
        "各位代表：\n第一部分　2022年经营工作回顾\n一、主要经营指标\n营业收入6.8亿元。\n二、生产运营\n供水1.3亿立方米。\n"
        "第二部分　2023年经营目标和重点工作\n（一）全力保障供水安全。全年供水总量达到1.43亿立方米。\n"
    )
    paths = [s.path for s in find_sections(text)]
    assert paths == [
        ("第一部分　2022年经营工作回顾",),
        ("第一部分　2022年经营工作回顾", "一、主要经营指标"),
        ("第一部分　2022年经营工作回顾", "二、生产运营"),
        ("第二部分　2023年经营目标和重点工作",),
        ("第二部分　2023年经营目标和重点工作", "（一）全力保障供水安全"),
    ]
