"""Tables pasted as text (cells between |, tabs or ideographic spaces): the unit cell or the unit a label or a header
cell names, the row label, the header years."""

from __future__ import annotations

from corpus.articles import split_document
from corpus.records import Document
from extract.pipeline import extract_article
from extract.records import Figure
from extract.tables import table_figures

TABLE = """指标公开表
大类 | 指标 | 单位 | 上年度 | 本年度 | 增减 |
(2022年) | (2023年) | ||||
经济指标 | 总收入 | 万元 | 1200 | 1350.5 | 150.5 |
总支出 | 万元 | 1100 | 1180 | 80.00 | |
服务效率 | 平均住院日 | 天 | 8.6 | 8.2 | -0.4 |
"""


def _figures(text: str) -> tuple[Figure, ...]:
    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    return extract_article(article).figures


def test_rows_give_unit_label_and_period() -> None:
    figs = table_figures(TABLE)
    got = [(f.indicator, f.candidate.value, f.candidate.unit, f.period) for f in figs]
    assert got[:3] == [("总收入", 1200, "万元", "2022"), ("总收入", 1350.5, "万元", "2023"), ("总收入", 150.5, "万元", "2023")]
    assert ("总支出", 1180, "万元", "2023") in got  # a merged first cell shifts the row; the unit cell anchors it
    assert ("平均住院日", -0.4, "天", "2023") in got  # a signed value keeps its sign
    for f in figs:
        assert float(TABLE[f.candidate.start : f.candidate.end]) == f.candidate.value  # offsets index the cell
    assert figs[1].candidate.base_value == 13505000 and figs[1].candidate.base_unit == "元"


def test_text_without_table_has_none() -> None:
    assert table_figures("全县新建工会组织38家 | 发展会员1200人") == []


def test_a_spreadsheet_copied_into_a_text_file_is_a_table() -> None:
    text = (
        "柳溪县2024年1-12月主要经济指标\n"
        "指标名称\t单位\t绝对数\t比上年增长(%)\n"
        "地区生产总值\t亿元\t132.6\t5.4\n"
        "固定资产投资\t亿元\t—\t-2.1\n"
        "农村居民人均可支配收入\t元\t20410\t6.9\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    figs = {(f.value, f.unit): (f.indicator, f.canonical, f.period) for f in extract_article(article).figures}
    assert figs[(132.6, "亿元")] == ("地区生产总值", "地区生产总值", "2024")
    assert figs[(5.4, "%")] == ("地区生产总值", "地区生产总值增长", "2024")  # the (%) column: a change, in percent
    assert figs[(-2.1, "%")][:2] == ("固定资产投资", "固定资产投资增长")  # — is no number
    assert figs[(20410, "元")][1] == "农村居民人均可支配收入"
    assert len(figs) == 5


def test_columns_a_pdf_aligned_with_spaces_are_a_table() -> None:
    text = "柳溪县2024年主要经济指标\n指标名称      单位      绝对数      比上年增长(%)\n社会消费品零售总额      亿元      58.3      4.6\n"
    rows = table_figures(text)
    assert [(t.indicator, t.candidate.value, t.candidate.unit) for t in rows] == [
        ("社会消费品零售总额", 58.3, "亿元"),
        ("社会消费品零售总额", 4.6, "%"),
    ]
    assert text[rows[0].candidate.start : rows[0].candidate.end] == "58.3"  # offsets index the text
    assert table_figures("全年接待游客   120万人次，比上年增长   8%。\n") == []  # prose with wide spaces is no table


def test_a_row_naming_its_unit_in_its_label_reads_by_the_header() -> None:
    text = (
        "河西县人民医院2019年统计年报\n\n一、主要指标\n"
        "指标名称　2019年　2018年　增减%\n"
        "门急诊人次（万人次）　68.42　64.37　6.3\n"
        "病床使用率（%）　92.4　94.5　-2.1\n\n"
        "指标\t绝对数\t比上年增长%\n"
        "地区生产总值（亿元）\t1365.28\t11.4\n"
    )
    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    got = [(f.indicator, f.value, f.unit, f.period) for f in extract_article(article).figures]
    assert got == [
        ("门急诊人次", 68.42, "万人次", "2019"),
        ("门急诊人次", 64.37, "万人次", "2018"),
        ("门急诊人次", 6.3, "%", "2019"),  # the change column: of the latest year
        ("病床使用率", 92.4, "%", "2019"),
        ("病床使用率", 94.5, "%", "2018"),
        ("病床使用率", -2.1, "%", "2019"),
        ("地区生产总值", 1365.28, "亿元", "2019"),  # no year in its header: the document's
        ("地区生产总值", 11.4, "%", "2019"),
    ]


def test_header_cells_naming_units_give_each_column_its_unit_and_name() -> None:
    text = "青石中学2018—2019学年度基本情况统计\n\n年级　班数（个）　学生数（人）　其中女生（人）\n七年级　8　402　191\n合计　24　1158　546\n"
    got = [(f.indicator, f.value, f.unit) for f in _figures(text)]
    assert got == [
        ("七年级班数", 8, "个"),
        ("七年级学生数", 402, "人"),
        ("七年级女生", 191, "人"),
        ("合计班数", 24, "个"),
        ("合计学生数", 1158, "人"),
        ("合计女生", 546, "人"),
    ]


def test_an_appendix_table_after_the_plans_is_of_the_year_done() -> None:
    text = (
        "柘川县人力资源和社会保障局2023年工作总结\n\n一、2023年工作开展情况\n全年城镇新增就业3216人。\n\n"
        "二、2024年工作计划\n全年城镇新增就业3000人以上。\n\n"
        "附件：2023年主要目标任务完成情况表\n指标名称　目标任务　完成数　完成率\n"
        "城镇新增就业（人）　3000　3216　107.2%\n失业人员再就业（人）　800　865　108.1%\n"
    )
    rows = [f for f in _figures(text) if f.section.startswith("附件")]
    got = [(f.indicator, f.value, f.unit, f.period, f.target) for f in rows]
    assert got == [
        ("城镇新增就业", 3000, "人", "2023", True),  # the goal's column
        ("城镇新增就业", 3216, "人", "2023", False),
        ("城镇新增就业完成率", 107.2, "%", "2023", False),
        ("失业人员再就业", 800, "人", "2023", True),  # 800　865　108.1: three cells, never one number 800865108.1
        ("失业人员再就业", 865, "人", "2023", False),
        ("失业人员再就业完成率", 108.1, "%", "2023", False),
    ]


def test_rows_of_one_character_units_and_indented_rows_with_a_change_column() -> None:
    text = (
        "青石中学2020—2021学年基本情况表\n\n项目　单位　数量\n标准跑道　条　1\n教学用计算机　台　412\n\n"
        "作物　面积（万亩）　产量（万吨）　增减%\n粮食合计　86.42　33.37　2.8\n　小麦　12.08　4.12　-1.6\n"
    )
    got = [(f.indicator, f.value, f.unit) for f in _figures(text)]
    assert got == [
        ("标准跑道", 1, "条"),  # a unit cell of one character
        ("教学用计算机", 412, "台"),
        ("粮食合计面积", 86.42, "万亩"),
        ("粮食合计产量", 33.37, "万吨"),
        ("粮食合计产量增减", 2.8, "%"),  # the change column: of the figure before it
        ("小麦面积", 12.08, "万亩"),  # an indented row: its columns from its label, not one further on
        ("小麦产量", 4.12, "万吨"),
        ("小麦产量增减", -1.6, "%"),
    ]


def test_a_half_years_table_of_whole_year_goals_indented_as_its_header() -> None:
    text = (
        "东林区总工会2021年上半年工作总结\n\n一、建会入会\n上半年新建工会组织40家。\n\n"
        "    指标名称            全年目标    1-6月完成    完成比例\n"
        "    新建工会组织（家）   90          40          44.4%\n"
        "    发展会员（人）       6000        3150        52.5%\n"
    )
    got = [(f.value, f.period, f.target) for f in _figures(text) if f.value in (6000, 3150, 52.5)]
    assert got == [
        (6000, "2021", True),  # the whole year's goal, not the half's
        (3150, "2021H1", False),  # beside the goals: what was done (not the goal, one column on)
        (52.5, "2021H1", False),
    ]


def test_a_change_column_and_a_completion_rate_column_are_no_counts() -> None:
    text = (
        "河口县总工会2022年工作总结\n\n一、主要指标\n    项目                 2022年    2021年    增减\n"
        "    新建基层工会（家）     61        47        +14\n\n"
        "附表：2022年主要指标完成情况\n指标名称　目标任务　实际完成　完成率（%）\n发展会员（人）　5000　5320　106.4\n"
    )
    figs = _figures(text)
    assert [(f.value, f.indicator, f.period) for f in figs] == [
        (61, "新建基层工会", "2022"),
        (47, "新建基层工会", "2021"),
        (14, "新建基层工会增减", "2022"),  # the change of the latest year
        (5000, "发展会员", "2022"),
        (5320, "发展会员", "2022"),
        (106.4, "发展会员完成率", "2022"),
    ]
    # the change is no count of unions, the completion rate no count of members
    assert [f.canonical for f in figs if f.value in (61, 14, 5320, 106.4)] == ["新建工会组织", "新建基层工会增减", "发展会员", "发展会员完成率"]


def test_a_row_that_opens_on_among_is_named_by_the_rest() -> None:
    text = """桃源镇2019年统计年报
指标名称　单位　数值　比上年±%
财政总收入　万元　8 640　5.2
其中：一般公共预算收入　万元　4 980　6.3
"""
    named = {(f.value, f.unit): (f.indicator, f.canonical) for f in _figures(text)}
    assert named[(8640, "万元")] == ("财政总收入", "财政收入")  # a cell's thousands grouped by a space: one number
    assert named[(4980, "万元")] == ("一般公共预算收入", "一般公共预算收入")  # no 其中： in its name
    assert named[(6.3, "%")] == ("一般公共预算收入", "一般公共预算收入增长")


def test_a_measurement_unit_column_and_a_change_column_of_the_later_year() -> None:
    # 计量单位 heads the unit column as 单位 does; 增减% after 2019年　2018年 is the change to 2019; 万人公里, 万吨公里
    # are units of their own (not 万人 with a stray 公里)
    text = (
        "指标名称　计量单位　2019年　2018年　增减%\n"
        "旅客周转量　万人公里　41 230　39 870　3.4\n"
        "货物周转量　万吨公里　862 115　820 406　5.1\n"
        "年末总人口　人　52 310　52 486　-0.3\n"
    )
    got = [(f.indicator, f.candidate.value, f.candidate.unit, f.period) for f in table_figures(text)]
    assert ("旅客周转量", 41230, "万人公里", "2019") in got
    assert ("旅客周转量", 3.4, "%", "2019") in got
    assert ("货物周转量", 5.1, "%", "2019") in got
    assert ("年末总人口", -0.3, "%", "2019") in got


def test_a_two_year_average_column_spans_the_two_years() -> None:
    text = (
        "桐溪市2021年一季度主要经济指标\n"
        "指标\t计量单位\t绝对值\t同比增长（%）\t两年平均增长（%）\n"
        "地区生产总值\t亿元\t402.6\t17.8\t5.2\n"
        "第一产业\t亿元\t22.4\t7.6\t2.9\n"
    )
    figs = {(f.indicator, f.value): f.period for f in _figures(text)}
    assert figs[("地区生产总值", 17.8)] == "2021Q1"
    assert figs[("地区生产总值", 5.2)] == "2020-2021"
    assert figs[("第一产业", 2.9)] == "2020-2021"


def test_an_indented_row_reads_its_name_with_its_parents() -> None:
    text = (
        "指标\t计量单位\t绝对值\t同比增长（%）\n"
        "居民人均可支配收入\t元\t9821\t8.8\n"
        "\u3000城镇居民\t元\t12406\t8.1\n"
        "货物运输量\t万吨\t3120\t4.6\n"
        "\u3000公路\t万吨\t2710\t3.9\n"
    )
    got = {(f.indicator, f.candidate.value) for f in table_figures(text)}
    assert ("城镇居民人均可支配收入", 12406) in got
    assert ("公路", 2710) in got  # no words shared with its parent: as written


def test_a_table_pasted_from_a_pdf_with_single_spaces_is_read() -> None:
    # a PDF's columns often paste as single spaces: 指标名称 单位 绝对数 比上年增长%
    text = (
        "桐川县2019年国民经济和社会发展统计公报\n一、综合\n全年全县实现地区生产总值96.2亿元，比上年增长6.4%。\n"
        "表1 主要指标\n指标名称 单位 绝对数 比上年增长%\n地区生产总值 亿元 96.2 6.4\n粮食 万吨 18.31 -1.2\n"
        "二、工业\n全年规模以上工业增加值30.5亿元。\n"
    )
    got = {(f.indicator, f.value, f.unit) for f in _figures(text)}
    assert ("粮食", 18.31, "万吨") in got
    assert ("粮食", -1.2, "%") in got
    assert ("地区生产总值", 6.4, "%") in got
    # … but a line of prose whose clauses spaces part is no row, nor are cells of ideographic spaces split at a
    # thousands separator
    prose = _figures("桐川镇2019年工作总结\n完成固定资产投资8.2亿元 新签约项目11个 新建村级文化广场6个\n")
    assert {(f.value, f.unit) for f in prose} == {(8.2, "亿元"), (11, "个"), (6, "个")}
    shown = "指标　单位　2019年　增长%\n地区生产总值　万元　186 540　7.8\n"
    wide = table_figures(shown.replace("\u3000", " "), shown=shown)  # (normalising makes the ideographic spaces single)
    assert [(f.candidate.value, f.candidate.unit) for f in wide] == [(186540, "万元"), (7.8, "%")]
