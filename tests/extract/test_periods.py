"""The period each figure refers to (CONTRACT.md `period`), on texts written for these tests."""

from __future__ import annotations

import pytest

from corpus.articles import split_document
from corpus.records import Document
from extract.pipeline import extract_article
from extract.records import Figure

REPORT_2022 = """标题：2022年青岭县政府工作报告
发文单位：青岭县人民政府
发文时间：2022-01-10
正文：
各位代表：
受县人民政府委托，现向大会报告政府工作，请审议。
一、2021年工作回顾
过去一年，全县生产总值完成118.3亿元，比上年增长8.1%。预计一般公共预算收入9.6亿元。
“十三五”期间，全县生产总值年均增长7.2%，累计完成固定资产投资420亿元。
二、2022年工作安排
今年全县发展的主要预期目标是：生产总值增长7%左右，城镇新增就业3000人。
到2025年，全县生产总值达到160亿元。
"""

SUMMARY_H1 = """柳溪镇总工会2025年上半年工作总结
上半年，新建工会组织12家，发展会员860人，与去年同期的640人相比增长34%。
下半年工作打算
力争新建工会组织10家。
"""


def _figures(text: str) -> dict[tuple[float | None, str], tuple[str | None, bool]]:
    return {k: (f.period, f.target) for k, f in _figure_records(text).items()}


def _figure_records(text: str) -> dict[tuple[float | None, str], Figure]:
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    return {(f.value, f.unit): f for f in extract_article(article).figures}


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


def test_a_plan_for_the_second_half_makes_the_report_a_first_halfs() -> None:
    # a page whose title names no half, dated in July, with a 下半年 plan: its results are the first half's; its
    # plans the second half's, save the year's own goals (全年, 年底, the year's task) and not what is added again
    text = (
        "湾头镇总工会扎实推进新就业形态劳动者入会\n发布时间：2022-07-05 09:30　来源：湾头镇总工会\n"
        "今年以来，镇总工会聚焦快递、外卖等群体推进入会。县总工会下达的年度目标任务是：新建工会组织24家。\n"
        "一、工作成效\n新建工会组织15家，发展会员420人。\n"
        "二、下半年工作打算\n下半年，一是全年新建工会组织不少于24家；二是再发展会员300人以上；三是到年底入会率达到88%。\n"
    )
    figs = _figures(text)
    assert figs[(15, "家")] == ("2022H1", False)
    assert figs[(420, "人")] == ("2022H1", False)
    assert figs[(300, "人")] == ("2022H2", True)
    assert figs[(88, "%")] == ("2022", True)
    assert {p for (v, u), (p, _) in figs.items() if (v, u) == (24, "家")} == {"2022"}


def test_a_years_work_opinions_are_its_plan() -> None:
    # 二〇一一年工作意见 heads a plan as 工作计划 does: its points are the year's targets, 不少于 or not
    text = (
        "桐川机械厂工会工作报告\n——在二届三次职工代表大会上\n各位代表：\n一、民主管理\n"
        "二〇一〇年，厂工会召开厂务公开会议8次。\n二、二〇一一年工作意见\n"
        "主要抓好以下几点：一是提案落实率达到90%；二是全年开展技术比武3个工种，培训职工450人次。\n"
    )
    figs = _figures(text)
    assert figs[(8, "次")] == ("2010", False)
    assert figs[(90, "%")] == ("2011", True)
    assert figs[(3, "个")] == ("2011", True)
    assert figs[(450, "人次")] == ("2011", True)


def test_a_years_work_goals_are_its_plan() -> None:
    # 2019年工作目标 heads a plan as 工作打算 does, with a real year or a template's (20xx年工作目标)
    text = (
        "桐溪园区工会联合会2018年工作总结\n一、主要工作\n2018年，新建工会组织26个。\n二、2019年工作目标\n"
        "（一）新建工会组织30个，职工入会率达到92%。\n"
    )
    figs = _figures(text)
    assert figs[(26, "个")] == ("2018", False)
    assert figs[(30, "个")] == ("2019", True)
    assert figs[(92, "%")] == ("2019", True)
    blank = _figures(text.replace("2018年", "20xx年").replace("2019年", "20xx年"))
    assert blank[(26, "个")] == (None, False)
    assert blank[(30, "个")] == (None, True)
    # … but not the goals' outcome, reviewed: 一、2018年工作目标完成情况
    done = _figures("桐溪园区工会联合会2018年工作总结\n一、2018年工作目标完成情况\n全年新建工会组织26个，入会率达到91%。\n")
    assert done[(26, "个")] == ("2018", False)


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
    assert figs[(1.8, "倍")][0] == "2020"  # 是2015年的1.8倍: the 2020 level over a base year, not a span


FIVE_YEAR_PARAGRAPH = """标题：2026年青岭县政府工作报告
发文时间：2026-01-15
正文：
各位代表：
一、工作回顾
“十四五”时期是青岭爬坡过坎的五年。这五年，经济实力稳步提升。全县生产总值达到320亿元、增长28.5%。粮食产量稳定在9亿斤以上，新增城镇就业2.1万人，社会消费品零售总额突破120亿元，全国平均水平之上。
"""


@pytest.mark.parametrize(
    ("value", "unit", "period"),
    [
        (320, "亿元", "2025"),  # a level reached: the span's last year
        (28.5, "%", "2021-2025"),  # growth over the five years
        (9, "亿斤", "2021-2025"),  # a level held through them
        (2.1, "万人", "2021-2025"),  # a flow over them
        (120, "亿元", "2025"),  # a level (平均水平 in the sentence is no average)
    ],
)
def test_a_sentence_opening_on_the_five_years_governs_its_paragraph(value: float, unit: str, period: str) -> None:
    assert _figures(FIVE_YEAR_PARAGRAPH)[(value, unit)][0] == period


def test_clauses_chained_by_semicolons_share_their_time_word() -> None:
    text = (
        "青岭街道2025年上半年工作总结\n"
        "一、上半年工作情况\n"
        "经济运行平稳。1-5月，完成税收收入3200万元；工业产值累计达5.6亿元，同比增长3.1%。"
        "上半年新增规上企业9家。项目建设有序推进，完成投资2.4亿元。\n"
    )
    figs = _figures(text)
    assert figs[(3200, "万元")][0] == "2025"  # 1-5月: within the year, not a half
    assert figs[(5.6, "亿元")][0] == "2025"  # chained to 1-5月 by the semicolon
    assert figs[(9, "家")][0] == "2025H1"
    assert figs[(2.4, "亿元")][0] == "2025H1"  # the sentence that opened on 上半年 governs what follows


def test_last_year_inside_a_sentence_is_a_base() -> None:
    text = "青岭机械厂2024年第一季度生产情况\n2024年第一季度我厂完成产值310万元，去年一季度完成260万元，同比增长19.2%；完成年计划的26%。\n"
    figs = _figures(text)
    assert figs[(310, "万元")][0] == "2024Q1"
    assert figs[(260, "万元")][0] == "2023Q1"
    assert figs[(19.2, "%")][0] == "2024Q1"  # 同比: this quarter's growth over the base
    assert figs[(26, "%")][0] == "2024Q1"


def test_a_blanked_year_in_the_sentence_leaves_the_period_open() -> None:
    text = "2021年民政局工作总结\n一、20xx年工作完成情况\n20xx年全县城乡低保共保障3100户，支出低保金960万元。\n"
    assert {p for p, _ in _figures(text).values()} == {None}


def test_a_page_title_year_does_not_date_a_template_with_201x() -> None:
    text = "范文网 > 2020年扶贫工作总结范文\n\n201X年，我县扶贫工作取得成效，实现2.1万贫困人口脱贫，完成任务的101%。\n"
    assert {p for p, _ in _figures(text).values()} == {None}


def test_a_cycle_named_by_a_span_is_not_the_period() -> None:
    text = (
        "区总工会2014年工作总结\n一、2014年工作回顾\n"
        "组织开展2011-2013年劳动模范评选活动，共评出区劳动模范8人、先进集体20个。\n"
    )
    figs = _figures(text)
    assert figs[(8, "人")][0] == "2014"
    assert figs[(20, "个")][0] == "2014"


def test_a_hard_wrapped_line_stays_in_its_paragraph() -> None:
    text = (
        "政府工作报告\n各位代表：\n“十一五”经济社会发展回顾\n"
        "过去五年，我们坚持发展第一要务，全镇发展稳中有进，各项事业取得新进展。全镇工农业总产值由“十五”末的\n\n"
        "6.2亿元增加到9.9亿元，年均增长9.8%。镇级财政收入由1800万元增加到3600万元，是“十五”末的2倍。\n"
        "——2011年1月13日\n"
    )
    figs = _figures(text)
    assert figs[(9.8, "%")][0] == "2006-2010"
    assert figs[(1800, "万元")][0] == "2005"
    assert figs[(3600, "万元")][0] == "2010"
    assert figs[(2, "倍")][0] == "2010"


def test_a_year_in_chinese_numerals_dates_the_summary() -> None:
    text = "市交通局XX年工作总结\n二〇〇六年，我局完成交通建设投资1.3亿元，较上年增长35%。\n"
    figs = _figures(text)
    assert figs[(1.3, "亿元")][0] == "2006"
    assert figs[(35, "%")][0] == "2006"


def test_a_title_year_written_with_two_digits_dates_the_report() -> None:
    figs = _figures("溪口镇15年上半年工会工作总结\n上半年，全镇新建工会组织12家，发展会员460人。\n")
    assert figs[(12, "家")][0] == "2015H1"
    assert figs[(460, "人")][0] == "2015H1"


def test_a_unions_congress_report_reviews_its_term_as_a_whole() -> None:
    # a workers' congress every three years: what was done since the last is of the three years, levels of the last
    text = (
        "砥砺奋进 共创佳绩\n——在青禾机械股份有限公司第五届职工代表大会第一次会议上的工会工作报告\n"
        "一、上届职代会以来的工作回顾\n"
        "上届职代会召开以来的三年，是公司转型发展的三年。职工代表共提出提案186件，已办结179件。"
        "组织劳动竞赛52项次，参赛职工9600人次，会员总数达到2 318人。\n"
        "二、今后三年的主要任务\n每年组织劳动竞赛不少于15项。\n"
        "青禾机械股份有限公司工会\n二〇二二年一月十日\n"
    )
    figs = _figures(text)
    assert figs[(186, "件")][0] == "2019-2021"
    assert figs[(9600, "人次")][0] == "2019-2021"
    assert figs[(2318, "人")][0] == "2021"  # a level: the term's last year


def test_a_stock_at_a_quarters_end_is_the_quarters() -> None:
    # 9月末 in a report on the first three quarters: the stock at the end of Q3 (most annotators; and a year's
    # comparison must not meet it beside the year-end stock); a month's end as a date dates nothing
    text = (
        "桃溪县2024年前三季度经济运行情况\n前三季度，全县地区生产总值增长5.1%。9月末，全县金融机构各项存款余额612.8亿元，"
        "比年初增加49.6亿元。3月末存款余额580.2亿元。\n城东大道改造工程于3月底动工，全长4.6公里。\n"
    )
    figs = _figures(text)
    assert figs[(612.8, "亿元")][0] == "2024Q3"
    assert figs[(49.6, "亿元")][0] == "2024Q3"
    assert figs[(580.2, "亿元")][0] == "2024Q1"
    assert figs[(5.1, "%")][0] == "2024"  # the months so far: the year's (ANNOTATION.md has no year-to-date period)
    assert figs[(4.6, "公里")][0] == "2024"


def test_a_summary_about_this_year_takes_the_year_it_names() -> None:
    text = (
        "今年以来，我局聚焦重点任务，各项工作稳中有进。\n一、主要指标完成情况\n"
        "(一)农民收入：农村居民人均收入完成19600元，增幅7%。\n"
        "(二)2023年高标准农田建设任务20万亩，完成21.5万亩。\n"
    )
    figs = _figures(text)
    assert figs[(19600, "元")][0] == "2023"
    assert figs[(21.5, "万亩")][0] == "2023"


def test_the_n_years_reviewed_and_a_report_delivered_to_a_congress() -> None:
    text = (
        "泾水县人民政府\n——2007年2月8日在泾水县第十五届人民代表大会第一次会议上\n"
        "一、过去四年政府工作回顾\n"
        "2006年全县生产总值实现24.3亿元，比上年增长11.5%，年均增长10.4%；财政收入1.86亿元，年均增长18%。\n"
    )
    figs = _figures(text)
    assert figs[(24.3, "亿元")][0] == "2006"
    assert figs[(11.5, "%")][0] == "2006"
    assert figs[(10.4, "%")][0] == "2003-2006"  # 年均 over the four years the heading reviews
    assert figs[(1.86, "亿元")][0] == "2006"  # chained by the semicolon to 2006年
    assert figs[(18, "%")][0] == "2003-2006"


def test_the_years_task_done_in_a_half_is_of_the_half() -> None:
    figs = _figures("区总工会上半年工作总结\n一、建会入会\n1-6月，新建工会组织38家，完成全年任务的60%。\n某区总工会\n2021年7月5日")
    assert figs[(38, "家")] == ("2021H1", False)
    assert figs[(60, "%")] == ("2021H1", False)  # 全年任务 is what was done against, not when


def test_a_price_base_year_is_not_when() -> None:
    figs = _figures("2016年政府工作报告\n一、今后五年目标\n全县生产总值年均增长8%左右,2020年达到300亿元(2015年价),人均生产总值达到5.6万元。")
    assert figs[(300, "亿元")] == ("2020", True)
    assert figs[(5.6, "万元")] == ("2020", True)  # not 2015: (2015年价) names the prices counted in


REVIEW_2023 = """标题：2024年青岭县政府工作报告
发文时间：2024-01-16
正文：
各位代表：
一、2023年工作回顾
过去一年，新增信贷投放预计达到86亿元，是上年同期的1.6倍。全县3个项目入选2024年省重点建设项目。
城镇化率由48.2%提高到50.1%。规上工业企业3年增长41%。
"""


def test_what_a_year_beside_a_figure_does_not_date() -> None:
    figs = _figures(REVIEW_2023)
    assert figs[(1.6, "倍")][0] == "2023"  # 是上年同期的1.6倍: this year's figure over last year's
    assert figs[(3, "个")][0] == "2023"  # 入选2024年省重点建设项目: the year names the list
    assert figs[(48.2, "%")][0] == "2022"  # 由…提高到 in a one-year review: where the year started
    assert figs[(50.1, "%")][0] == "2023"
    assert figs[(41, "%")][0] == "2021-2023"  # 3年增长: the three years up to the one reviewed


def test_a_flow_in_a_five_year_review_keeps_the_span() -> None:
    text = (
        "2011年县政府工作报告\n各位代表：\n“十一五”经济社会发展回顾\n"
        "过去五年，是全县经济加快发展的五年。五年来，特色产业发展取得突破，新植经济林18万亩，总面积达到52万亩；"
        "人口自然增长率控制在6.5‰以内。\n"
    )
    figs = _figures(text)
    assert figs[(18, "万亩")][0] == "2006-2010"  # 新植: planted over the five years
    assert figs[(52, "万亩")][0] == "2010"  # 总面积达到: the level at the span's end
    assert figs[(6.5, "‰")][0] == "2006-2010"  # 控制在: held through the span


def test_a_school_term_is_a_half_year() -> None:
    text = (
        "青岭中学2023-2024学年第一学期工作总结\n本学期，我校共有教学班24个，期中考试全年级及格率91.5%。\n"
        "下学期，学校计划新增创客教室2间。\n"
    )
    figs = _figures(text)
    assert figs[(24, "个")][0] == "2023H2"  # the autumn term: September 2023 to January 2024
    assert figs[(91.5, "%")][0] == "2023H2"  # 全年级 is the whole grade, not 全年
    assert figs[(2, "间")] == ("2024", True)
    spring = _figures("青岭中学2023年春季学期工作总结\n本学期，开展家访活动120次。\n")
    assert spring[(120, "次")][0] == "2023H1"


def test_a_whole_school_years_figures_are_the_school_years() -> None:
    # as the dev gold's annotator read a 学年 summary: its counts and levels are of 2023-2024, a year it names is
    # that year, its plans are of the next school year
    figs = _figures(
        "青禾县第二中学2023—2024学年度工作总结\n学校现有教学班36个，在校学生1682人。2024年中考，升学率71.7%。"
        "本学年共开展主题班会210次。\n二、下学年工作思路\n新建标准化实验室2间。\n"
    )
    assert figs[(36, "个")] == ("2023-2024", False)
    assert figs[(210, "次")] == ("2023-2024", False)
    assert figs[(71.7, "%")] == ("2024", False)  # the exam of 2024: a year named, not a goal
    assert figs[(2, "间")] == ("2024-2025", True)


def test_a_school_years_statistics_count_at_its_start() -> None:
    # as two annotators read a 学年 statistics bulletin (the national practice): its start-of-year counts are of its
    # first year, what the whole school year did (本学年, 2023/2024学年，…) of the school year
    figs = _figures(
        "青禾县2023/2024学年教育事业统计公报\n发布时间：2024-09-02\n一、学校和学生\n2023/2024学年初，全县共有中小学"
        "86所，在校学生4.6万人。当年招收小学新生5210人。\n二、教师\n本学年新招聘教师164人。\n"
        "2023/2024学年，全县共资助困难学生8300人次。\n"
    )
    assert figs[(86, "所")] == ("2023", False)
    assert figs[(5210, "人")] == ("2023", False)  # 当年: the school year's first
    assert figs[(164, "人")] == ("2023-2024", False)  # not a goal: 2024 is within the school year
    assert figs[(8300, "人次")] == ("2023-2024", False)


def test_a_congress_reports_five_years_count_what_was_built_and_every_years_floor() -> None:
    # as three annotators read union congress reports: what was built, created or won under the five-year review is
    # the five years' (not the last year's), a floor set for each of the five years ahead is of those five years
    figs = _figures(
        "在青岭县工会第五次代表大会上的报告\n（2021年4月8日）\n各位代表：\n一、过去五年的工作回顾\n"
        "全县工会组织持续壮大。建成职工书屋168家，其中全国职工书屋示范点3家。\n"
        "职工提出合理化建议2.1万条，创造经济效益1.6亿元。\n全县企业建会率达到93.2%。\n"
        "二、今后五年的目标任务\n到2025年，全县企业建会率达到95%以上。\n"
        "一是深化技能竞赛，每年开展县级职业技能竞赛不少于6场；\n"
    )
    assert figs[(168, "家")] == ("2016-2020", False)
    assert figs[(1.6, "亿元")] == ("2016-2020", False)
    assert figs[(93.2, "%")] == ("2020", False)  # a level: the last year's
    assert figs[(95, "%")] == ("2025", True)
    assert figs[(6, "场")] == ("2021-2025", True)


def test_the_year_just_named_is_the_one_dangnian_means() -> None:
    figs = _figures(
        "在青岭县工会第六次代表大会上的报告\n（2024年3月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "2023年当年新建工会组织168家，超额完成市总工会下达的任务。\n"
    )
    assert figs[(168, "家")] == ("2023", False)  # not the year the report is delivered in, nor a goal


def test_a_base_or_an_earlier_part_noted_beside_a_figure_is_of_its_own_time() -> None:
    figs = _figures(
        "青岭市2023年上半年经济运行情况\n上半年，全市地区生产总值1290.4亿元，同比增长6.3%。其中，二季度地区生产总值"
        "668.1亿元，同比增长7.6%，比一季度（增长5.1%）明显加快。\n"
    )
    assert figs[(7.6, "%")][0] == "2023Q2" and figs[(5.1, "%")][0] == "2023Q1"  # the quarter compared with
    figs = _figures(
        "青岭县2016年国民经济和社会发展统计公报\n年末规模以上工业企业231家，比“十二五”末的187家增加44家。"
        "“十三五”开局之年，全县完成全社会固定资产投资86.3亿元，是“十二五”时期五年总和的0.3倍。\n"
    )
    assert figs[(187, "家")][0] == "2015"  # the base's own figure: the plan's last year
    assert figs[(231, "家")][0] == "2016"


def test_since_the_start_of_the_year_in_a_half_year_summary_is_the_half() -> None:
    text = "青岭县税务局2024年上半年工作总结\n今年以来，我局累计组织税费收入6.4亿元，同比增长5.1%。\n"
    figs = _figures(text)
    assert figs[(6.4, "亿元")][0] == "2024H1"
    assert figs[(5.1, "%")][0] == "2024H1"


def test_the_plans_of_a_half_year_summary_and_of_a_year_plan_section() -> None:
    figs = _figures(
        "青岭区总工会2025年上半年工作总结\n上半年，新建基层工会23家。\n"
        "下半年，区总工会将重点做好以下工作：新建工会组织20家，职工互助保障参保人数达到1.5万人。\n"
    )
    assert figs[(23, "家")] == ("2025H1", False)
    assert figs[(20, "家")] == ("2025H2", True)  # the half not yet lived: a plan
    assert figs[(1.5, "万人")] == ("2025H2", True)
    town = _figures(
        "柳溪镇2023年工作总结和2024年工作计划\n一、2023年工作总结\n全年完成固定资产投资6.2亿元。\n二、2024年工作计划\n"
        "全年力争完成固定资产投资7亿元，招引亿元以上项目3个，新建村级综合服务中心5个。\n"
    )
    assert town[(6.2, "亿元")] == ("2023", False)
    assert town[(5, "个")] == ("2024", True)  # 全年 in the plan is the year planned, however far back it is said


def test_months_that_make_a_half_or_a_quarter_are_it_and_others_the_year() -> None:
    # ANNOTATION.md: months inside a year are the half or quarter they make exactly, else the year: the first
    # three quarters together (前三季度, 1-9月) are no quarter, so a 2024Q3 would mislabel January-September; but
    # what stands at the end of September (截至9月底，共有…) is read at the third quarter's end, as the dev annotators
    # who met it read it (dy07, ea07), and as 9月末 is
    figs = _figures(
        "青岭县统计局关于2024年前三季度全县经济运行情况的报告\n前三季度，全县地区生产总值98.6亿元。"
        "1-9月，社会消费品零售总额42.1亿元。1-8月，完成工业投资12.5亿元。7—9月，新增市场主体1260户。"
        "截至9月底，全县共有个体工商户2.3万户。\n"
    )
    assert figs[(98.6, "亿元")][0] == "2024"
    assert figs[(42.1, "亿元")][0] == "2024"
    assert figs[(12.5, "亿元")][0] == "2024"
    assert figs[(1260, "户")][0] == "2024Q3"  # the third quarter alone
    assert figs[(2.3, "万户")][0] == "2024Q3"
    year = _figures(
        "青岭县市场监管局2024年工作总结\n截至6月底，全县共有市场主体4.1万户。截至11月底，查处案件86件。"
        "4—6月，开展专项检查12次。\n"
    )
    assert year[(4.1, "万户")][0] == "2024H1"  # January to June, in a year's summary too
    assert year[(86, "件")][0] == "2024"
    assert year[(12, "次")][0] == "2024Q2"


SIGNED_IN_JANUARY = """青禾食品有限公司年度工作总结
过去一年，公司实现销售收入3.82亿元，比上年增长6.5%。新建生产线2条，申请专利11件。
明年，公司将新增经销商40家，培训员工600人次。
下一步，力争销售收入突破4.2亿元，新开拓县级市场15个，客户满意度达到96%。
会议已增补了5名监事。
青禾食品有限公司
二〇二四年一月十二日
"""


@pytest.mark.parametrize(
    ("value", "unit", "period", "target"),
    [
        (3.82, "亿元", "2023", False),  # signed in January: a summary of the year before
        (2, "条", "2023", False),  # 过去一年 governs the paragraph: the year summed up, not the one before it
        (11, "件", "2023", False),
        (40, "家", "2024", True),  # 明年 in a year's summary: not lived yet, a goal
        (600, "人次", "2024", True),
        (4.2, "亿元", "2024", True),
        (15, "个", "2024", True),  # 力争 opening the sentence governs its later clauses
        (96, "%", "2024", True),
    ],
)
def test_a_summary_signed_early_in_a_year_is_of_the_year_before(
    value: float, unit: str, period: str, target: bool
) -> None:
    assert _figures(SIGNED_IN_JANUARY)[(value, unit)] == (period, target)


def test_a_summary_signed_late_in_its_year_is_of_that_year() -> None:
    text = SIGNED_IN_JANUARY.replace("二〇二四年一月十二日", "二〇二三年十二月二十六日")
    assert _figures(text)[(3.82, "亿元")] == ("2023", False)
    assert _figures(text)[(40, "家")] == ("2024", True)
    header = "标题：青禾食品有限公司年度工作总结\n发文时间：2024-01-12\n正文：\n" + SIGNED_IN_JANUARY.split("\n", 1)[1]
    assert _figures(header)[(3.82, "亿元")] == ("2023", False)  # a header's date counts as a signature's


def test_a_done_clause_is_no_goal_though_said_after_the_year_reviewed() -> None:
    text = SIGNED_IN_JANUARY.replace("会议已增补了5名监事。", "2024年1月，职代会增补了5名监事。")
    assert _figures(text)[(5, "名")] == ("2024", False)  # of the year after the one summed up, and done
    text = SIGNED_IN_JANUARY.replace("会议已增补了5名监事。", "下一步，职代会将增补5名监事。")
    assert _figures(text)[(5, "名")] == ("2024", True)  # the same, to be done: a goal


def test_the_quarters_after_the_one_reported_are_goals() -> None:
    text = "青峰砖厂2023年一季度生产情况\n1-3月，全厂生产砖坯860万块。\n二季度，计划生产砖坯1100万块，销售成品砖950万块。\n"
    got = _figures(text)
    assert got[(860, "万块")] == ("2023Q1", False)
    assert got[(1100, "万块")] == ("2023Q2", True)
    assert got[(950, "万块")] == ("2023Q2", True)  # a quarter not lived yet: a goal, cue or not


def test_the_first_years_of_a_plan_are_a_span_of_their_own() -> None:
    text = (
        "政府工作报告\n——2014年1月8日在青岭县第十六届人民代表大会第三次会议上\n各位代表：\n一、2013年工作回顾\n"
        "“十二五”前三年，全县生产总值年均增长11.4%。“十二五”头两年，累计完成投资96亿元。"
        "“十二五”期间，力争累计完成投资300亿元。\n"
    )
    got = _figures(text)
    assert got[(11.4, "%")][0] == "2011-2013"
    assert got[(96, "亿元")][0] == "2011-2012"
    assert got[(300, "亿元")] == ("2011-2015", True)


ENTERPRISE_PLAN = """远达运输有限公司2022年度工作总结
一、主要指标完成情况
2022年，公司完成货运量152万吨，为年计划的104.2%。年初确定的新开线路9条的目标全部完成。
二、2023年工作计划
2023年，计划新增运营车辆40台。截至目前，公司已储备项目3个。
"""


def test_completion_is_a_result_and_a_standing_fact_no_goal() -> None:
    got = _figures(ENTERPRISE_PLAN)
    assert got[(104.2, "%")] == ("2022", False)  # 为年计划的: measured against the plan
    assert got[(9, "条")][1] is True  # the goal set at the year's start
    assert got[(40, "台")] == ("2023", True)
    assert got[(3, "个")][1] is False  # 截至目前…已储备: stands now, under a plan's heading

@pytest.mark.parametrize(
    ("before", "period"),
    [
        ("2016-2020累计完成投资", "2016-2020"),  # a span with no 年: the one marker without 年, 月 or a lexicon word's character
        ("2016 — 2020，累计", "2016-2020"),
        ("“十三五”期间完成", "2016-2020"),
        ("完成投资3.5亿元、增长12%，新建", None),  # digits alone say no period (the text is not scanned)
    ],
)
def test_a_marker_is_found_where_the_quick_test_lets_the_scan_run(before: str, period: str | None) -> None:
    from extract.periods import Frame, said_in

    assert said_in(before, Frame(2021, "2020", "2021", "2016-2020")) == period


FINANCE_H1 = """平川县财政局2024年上半年工作总结
上半年，全县一般公共预算收入完成4.37亿元，占年初预算的51.6%，同比增长6.9%。争取上级转移支付资金7.2亿元。
下半年，确保全年一般公共预算收入完成8.5亿元，增长6%以上。
"""


def test_finance_half_year_growth_funds_secured_and_a_resolved_sentence() -> None:
    (article,) = split_document(Document(source="t.txt", text=FINANCE_H1, format="txt"))
    got = {(f.value, f.unit): f for f in extract_article(article).figures}
    assert got[(6.9, "%")].canonical == "一般公共预算收入增长"  # the income's growth, not the share's
    assert (got[(7.2, "亿元")].period, got[(7.2, "亿元")].target) == ("2024H1", False)  # secured: done
    assert (got[(6, "%")].period, got[(6, "%")].target) == ("2024", True)  # 确保 governs the sentence


def test_a_ratio_to_an_earlier_years_level_is_of_the_year_reviewed() -> None:
    text = "2023年工作总结\n2023年，全县接待游客320万人次，恢复到2019年的96%；旅游收入相当于2019年的1.1倍。\n"
    got = _figures(text)
    assert got[(96, "%")][0] == "2023"
    assert got[(1.1, "倍")][0] == "2023"


def test_the_latest_plenum_a_text_names_dates_it_when_it_gives_no_year() -> None:
    # 十七届四中全会 was held in September 2009: a year's summary citing it as current is of 2009
    text = "镇总工会全年工作总结\n今年以来，我镇总工会认真贯彻党的十七大、十七届四中全会精神，新建工会组织14家，发展会员630人。\n"
    assert {p for p, _ in _figures(text).values()} == {"2009"}
    # a half-year summary after an autumn plenum (十六届五中全会, October 2005) is of the next year's first half
    text = "市总工会上半年工作总结\n上半年，市总工会深入学习十六届五中全会精神，新建工会组织21家。\n"
    assert _figures(text)[(21, "家")] == ("2006H1", False)
    # a report delivered to a congress, its year blanked: 20XX年 is the year the plenum dates, the plan the next
    text = (
        "各位代表：受县人民政府委托，现向大会报告政府工作。\n一、20XX年工作回顾\n"
        "全面贯彻党的十九届二中、三中、四中全会精神。20XX年，全县地区生产总值286亿元。\n"
        "二、20XX年工作安排\n地区生产总值增长7%。\n"
    )
    figs = _figures(text)
    assert figs[(286, "亿元")] == ("2019", False)
    assert figs[(7, "%")] == ("2020", True)


def test_a_congress_alone_or_a_plenum_as_a_start_dates_nothing() -> None:
    # the congress's spirit is cited all through its term; 以来 starts a count, it is no time of writing
    for text in (
        "县总工会工作总结\n我会认真贯彻党的十九大精神，新建工会组织9家。\n",
        "县总工会工作总结\n十八届三中全会以来，全县新建工会组织40家。\n",
    ):
        assert _figures(text)[(9 if "十九大" in text else 40, "家")][0] is None


def test_months_that_are_no_whole_part_are_of_the_year() -> None:
    text = "青岭县总工会2024年上半年工作总结\n上半年，新建工会组织12家。5-6月，检查企业34家。1-6月，发展会员500人。\n"
    figs = _figures(text)
    assert figs[(12, "家")][0] == "2024H1"
    assert figs[(34, "家")][0] == "2024"  # 5-6月 is no half (ANNOTATION.md: the year, with the months)
    assert figs[(500, "人")][0] == "2024H1"


def test_a_count_up_to_a_day_that_ends_no_part_is_of_the_year() -> None:
    text = (
        "青岭县总工会2024年上半年工作总结\n截至6月25日，全县新建工会组织31家。其中非公企业工会19家。\n"
        "截至6月底，发展会员2100人。\n"
    )
    figs = _figures(text)
    assert figs[(31, "家")][0] == "2024"  # 6月25日 is no half's end (ANNOTATION.md: the year)
    assert figs[(19, "家")][0] == "2024"  # … nor for the sentence it governs
    assert figs[(2100, "人")][0] == "2024H1"  # 截至6月底 is the whole first half


def test_acts_counted_over_the_five_years_reviewed_are_of_the_span() -> None:
    text = (
        "政府工作报告\n——2011年2月18日在临河县第十五届人民代表大会第六次会议上\n各位代表：\n"
        "一、“十一五”及2010年工作回顾\n五年来，全县生产总值年均增长12.9%。新建乡村公路420公里，改造农村危房3600户，"
        "培训农民工2.4万人次。农民人均纯收入达到6120元。\n"
    )
    figs = _figures(text)
    assert figs[(3600, "户")][0] == "2006-2010"  # what was done, counted over the five years
    assert figs[(2.4, "万人次")][0] == "2006-2010"
    assert figs[(6120, "元")][0] == "2010"  # a level reached: the last year's


def test_funds_won_in_a_review_are_a_result_and_in_a_plan_a_goal() -> None:
    text = (
        "青岭县发改局2024年工作总结\n一、工作完成情况\n争取地方政府专项债券额度9.8亿元。争取省级补助资金1.2亿元。\n"
        "二、2025年工作计划\n争取地方政府专项债券额度12亿元。\n"
    )
    figs = _figures(text)
    assert figs[(9.8, "亿元")] == ("2024", False)  # 争取 with what was won: done
    assert figs[(1.2, "亿元")] == ("2024", False)
    assert figs[(12, "亿元")] == ("2025", True)  # the same words in the plan: a goal


def test_a_five_year_review_keeps_the_span_for_events_and_what_was_done_for_people() -> None:
    # a union congress's review: counts of events (场次, 人次, 户次) and what was done for people year after year
    # (发展会员, 走访慰问, 帮助) add up over the five years; a rate reached is the last year's level
    figs = _figures(
        "——在青山县总工会第十五次代表大会上的报告\n（2023年4月18日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年来，全县新建基层工会组织326家，发展会员2.86万人，建会率达到95.2%。累计筹集送温暖资金1860万元，"
        "走访慰问困难职工1.2万户次。开展劳动竞赛412场次，参赛职工8.6万人次，帮助1.1万名农民工实现就业。\n"
        "习近平总书记两次亲临视察。年接待游客由860万人次增加到1420万人次。五年来，开展职业技能竞赛78场，培育技术能手432名。\n"
    )
    for value in ((2.86, "万人"), (1.2, "万户次"), (412, "场次"), (8.6, "万人次"), (1.1, "万名"), (2, "次"), (78, "场"), (432, "名")):
        assert figs[value][0] == "2018-2022", value
    assert figs[(95.2, "%")][0] == "2022"
    assert figs[(1420, "万人次")][0] == "2022"  # a year's visitors, reached at the end


def test_a_plan_named_as_the_base_of_a_comparison_is_not_the_figures_period() -> None:
    # in a review of 十五: a ratio to 九五's total is the span's; a ratio to 九五's end level, the span's end
    figs = _figures(
        "政府工作报告\n——2006年2月20日在桃源县第十四届人民代表大会第五次会议上\n各位代表：\n"
        "一、“十五”期间工作回顾\n“十五”期间，全县累计完成全社会固定资产投资62.3亿元，是“九五”时期的2.6倍。"
        "全县生产总值达到48.6亿元，是“九五”期末的1.9倍。出口总值比“九五”增长49.6%。\n"
    )
    assert figs[(62.3, "亿元")][0] == "2001-2005"
    assert figs[(2.6, "倍")][0] == "2001-2005"
    assert figs[(1.9, "倍")][0] == "2005"
    assert figs[(49.6, "%")][0] == "2001-2005"  # growth over the span before, under the span's heading


def test_a_summarys_heading_of_its_own_year_is_what_was_done() -> None:
    # 2023年主要工作 in a 2023 summary is its review; in a government report of 2024, 2024年重点工作 is its plan
    figs = _figures(
        "县人民医院2023年工作总结及2024年工作计划\n一、2023年主要工作\n全年门诊量达52.6万人次，同比增长8.3%。\n"
        "二、2024年工作计划\n力争门诊量突破55万人次。\n"
    )
    assert figs[(52.6, "万人次")] == ("2023", False)
    assert figs[(55, "万人次")] == ("2024", True)
    report = _figures(
        "2024年青岭县政府工作报告\n一、2023年工作回顾\n全县生产总值增长6.1%。\n二、2024年重点工作\n"
        "新建农村公路120公里。\n"
    )
    assert report[(120, "公里")] == ("2024", True)


def test_one_months_figure_is_the_years_and_the_last_day_of_a_half_ends_it() -> None:
    figs = _figures(
        "青禾县税务局2022年上半年工作总结\n1-6月，累计组织税费收入8.65亿元。6月份当月入库税收1.36亿元。"
        "截至6月30日，累计办理留抵退税2.37亿元。\n"
    )
    assert figs[(8.65, "亿元")][0] == "2022H1"
    assert figs[(1.36, "亿元")][0] == "2022"  # a month is no half (ANNOTATION.md): the year
    assert figs[(2.37, "亿元")][0] == "2022H1"  # 6月30日 is the end of June
    bulletin = _figures(
        "2024年一季度鹭川市经济运行情况\n一季度，全市社会消费品零售总额203.5亿元。3月份，社会消费品零售总额70.2亿元。"
        "新能源汽车零售量约1.1万辆。\n"
    )
    assert bulletin[(70.2, "亿元")][0] == "2024"
    assert bulletin[(1.1, "万辆")][0] == "2024Q1"  # the month opened its own sentence only


def test_a_year_in_a_note_dates_only_its_own_figure() -> None:
    figs = _figures(
        "桂花派出所2021年工作总结\n二、严厉打击违法犯罪\n全年共受理刑事案件412起，同比下降14.6%（2020年为452起）；"
        "破获刑事案件157起，同比上升9.8%；抓获犯罪嫌疑人203人。\n"
    )
    assert figs[(452, "起")][0] == "2020"
    assert figs[(157, "起")][0] == "2021"
    assert figs[(203, "人")][0] == "2021"


def test_five_years_are_the_plan_the_heading_names_or_the_five_ahead() -> None:
    # a township's summary of 2016: its review of 十二五 and its goals for 十三五, each under its own heading
    town = _figures(
        "石桥镇人民政府工作总结\n一、今年主要工作完成情况\n全年完成固定资产投资6.1亿元。\n二、“十二五”工作回顾\n"
        "五年累计完成固定资产投资24.6亿元；农民人均可支配收入年均增长11.3%。\n三、“十三五”奋斗目标\n"
        "五年累计完成固定资产投资40亿元以上。\n石桥镇人民政府\n2016年12月22日\n"
    )
    assert town[(24.6, "亿元")][0] == "2011-2015"
    assert town[(11.3, "%")][0] == "2011-2015"
    assert town[(40, "亿元")] == ("2016-2020", True)
    # a union congress of 2021: 今后五年 is 2021-2025, whatever the five reviewed were; a heading naming two plans
    # says neither
    union = _figures(
        "——在城西县总工会第十六次代表大会上的报告\n（2021年1月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年累计新建工会组织532家。\n二、今后五年的目标任务\n五年累计新建工会组织不少于400家。\n"
        "三、“十三五”时期成就和“十四五”时期目标\n五年来，全县累计发展会员3.1万人。\n"
    )
    assert union[(532, "家")][0] == "2016-2020"
    assert union[(400, "家")] == ("2021-2025", True)
    assert union[(3.1, "万人")][0] == "2016-2020"


def test_a_part_of_the_year_compared_with_is_no_period() -> None:
    figs = _figures(
        "青岭区2019年上半年工作总结\n1-6月，全区实现地区生产总值168.4亿元，同比增长7.2%，增速较一季度加快0.6个百分点；"
        "完成一般公共预算收入12.57亿元。社会消费品零售总额73.9亿元，降幅比1-5月收窄1.5个百分点。\n"
    )
    for value in ((0.6, "个百分点"), (12.57, "亿元"), (73.9, "亿元"), (1.5, "个百分点")):
        assert figs[value][0] == "2019H1", value


def test_a_share_of_the_years_task_is_of_the_half_that_did_it() -> None:
    figs = _figures("青岭区2019年上半年工作总结\n城镇新增就业6820人，完成全年任务的56.8%。\n")
    assert figs[(56.8, "%")][0] == "2019H1"


def test_a_level_shortened_to_is_not_the_year_of_its_start() -> None:
    figs = _figures("县医院工会2024年工作总结\n出院病人3.41万人次，平均住院日由上年的7.9天缩短至7.3天。\n")
    assert figs[(7.9, "天")][0] == "2023"
    assert figs[(7.3, "天")][0] == "2024"


def test_a_two_year_average_is_over_the_two_years() -> None:
    figs = _figures("溧峰县2021年1-11月份主要经济指标运行情况\n社会消费品零售总额87.43亿元，同比增长13.9%，两年平均增长5.2%。\n")
    assert figs[(13.9, "%")][0] == "2021"
    assert figs[(5.2, "%")][0] == "2020-2021"


def test_a_starting_year_in_a_clause_before_dates_nothing_after_it() -> None:
    figs = _figures(
        "——在澄溪县总工会第十六次代表大会上的报告\n（2021年1月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "全县基层工会由2015年底的1126家增加到1583家，五年净增457家；工会会员从6.4万人增加到8.9万人。\n"
    )
    assert figs[(1583, "家")][0] == "2020"
    assert figs[(8.9, "万人")][0] == "2020"  # not 2015, the start of the clause before


def test_a_part_after_qizhong_is_of_the_period_of_its_whole() -> None:
    figs = _figures(
        "——在澄溪县总工会第十六次代表大会上的报告\n（2021年1月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年累计新建工会组织532家，新发展会员3.1万人，其中农民工会员1.7万人。"
        "全县农民人均纯收入年均增加260元以上，其中务工收入比重达到38.6%。\n"
    )
    assert figs[(3.1, "万人")][0] == "2016-2020"
    assert figs[(1.7, "万人")][0] == "2016-2020"
    assert figs[(38.6, "%")][0] == "2020"  # a share is no part of a sum: the level at the end


def test_a_part_in_another_unit_after_qizhong_is_of_its_wholes_years() -> None:
    figs = _figures(
        "——在澄溪县总工会第十六次代表大会上的报告\n（2021年1月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年累计引进县外资金62亿元，其中投资千万元以上项目94个。2020年引进资金15亿元，其中项目21个。\n"
    )
    assert figs[(94, "个")][0] == "2016-2020"
    assert figs[(21, "个")][0] == "2020"


def test_a_goals_whole_year_opening_its_chained_clauses_is_the_year_planned() -> None:
    figs = _figures(
        "禾川区市场监督管理局2020年工作总结\n一、市场主体持续壮大\n全年新登记市场主体1.3万户。\n二、2021年工作计划\n"
        "全年新登记市场主体力争达到1.5万户；完成食品安全监督抽检4500批次以上，抽检合格率稳定在97%以上。\n"
    )
    assert figs[(1.3, "万户")] == ("2020", False)
    assert figs[(1.5, "万户")] == ("2021", True)
    assert figs[(4500, "批次")] == ("2021", True)
    assert figs[(97, "%")] == ("2021", True)


def test_a_year_exceeded_or_recovered_to_is_a_base() -> None:
    figs = _figures(
        "云梦山市文化和旅游局2023年工作总结\n全年接待游客1280万人次，恢复至2019年同期水平的98.9%。"
        "旅游总收入112亿元，全面超过2019年水平；新增A级景区3家。\n"
        "二、2024年工作思路\n旅游总收入力争达到125亿元，全面超过2019年水平；开展文化惠民演出不少于1200场次。\n"
    )
    assert figs[(98.9, "%")][0] == "2023"
    assert figs[(3, "家")][0] == "2023"
    assert figs[(1200, "场次")] == ("2024", True)
    report = _figures(
        "政府工作报告\n——2008年1月10日在南丰县第十五届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
        "五年累计实现财政总收入28.6亿元，是上届政府的2.7倍。\n"
    )
    assert report[(2.7, "倍")][0] == "2003-2007"  # the five years' total over the term before: the span's


def test_a_half_year_summarys_goal_for_the_years_end_is_the_years() -> None:
    figs = _figures(
        "桐溪镇总工会2020年上半年工作总结及下半年工作打算\n一、上半年工作\n新建工会组织6家。\n二、下半年工作打算\n"
        "力争下半年新建工会组织8家以上，确保年底建会率达到95%以上，再推动3个行业开展集体协商。\n"
    )
    assert figs[(8, "家")] == ("2020H2", True)
    assert figs[(95, "%")] == ("2020", True)  # at the year's end
    assert figs[(3, "个")] == ("2020H2", True)  # its own clause names no year's end


def test_a_goal_set_at_the_start_of_the_year_reviewed_is_that_years() -> None:
    figs = _figures(
        "云泽经济开发区管委会2023年工作总结\n规上工业企业实现营业收入438.9亿元，增长6.1%，未完成年初确定的增长10%的目标。\n"
    )
    assert figs[(10, "%")] == ("2023", True)


def test_a_change_after_last_years_base_figure_is_this_periods() -> None:
    figs = _figures("禾丰市第二人民医院2024年一季度运行情况\n一季度平均住院日7.6天，较去年同期的8.1天缩短0.5天。\n")
    assert figs[(7.6, "天")][0] == "2024Q1"
    assert figs[(0.5, "天")][0] == "2024Q1"  # 8.1 is its base (the record's base_value)


def test_a_quarters_report_plans_the_next_quarter_and_the_year() -> None:
    figs = _figures(
        "禾丰市第二人民医院2024年一季度运行情况\n一、运行情况\n一季度出院患者1.21万人次。\n二、下一步工作\n"
        "力争门诊预约就诊率提高到55%以上，全年门急诊量突破75万人次。\n"
    )
    assert figs[(1.21, "万人次")] == ("2024Q1", False)
    assert figs[(55, "%")] == ("2024Q2", True)
    assert figs[(75, "万人次")] == ("2024", True)


def test_a_plans_name_ending_a_slogan_dates_nothing() -> None:
    figs = _figures(
        "沅川区总工会2013年工作总结\n以“当好主力军、建功十二五”为主题开展劳动竞赛，参赛企业136家，参赛职工2.3万人次。"
        "全面完成“十二五”规划确定的目标任务。\n"
    )
    assert figs[(136, "家")][0] == "2013"
    assert figs[(2.3, "万人次")][0] == "2013"


def test_a_meeting_of_the_year_inside_a_summary_its_title_dates_is_an_event_of_that_year() -> None:
    figs = _figures(
        "澄溪发电公司工会2019年工作总结\n\n2019年，公司工会团结动员广大职工建功立业。\n\n一、2019年主要工作完成情况\n"
        "公司于3月召开一届四次职代会暨2019年工作会议，应到职工代表156名，实到151名。"
        "全年召开厂务公开联席会议4次。\n二、2020年工作打算\n全年培训工会干部100人次以上。\n"
    )
    assert figs[(151, "名")] == ("2019", False)
    assert figs[(4, "次")] == ("2019", False)
    assert figs[(100, "人次")] == ("2020", True)


def test_the_five_years_govern_the_clauses_chained_to_them_and_what_was_won_back() -> None:
    figs = _figures(
        "——在澄溪县总工会第十六次代表大会上的报告\n（2021年1月20日）\n各位代表：\n一、过去五年的工作回顾\n"
        "坚持把组建作为基础来抓，五年新建基层工会组织1128家，年均新建225家以上；新发展会员4.18万人。"
        "五年来，县职工法律援助中心共受理法律援助案件1240件，为职工挽回经济损失3860万元。"
        "企事业单位职代会建制率达到94%。\n"
    )
    assert figs[(4.18, "万人")][0] == "2016-2020"
    assert figs[(3860, "万元")][0] == "2016-2020"
    assert figs[(94, "%")][0] == "2020"  # a level: the span's end


def test_a_plan_named_inside_a_five_year_paragraph_dates_only_its_sentence() -> None:
    figs = _figures(
        "临泽区2013年政府工作报告\n——2013年1月9日在临泽区第三届人民代表大会第一次会议上\n各位代表：\n一、过去五年工作回顾\n"
        "全区地区生产总值由2007年的156.3亿元增加到2012年的318.6亿元，年均增长13.8%。“十一五”期间，地区生产总值年均增速达到14.2%。"
        "公共财政预算收入由9.2亿元增加到27.45亿元，年均增长24.4%；五年累计实现全口径财政收入196.8亿元，是前五年的2.7倍。"
        "规模以上工业企业达到412家，比2007年净增137家。\n"
        "二、2013年主要预期目标\n（一）抓项目扩投资。全年安排区级重点项目80个。确保招商引资到位资金增长15%以上。\n"
    )
    assert figs[(14.2, "%")][0] == "2006-2010"
    assert figs[(27.45, "亿元")][0] == "2012"  # not the end of 十一五, named in the sentence before
    assert figs[(24.4, "%")][0] == "2008-2012"
    assert figs[(2.7, "倍")][0] == "2008-2012"  # five years over the five before
    assert figs[(137, "家")][0] == "2008-2012"  # added since the base year
    assert figs[(15, "%")] == ("2013", True)  # 全年 opening the sentence before dates nothing after it


def test_a_bulletin_of_the_months_so_far_asks_for_the_rest_of_its_year() -> None:
    figs = _figures(
        "金坪县2016年前三季度经济运行简况\n\n一、综合\n前三季度，全县实现地区生产总值86.42亿元，同比增长7.9%。\n"
        "二、四季度建议\n要完成全年地区生产总值增长8%的目标，四季度全县需完成固定资产投资30.7亿元以上，"
        "规模以上工业增加值当季增速须达到9.5%以上。\n"
    )
    assert figs[(86.42, "亿元")] == ("2016", False)
    assert figs[(8, "%")] == ("2016", True)  # the year's goal, not next year's
    assert figs[(30.7, "亿元")] == ("2016Q4", True)  # 需完成: still to be done
    assert figs[(9.5, "%")] == ("2016Q4", True)


def test_an_appendix_inside_a_report_and_the_five_years_ahead() -> None:
    figs = _figures(
        "——在澄溪县工会第十六次代表大会上的报告\n（2021年4月22日）\n各位代表：\n一、过去五年工作回顾\n"
        "五年新建基层工会组织1128家。\n附表：“十三五”期间主要工作指标完成情况\n"
        "指标名称　规划目标　实际完成　完成率（%）\n职工书屋（家）　500　520　104.0\n\n"
        "二、今后五年的目标任务\n到2025年，全县基层工会组织达到2800家以上。五年新建基层工会组织1000家，新发展会员4万人；"
        "年均组织职工疗休养2000人次以上。\n"
    )
    assert figs[(2800, "家")] == ("2025", True)  # 二、 after the appendix still heads the plans
    assert figs[(1000, "家")] == ("2021-2025", True)
    assert figs[(4, "万人")] == ("2021-2025", True)
    assert figs[(2000, "人次")] == ("2021-2025", True)


def test_a_school_years_plans_with_a_whole_year_are_the_next_school_years() -> None:
    figs = _figures(
        "云溪县第二中学2023-2024学年工作总结\n一、教学工作\n本学年共开设选修课32门。\n二、2024-2025学年工作计划\n"
        "一是提升教学质量，中考普高上线率力争达到90%；二是加强教师队伍建设，全年教师培训不少于1 200人次；"
        "三是改善办学条件，新建理化生实验室2-3间。\n"
    )
    assert figs[(32, "门")] == ("2023-2024", False)
    assert figs[(1200, "人次")] == ("2024-2025", True)  # 全年: the school year planned, not 2024
    assert figs[(3, "间")] == ("2024-2025", True)


def test_a_summary_of_three_years_dated_by_the_start_it_names() -> None:
    figs = _figures(
        "杉口镇总工会三年工作总结\n\n自2018年初镇总工会换届以来，镇总工会团结带领全镇职工建功立业。现将三年来的主要工作总结如下：\n\n"
        "一、组织建设不断加强。三年来，全镇累计新建基层工会43家。全镇25人以上企业建会率由换届前的71%提高到94%。"
        "联合镇卫生院为女职工开展“两癌”免费筛查，共筛查1560人次。全镇会员总数达到6900余人。\n"
    )
    assert figs[(43, "家")] == ("2018-2020", False)  # the three years since the start, not 2016-2018
    assert figs[(1560, "人次")] == ("2018-2020", False)  # what was done: over the three years
    assert figs[(94, "%")] == ("2020", False)  # a rate reached: their last year
    assert figs[(6900, "人")] == ("2020", False)  # a total reached


def test_a_plan_named_at_the_head_of_chained_clauses_governs_them() -> None:
    figs = _figures(
        "2007年政府工作报告\n——2007年2月6日在青州市第十三届人民代表大会第五次会议上\n各位代表：\n一、2006年工作回顾\n"
        "全市实现生产总值412.6亿元，比上年增长13.2%。回顾“十五”，全市生产总值由2000年的198.4亿元增加到2005年的364.5亿元，"
        "年均增长12.1%；地方财政一般预算收入由4.86亿元增加到12.65亿元，年均增长21.1%；"
        "五年累计完成全社会固定资产投资512.3亿元，是“九五”时期的2.6倍；五年累计新增城镇就业12.4万人。\n"
    )
    assert figs[(412.6, "亿元")][0] == "2006"
    assert figs[(4.86, "亿元")][0] == "2000"  # the start of 十五, not of the five years before 2007
    assert figs[(21.1, "%")][0] == "2001-2005"
    assert figs[(512.3, "亿元")][0] == "2001-2005"
    assert figs[(12.4, "万人")][0] == "2001-2005"


def test_fifteen_as_a_number_is_no_plan() -> None:
    figs = _figures(
        "青石镇人民政府2011年工作总结和2012年工作打算\n一、2011年工作回顾\n新修通村水泥路十二点六公里，新打机井十五眼。\n"
        "二、2012年工作打算\n全镇工作的主要目标是：生产总值增长百分之十五以上；完成固定资产投资3亿元；社会消费品零售总额增长15%。\n"
    )
    assert figs[(15, "眼")] == ("2011", False)
    assert figs[(3, "亿元")] == ("2012", True)  # not 2001-2005: 百分之十五 and 十五眼 name no “十五”
    assert figs[(15, "%")] == ("2012", True)
    # the fifteenth point of a list, the 15th National Games
    listed = _figures(
        "2026年政府工作报告\n各位代表：\n三、2026年重点工作\n十五是打造60个城市书房。办好十五运会，新建健身步道300公里。\n"
    )
    assert listed[(60, "个")] == ("2026", True)
    assert listed[(300, "公里")] == ("2026", True)


def test_agreements_checks_and_fixes_add_up_over_the_years_reviewed() -> None:
    figs = _figures(
        "青石镇总工会换届以来工作总结\n\n自2021年初镇总工会换届以来，现将三年来的主要工作总结如下：\n\n"
        "五、维权工作扎实推进。三年来，女职工委员会组建率达到86%；签订工资专项集体合同27份。"
        "对18家基层工会开展经费审查，督促整改问题11个。每年开展职工文体活动6场以上。\n"
    )
    assert figs[(86, "%")] == ("2023", False)  # a rate reached: the last year
    assert figs[(27, "份")] == ("2021-2023", False)  # agreed over the three years
    assert figs[(18, "家")] == ("2021-2023", False)
    assert figs[(11, "个")] == ("2021-2023", False)
    assert figs[(6, "场")] == ("2023", False)  # a year's: 每年


def test_a_congress_at_the_years_end_reviews_that_year_and_its_five() -> None:
    figs = _figures(
        "同心协力 再创佳绩\n——在青川市工会第九次代表大会上的报告\n（2021年11月26日）\n\n各位代表：\n\n一、过去五年的工作回顾\n"
        "五年来，全市累计新建基层工会组织1520家，新发展工会会员8.6万人。到2021年底，全市基层工会达到4210家，"
        "比2016年末增加930家。全市企业建会率达到92.4%。\n二、今后五年的目标任务\n今后五年，新建基层工会1000家。\n"
    )
    assert figs[(1520, "家")] == ("2017-2021", False)
    assert figs[(8.6, "万人")] == ("2017-2021", False)  # 发展工会会员: a flow, over the five years
    assert figs[(4210, "家")] == ("2021", False)
    assert figs[(930, "家")] == ("2017-2021", False)  # a change since the base year
    listed = _figures(
        "青川县总工会2021年工作总结\n2021年全县建会企业1036家，覆盖职工8.9万人，比2016年分别增加412家和2.7万人。\n"
    )
    assert listed[(412, "家")] == ("2017-2021", False)  # (分别: each of the changes since it)
    assert listed[(2.7, "万人")] == ("2017-2021", False)
    assert listed[(1036, "家")] == ("2021", False)
    assert figs[(92.4, "%")] == ("2021", False)
    assert figs[(1000, "家")] == ("2022-2026", True)


def test_a_spring_congress_still_reviews_the_year_before() -> None:
    figs = _figures(
        "政府工作报告\n——2021年1月12日在青川市第十届人民代表大会第五次会议上\n各位代表：\n"
        "全市基层工会达到4210家。\n"
    )
    assert figs[(4210, "家")] == ("2020", False)


def test_a_two_year_average_is_its_own_figures_span_only() -> None:
    figs = _figures(
        "柳溪区2021年一季度经济运行情况\n一季度，全区地区生产总值增长16.2%，两年平均增长5.8%；第三产业增加值42.1亿元，同比增长12.5%。"
        "规模以上工业增加值同比增长22.4%，两年平均增长6.6%，比2019年同期增长13.6%。\n"
        "上年同期，全区地区生产总值同比下降8.9%。\n"
    )
    assert figs[(5.8, "%")] == ("2020-2021", False)  # the average: over the two years
    assert figs[(42.1, "亿元")] == ("2021Q1", False)  # not dated by the clause before's average
    assert figs[(12.5, "%")] == ("2021Q1", False)
    assert figs[(13.6, "%")] == ("2021Q1", False)  # nor by an average earlier in its sentence
    assert figs[(8.9, "%")] == ("2020Q1", False)  # 上年同期，…: the sentence is of last year's quarter


def test_figures_under_an_unnumbered_plan_are_next_years_targets() -> None:
    figs = _figures(
        "柳溪县地方税务局2015年工作总结及2016年工作打算\n\n一、组织收入\n全年组织各项收入3.9亿元。\n"
        "二、存在的问题\n一是税源单一；二是人手不足，45岁以上干部占六成。\n\n2016年工作打算\n"
        "重点税源户增加到100户；网上申报率达到90%；清理陈欠800万元以上。\n"
    )
    assert figs[(3.9, "亿元")] == ("2015", False)
    assert [figs[(v, u)] for v, u in ((100, "户"), (90, "%"), (800, "万元"))] == [("2016", True)] * 3


def test_a_table_under_a_heading_of_a_plans_years_is_of_those_years() -> None:
    figs = _figures(
        "青川县总工会2020年工作总结\n\n一、2020年工作\n全年新建基层工会组织126家。\n\n"
        "附表：“十三五”期间全县工会主要工作指标完成情况\n指标名称　规划目标　实际完成　完成率（%）\n"
        "新建基层工会组织（家）　600　652　108.7\n"
    )
    assert figs[(126, "家")] == ("2020", False)
    assert figs[(600, "家")] == ("2016-2020", True)
    assert figs[(652, "家")] == ("2016-2020", False)


def test_a_years_goal_noted_in_brackets_in_a_quarters_report() -> None:
    text = (
        "桐岭县总工会2024年一季度工作总结\n\n一、一季度工作完成情况\n一季度全县新建基层工会组织27家，完成全年任务（80家）的33.8%；"
        "新发展会员1427人，完成全年目标（2500人）的57.1%。\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    got = {f.value: (f.indicator, f.canonical, f.period, f.target) for f in extract_article(article).figures}
    assert got[27] == ("新建基层工会组织", "新建工会组织", "2024Q1", False)
    assert got[80] == ("新建基层工会组织", "新建工会组织", "2024", True)  # the year's goal, not the quarter's result
    assert got[2500] == ("新发展会员", "发展会员", "2024", True)
    assert got[33.8][2:] == ("2024Q1", False)  # how far the quarter went


def test_a_growth_over_last_year_in_a_plan_is_a_goal_and_a_plan_done_is_a_review() -> None:
    figs = _figures(
        "柳溪县地方税务局2010年工作总结及2011年工作打算\n\n一、组织收入\n全年组织各项收入3.9亿元。\n"
        "（一）三年行动计划圆满完成\n压减落后产能12万吨，技术合同成交额同比增长16.6%。\n\n2011年工作打算\n"
        "2011年是开局之年。全局工作的总体思路是……主要目标：力争全年组织各项收入突破4.3亿元，其中税收收入3.3亿元，"
        "比上年增长11%以上。\n"
    )
    assert figs[(11, "%")] == ("2011", True)  # the goal's growth over 2010
    assert figs[(12, "万吨")] == ("2010", False)  # a plan whose heading says it was done
    assert figs[(16.6, "%")] == ("2010", False)


def test_a_yearly_average_to_a_year_ahead_is_over_the_five_years_ahead() -> None:
    figs = _figures(
        "政府工作报告\n——2013年1月8日在青石区第八届人民代表大会第二次会议上\n各位代表：\n一、过去五年工作回顾\n"
        "全区地区生产总值达到318.6亿元。\n二、今后五年的奋斗目标\n今后五年全区经济社会发展的主要目标是：到2017年，"
        "地区生产总值突破500亿元，年均增长11%左右；城镇居民人均可支配收入达到4万元。\n"
    )
    assert figs[(500, "亿元")] == ("2017", True)  # a level reached by then
    assert figs[(11, "%")] == ("2013-2017", True)  # an average over the five years


def test_a_base_years_figure_its_change_and_five_years_said_in_a_sentence_of_one_year() -> None:
    figs = _figures(
        "桐西县2005年国民经济和社会发展统计公报\n一、综合\n2005年全县国内生产总值比2000年的26.35亿元增加22.27亿元，"
        "按可比价格计算，比2000年增长74.7%，五年年均增长11.8%。\n"
    )
    assert figs[(26.35, "亿元")] == ("2000", False)  # the base's own figure
    assert figs[(22.27, "亿元")] == ("2001-2005", False)  # the change since it
    assert figs[(11.8, "%")] == ("2001-2005", False)  # 五年年均 in a sentence that opens on 2005年
    later = _figures("桐西县2007年国民经济和社会发展统计公报\n一、农业\n年末农业机械总动力43.5万千瓦，比“十五”末增长18.6%。\n")
    assert later[(43.5, "万千瓦")] == ("2007", False)
    assert later[(18.6, "%")] == ("2006-2007", False)  # since the plan's last year


def test_inside_a_paragraph_a_part_naming_its_own_figure_dates_only_its_sentence() -> None:
    figs = _figures(
        "桃溪县2023年上半年经济运行情况\n一、消费\n上半年，全县社会消费品零售总额46.1亿元，增长8.2%。二季度实现零售额23.7亿元，"
        "增长10.9%。其中，餐饮收入5.6亿元，增长17.3%。\n二、财政\n上半年，全县一般公共预算收入6.2亿元。1-5月，税收收入增长"
        "13.1%，6月有所回落。一般公共预算支出16.9亿元，增长4.4%。\n"
    )
    assert figs[(23.7, "亿元")] == ("2023Q2", False)  # the quarter named for its own figure
    assert figs[(5.6, "亿元")] == ("2023H1", False)  # the paragraph's half again (二季度 had no comma: no frame)
    assert figs[(16.9, "亿元")] == ("2023H1", False)  # 1-5月, looked back on in a half's report, dates its sentence only


def test_the_whole_of_the_year_the_sentence_names() -> None:
    # a report on the spring's festivals of 2021: its plans are the rest of that year, as 今年 says
    figs = _figures(
        "梧江县总工会2021年两节送温暖活动情况报告\n一、活动开展情况\n全县各级工会共筹集送温暖资金386.5万元。\n六、下一步打算\n"
        "今年，县总工会将继续开展常态化帮扶，力争全年在档困难职工解困脱困200户以上。\n"
    )
    assert figs[(200, "户")] == ("2021", True)


def test_a_five_year_reviews_awards_and_events_and_the_year_dangnian_names() -> None:
    figs = _figures(
        "桐溪县总工会工作报告\n——在桐溪县工会第九次代表大会上\n（2022年3月10日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年来累计新建基层工会组织312家。2021年，开展货车司机入会集中行动，当年新建基层工会64家。"
        "全县职工获全国五一劳动奖章2人、省五一劳动奖章9人。举办各类培训班41期，培训工会干部5200余人次。\n"
    )
    assert figs[(64, "家")] == ("2021", False)  # 当年: the year the sentence named, not the report's
    assert figs[(2, "人")] == ("2017-2021", False)  # awards won over the five years
    assert figs[(9, "人")] == ("2017-2021", False)
    assert figs[(5200, "人次")] == ("2017-2021", False)  # events (余人次) add up over the years


def test_a_school_years_summary_counts_on_a_day_and_within_the_school_year() -> None:
    figs = _figures(
        "桐溪市教育工会2021—2022学年工作总结\n一、组织建设\n学年内新建民办学校工会9个。截至2022年6月底，全市教育系统共有基层工会"
        "388个，教职工入会率97.6%。全市中小学教代会建制率100%。\n二、维权\n学年内受理教职工来信来访17件，办结16件。\n"
    )
    assert figs[(388, "个")] == ("2022H1", False)  # counted on the last day of June: that year's first half
    assert figs[(100, "%")] == ("2021-2022", False)  # the day's count does not date the sentences after it
    assert figs[(17, "件")] == ("2021-2022", False)  # 学年内: within the school year


def test_a_baseline_at_last_years_end_inside_a_long_sentence() -> None:
    figs = _figures(
        "桐溪市教育工会2013年上半年工作总结\n上半年督促指导新办民办学校建立工会组织11个，发展会员436人，民办学校建会率由去年底的"
        "71%提高到78.5%。\n"
    )
    assert figs[(71, "%")] == ("2012", False)  # 去年底's own figure, however far into the sentence
    assert figs[(78.5, "%")] == ("2013H1", False)


def test_a_paragraph_opening_on_the_five_years_heads_the_paragraphs_after_it() -> None:
    text = (
        "政府工作报告\n——2021年1月12日在桐溪县第十七届人民代表大会第五次会议上\n各位代表：\n"
        "一、2020年和“十三五”时期工作回顾\n2020年是极不平凡的一年。全县生产总值增长3.6%。\n"
        "过去五年，是桐溪发展史上极不平凡的五年。\n——城乡面貌焕然一新。新改建农村公路980公里，建成高标准农田21.4万亩，"
        "装配式建筑占新建建筑比重达到32%。\n"
        "根据县委建议，我们编制了“十四五”规划纲要（草案）。《纲要》提出了主要目标。\n——发展质量更高。新建5G基站1200个。\n"
    )
    figs = _figures(text)
    assert figs[(3.6, "%")] == ("2020", False)  # the year's paragraph
    assert figs[(980, "公里")] == ("2016-2020", False)  # under 过去五年…, as under a heading of the five years
    assert figs[(21.4, "万亩")] == ("2016-2020", False)
    assert figs[(32, "%")] == ("2020", False)  # a share stated as a level: the last year's
    assert figs[(1200, "个")][0] != "2016-2020"  # once a paragraph turns to the plan ahead, the five years end


def test_a_projects_total_cost_has_no_period() -> None:
    figs = _figures(
        "桐溪镇2023年工作总结\n一、项目建设\n总投资9亿元的华峰新材料项目完成主体厂房建设，年内完成投资2.6亿元。\n"
        "二、2024年工作打算\n抓好总投资15亿元的重点项目建设。\n"
    )
    assert figs[(9, "亿元")] == (None, False)  # what the project costs in all, not what was spent when
    assert figs[(2.6, "亿元")] == ("2023", False)
    assert figs[(15, "亿元")] == ("2024", True)  # in the plan: the plan's


def test_the_n_years_a_paragraph_opens_on() -> None:
    figs = _figures(
        "政府工作报告\n——2005年1月10日在桐溪市第十三届人民代表大会第三次会议上\n各位代表：\n一、2004年工作回顾\n"
        "2004年全市生产总值增长12.1%。\n四年间，全市生产总值年均增长11.6%；累计完成全社会固定资产投资486.2亿元。\n"
    )
    assert figs[(11.6, "%")] == ("2001-2004", False)
    assert figs[(486.2, "亿元")] == ("2001-2004", False)  # the clauses it chains: the same four years


def test_a_list_of_the_years_goals_chained_by_semicolons() -> None:
    figs = _figures(
        "桐溪县2025年上半年经济运行情况分析\n一、主要指标完成情况\n上半年，全县地区生产总值增长5.9%。\n二、与全年目标对比分析\n"
        "县人代会确定的全年目标为：地区生产总值增长6.5%；规上工业增加值增长9%；固定资产投资增长8%。\n"
    )
    assert figs[(5.9, "%")] == ("2025H1", False)
    assert figs[(6.5, "%")] == ("2025", True)  # the year's goals, not the half's
    assert figs[(9, "%")] == ("2025", True)  # every clause the list chains is a goal
    assert figs[(8, "%")] == ("2025", True)


def test_goals_under_a_heading_of_the_five_years_ahead() -> None:
    figs = _figures(
        "凝心聚力谋发展\n——在桐溪县总工会第十六次代表大会上的工作报告\n（2021年6月18日）\n各位代表：\n一、过去五年的工作回顾\n"
        "五年来，全县累计新建基层工会组织386家。\n二、今后五年的目标任务\n今后五年，是桐溪加快转型的关键时期。\n"
        "——组织建设再上新台阶。新建基层工会组织400家以上；一般公共预算收入达到50亿元。\n"
    )
    assert figs[(400, "家")] == ("2021-2025", True)  # what is built over the five years ahead
    assert figs[(50, "亿元")] == ("2025", True)  # a level: by their end (公共 is no 共, no total)
    later = _figures(
        "政府工作报告\n——2013年1月8日在青石区第八届人民代表大会第二次会议上\n各位代表：\n一、过去五年工作回顾\n全区新建学校12所。\n"
        "二、今后五年的奋斗目标和2013年工作安排\n新建保障性住房3600套。\n"
    )
    assert later[(3600, "套")] == ("2013", True)  # a heading naming the year too: the year's plan


def test_a_count_at_the_school_years_start_is_all_of_its_first_year() -> None:
    figs = _figures(
        "桐溪县2021—2022学年初教育事业统计分析\n一、总体规模\n全县共有小学42所，在校生26,310人，本学年招生4,560人。\n"
        "本学年新建、改扩建校舍9栋。\n"
    )
    assert figs[(42, "所")] == ("2021", False)
    assert figs[(4560, "人")] == ("2021", False)  # 本学年 in a count at its start: the first year too
    assert figs[(9, "栋")] == ("2021", False)


def test_a_plans_years_so_far() -> None:
    figs = _figures(
        "坚定信心 奋勇争先\n——在省通衢投资集团第二届职工代表大会第四次会议上的工作报告\n各位代表：\n"
        "一、“十四五”以来的工作回顾\n三年累计实现营业收入2315亿元。过去一年，集团实现营业收入842亿元。\n"
        "二、2024年工作目标和重点任务\n营业收入力争达到900亿元。\n"
    )
    assert figs[(2315, "亿元")] == ("2021-2023", False)  # “十四五”以来 in a report on 2023: the plan's years so far
    assert figs[(842, "亿元")] == ("2023", False)  # 2024年工作目标 heads the plan: the year reviewed is 2023
    assert figs[(900, "亿元")] == ("2024", True)


def test_a_paragraph_recalling_the_five_years_heads_the_paragraphs_after_it() -> None:
    figs = _figures(
        "政府工作报告\n——2021年1月19日在桐溪县第十七届人民代表大会第五次会议上\n各位代表：\n"
        "一、2020年和“十三五”时期工作回顾\n2020年是极不平凡的一年。\n回顾过去五年，我们主要做了以下工作：\n"
        "——城乡面貌持续改善。新改建农村公路1150公里，新建改扩建学校38所。\n"
    )
    assert figs[(1150, "公里")] == ("2016-2020", False)
    assert figs[(38, "所")] == ("2016-2020", False)


def test_a_results_part_after_the_goal_it_is_measured_against() -> None:
    figs = _figures(
        "桐溪镇2021年上半年工作总结\n1-6月，全镇完成财政收入2,316万元，同比增长12.4%，完成全年任务4,200万元的55.1%，"
        "其中税收收入1,978万元。\n"
    )
    assert figs[(4200, "万元")] == ("2021", True)  # the year's task of 财政收入, a goal
    assert figs[(1978, "万元")] == ("2021H1", False)  # a part of the half's revenue, not of the year's task


def test_the_plan_a_paragraph_opens_on_dates_its_five_years() -> None:
    figs = _figures(
        "桐溪市2021年国民经济和社会发展统计公报\n一、综合\n全年全市地区生产总值2496.5亿元。\n“十三五”发展回顾\n"
        "“十三五”时期，全市经济实力迈上新台阶。地区生产总值年均增长6.9%；五年累计完成固定资产投资9870亿元。\n"
    )
    assert figs[(2496.5, "亿元")] == ("2021", False)
    assert figs[(9870, "亿元")] == ("2016-2020", False)  # the plan its paragraph opened on, not the five up to 2021


def test_a_current_fact_under_a_plans_heading_is_no_goal() -> None:
    figs = _figures(
        "桐溪镇总工会2009年工作总结\n一、2009年工作回顾\n全年新建工会组织21家。\n二、2010年工作打算\n"
        "目前全镇尚有未建会企业18家，力争年内新建工会组织15家以上。镇总工会现有专职工会干部3名。\n"
    )
    assert figs[(18, "家")] == ("2009", False)  # a fact as the plan is written (ANNOTATION.md: 现有3条线路)
    assert figs[(3, "名")] == ("2009", False)
    assert figs[(15, "家")] == ("2010", True)


CONGRESS_2021 = """清河县总工会第九次代表大会工作报告
（2021年5月20日）
一、过去五年的工作回顾
五年来，全县累计新建基层工会组织320家，发展会员2.6万人。
二、今后五年的目标任务
新建基层工会组织300家以上，职工书屋总数达到150家。
三、重点抓好以下几方面工作
（一）深化建会入会，每年开展集中建会行动2次。
（二）服务职工，五年内培训职工不少于4万人次。
“十三五”以来，全县职工技能竞赛年均举办18场。
四、几点体会
坚持党建带工建，全县基层工会组织总数1260家。
"""


@pytest.mark.parametrize(
    ("value", "unit", "target"),
    [
        (320, "家", False),
        (300, "家", True),
        (2, "次", True),  # the work that meets the goals, in the section after them: planned too
        (4, "万人次", True),
        (18, "场", False),  # how far the plan has come (…以来，…): under the goals, a result
        (1260, "家", False),  # a section looking back (体会, 存在的问题, 附表) ends the goals
    ],
)
def test_a_section_after_the_goals_goes_on_with_them(value: float, unit: str, target: bool) -> None:
    assert _figures(CONGRESS_2021)[(value, unit)][1] is target


SCHOOL_2019 = """标题：青柳县2019年教育工作总结
发文时间：2019-12-20
正文：
一、主要成绩
全县新建幼儿园6所，新增学位1800个。
二、存在问题和下一步打算
一是城区学位紧张，县城小学平均班额仍达57人。
二是乡村教师结构不优，45岁以上教师占比偏低的学校有14所。
明年，力争再新建幼儿园4所，新增学位1200个。
"""


@pytest.mark.parametrize(
    ("value", "unit", "period", "target"),
    [
        (57, "人", "2019", False),  # what is wrong now, said before the plans under the same heading: a fact
        (14, "所", "2019", False),
        (4, "所", "2020", True),
        (1200, "个", "2020", True),
    ],
)
def test_faults_said_under_a_plans_heading_are_facts(value: float, unit: str, period: str, target: bool) -> None:
    assert _figures(SCHOOL_2019)[(value, unit)] == (period, target)


def test_a_goal_for_the_years_end_in_a_parts_plan_is_of_the_year() -> None:
    text = """桐溪街道总工会2024年上半年工作总结
一、上半年工作
上半年新建工会组织9家。
二、下半年工作打算
下半年新建工会组织12家，年底前专职社会化工会工作者增加到8名；年内建成职工驿站5个。
"""
    figs = _figures(text)
    assert figs[(12, "家")] == ("2024H2", True)
    assert figs[(8, "名")] == ("2024", True)  # 年底前…增加到8名: the year's end, though the sentence opened on its half
    assert figs[(5, "个")] == ("2024", True)


def test_funds_won_from_the_county_or_district_above_are_a_result() -> None:
    text = """石门镇总工会2022年工作总结
一、主要工作
全年争取县总工会补助资金36万元，其中争取区级配套8万元。
二、2023年工作打算
争取县总工会支持，新建职工书屋3家。
"""
    figs = _figures(text)
    assert figs[(36, "万元")] == ("2022", False)  # 争取县…: what was won, as 争取市/争取上级 already were
    assert figs[(8, "万元")] == ("2022", False)
    assert figs[(3, "家")] == ("2023", True)
    # whoever they came from: 争取 funds, subsidies, bonds in a review were won; in a plan, sought
    won = _figures(
        "2026年政府工作报告\n一、2025年工作回顾\n积极争取超长期特别国债资金支持，争取老旧小区改造补助资金18.6亿元。\n"
        "二、2026年工作安排\n争取中央预算内投资50亿元以上。\n"
    )
    assert won[(18.6, "亿元")] == ("2025", False)
    assert won[(50, "亿元")] == ("2026", True)


def test_indicators_of_a_kind_and_results_against_expectations_are_no_goals() -> None:
    figs = _figures(
        "2026年政府工作报告\n一、2025年工作回顾\n“十四五”时期，4项预期性指标未能如期完成，另有3项指标不及预期。\n"
        "二、2026年工作安排\n地区生产总值预期增长5%左右。\n"
    )
    assert figs[(4, "项")] == ("2025", False)  # 预期性指标: a kind of indicator
    assert figs[(3, "项")] == ("2025", False)  # 不及预期: short of what was expected
    assert figs[(5, "%")] == ("2026", True)


def test_a_figure_that_names_its_task_after_it_is_a_goal_of_the_year_reviewed() -> None:
    text = """青川县商务局2023年工作总结
一、主要工作
全年新增限额以上商贸企业38家，超额完成年度25家的任务；城镇新增就业1.2万人，完成全年1.5万人目标任务的80%。
国企改革三年行动42项改革任务全部完成。
"""
    figs = _figures(text)
    assert figs[(25, "家")] == ("2023", True)  # the year's task, dated as the result it is measured against
    assert figs[(1.5, "万人")] == ("2023", True)
    assert figs[(38, "家")] == ("2023", False)
    assert figs[(42, "项")] == ("2023", False)  # a count of tasks done, no task's size
    # so does a goal named after the figure (的年度目标, 的控制目标)
    goals = _figures("青川县人社局2023年工作总结\n全年实现城镇新增就业5200人的年度目标。城镇登记失业率为3.1%，低于4.5%的控制目标。\n")
    assert goals[(5200, "人")] == ("2023", True)
    assert goals[(4.5, "%")] == ("2023", True)
    assert goals[(3.1, "%")] == ("2023", False)
    # every member of a list the task names: 新建20家、发展1 000名的任务
    tasks = _figures("青川县总工会2023年工作总结\n全年新建工会组织26家，超额完成市总工会下达的新建20家、发展会员1 000名的任务。\n")
    assert tasks[(20, "家")] == ("2023", True)
    assert tasks[(1000, "名")] == ("2023", True)
    assert tasks[(26, "家")] == ("2023", False)


def test_one_years_event_inside_a_five_year_review_dates_itself_alone() -> None:
    text = """石川区总工会第七次代表大会工作报告
一、过去五年的工作回顾
（一）服务职工更加精准。五年累计投入帮扶资金4200万元。2021年汛期，区总工会拨付救灾资金180万元。全区建成户外劳动者服务站点136个。
二、今后五年的目标任务
新建户外劳动者服务站点50个。
"""
    figs = _figures(("（2022年12月20日）\n").join(text.split("\n", 1)))
    assert figs[(4200, "万元")][0] == "2018-2022"
    assert figs[(180, "万元")][0] == "2021"  # the year's event names its year …
    assert figs[(136, "个")][0] == "2018-2022"  # … and no more: the sentence after it is of the five years


def test_the_school_year_before_is_the_baselines() -> None:
    text = "柳江县教育工会2021—2022学年工作总结\n民办学校建会率由上学年的68.5%提高到80.2%。\n人均体检标准由上学年的360元提高到420元。\n"
    figs = _figures(text)
    assert figs[(68.5, "%")][0] == "2020-2021"  # 上学年: the school year before the one reviewed
    assert figs[(80.2, "%")][0] == "2021-2022"
    assert figs[(360, "元")][0] == "2020-2021"


def test_an_average_since_the_base_year_a_sentence_opens_on_spans_the_years_after_it() -> None:
    text = "青渠县2014年国民经济和社会发展统计公报\n与2009年相比，全县地区生产总值年均增长11.6%，城镇人口增加2.3万人。\n"
    figs = _figures(text)
    assert figs[(11.6, "%")][0] == "2010-2014"
    # a change since then is over the same years, as 比2009年增加 is: two of the three dev annotators who met such
    # changes (a census's against the census before: eb01, dz02) spanned them; the third (dk05) gave the year
    assert figs[(2.3, "万人")][0] == "2010-2014"


def test_changes_against_a_census_some_years_before_span_the_years_between() -> None:
    text = (
        "青渠县第七次全国人口普查公报\n以2020年11月1日零时为标准时点。全县常住人口为286 451人，与2010年第六次全国人口普查的"
        "301 228人相比，减少14 777人，年平均下降0.5%。与十年前相比，每10万人中拥有大学文化程度的由5 108人上升为9 216人。"
        "城镇人口比重为61.2%，城镇人口增加3.1万人。\n"
    )
    figs = _figures(text)
    assert figs[(14777, "人")][0] == "2011-2020"
    assert figs[(0.5, "%")][0] == "2011-2020"
    assert figs[(5108, "人")][0] == "2010"  # the start of the change: ten years before
    assert figs[(9216, "人")][0] == "2020"
    assert figs[(61.2, "%")][0] == "2020"  # a level, in a sentence that compares with nothing
    # a change naming no base, in a census bulletin: since the census before (ep03's annotator; none gave the year)
    assert figs[(3.1, "万人")][0] == "2011-2020"


def test_a_school_years_end_and_a_graduating_class_date_their_figures() -> None:
    text = "青峰职业学院2023—2024学年教育事业统计公报\n学年初全日制在校生15 820人。学年末全日制在校生15 604人，学年内转学退学216人。\n2024届毕业生4 912人，毕业率97.1%。\n"
    figs = _figures(text)
    assert figs[(15604, "人")][0] == "2024"  # the school year's end
    assert figs[(4912, "人")][0] == "2024"  # the class of 2024
    assert figs[(97.1, "%")][0] == "2024"
    assert figs[(15820, "人")][0] == "2023"  # its start, as before


def test_a_forecast_of_the_whole_year_in_a_report_on_the_year_so_far_is_a_goal() -> None:
    text = """前三季度全县经济运行总体平稳
一、主要指标
前三季度，全县地区生产总值增长5.2%。
二、全年展望
综合研判，初步预计全年地区生产总值增长5.5%左右，规模以上工业增加值增长7%左右。

青渠县统计局
2024年10月26日
"""
    figs = _figures(text)
    assert figs[(5.2, "%")] == ("2024", False)
    assert figs[(5.5, "%")] == ("2024", True)  # the year is not over: 预计 forecasts it, a goal of the year
    assert figs[(7, "%")] == ("2024", True)


def test_two_years_a_sentence_names_are_its_span() -> None:
    text = "石湾镇2015年统计工作总结\n2014、2015两年全镇累计完成固定资产投资21.6亿元，完成五年目标任务的43.2%。\n"
    figs = _figures(text)
    assert figs[(21.6, "亿元")][0] == "2014-2015"
    assert figs[(43.2, "%")][0] == "2014-2015"


def test_the_years_end_a_parts_plan_names_holds_for_the_clauses_after_it_but_not_for_more_again() -> None:
    text = """青川市2018年上半年经济社会发展情况
一、上半年主要工作
上半年城镇新增就业4100人。
二、下半年工作安排
确保完成城镇新增就业9000人的年度任务，年内完成棚户区改造1800套，新增养老床位500张。
年内工资集体协商建制率稳定在90%以上，再推动4个行业开展集体协商。
"""
    figs = _figures(text)
    assert figs[(9000, "人")] == ("2018", True)  # the year's task
    assert figs[(500, "张")] == ("2018", True)  # the sentence's 年内 holds for the clauses after it
    assert figs[(4, "个")] == ("2018H2", True)  # 再: what is added in the half


def test_the_starts_and_the_base_figures_of_changes_since_a_base_year_are_of_that_year() -> None:
    # both census annotators who met it (and the sense of it): in 与2010年相比，…由A上升为B the start A is the base
    # year's, through the list the opener heads and the clause chained after a semicolon; so is the base's own
    # figure between the base year and 相比 (与2010年第六次全国人口普查的N人相比), which counts what the level before it
    # counts
    text = (
        "青渠县第七次全国人口普查公报\n以2020年11月1日零时为标准时点。全县常住人口为286 451人，与2010年第六次全国人口普查的"
        "301 228人相比，减少14 777人。与2010年相比，每10万人中拥有大学文化程度的由5 108人上升为9 216人，拥有初中文化程度的"
        "由40 512人下降为35 870人；拥有小学文化程度的由30 447人下降为28 519人。\n平均每个家庭户的人口为2.81人，比2010年"
        "第六次全国人口普查的3.26人减少0.45人。\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    figs = {(f.value, f.unit): f for f in extract_article(article).figures}
    assert figs[(286451, "人")].period == "2020"
    assert (figs[(301228, "人")].period, figs[(301228, "人")].indicator) == ("2010", "常住人口")
    assert figs[(5108, "人")].period == "2010"
    assert figs[(9216, "人")].period == "2020"
    assert figs[(40512, "人")].period == "2010"
    assert figs[(30447, "人")].period == "2010"
    assert figs[(28519, "人")].period == "2020"
    assert (figs[(3.26, "人")].period, figs[(3.26, "人")].indicator) == ("2010", "平均每个家庭户的人口")
    later = _figures("桃溪县2018年财务分析报告\n2018年管理费用为3,224.68万元，与2017年的2,814.48万元相比增长14.6%。\n")
    assert later[(2814.48, "万元")][0] == "2017"


def test_a_school_year_blanked_in_its_title_is_the_one_its_events_are_dated_in() -> None:
    body = "本学年，全县教育系统现有基层工会64个，会员4 105人。2020年教师节期间，表彰优秀教师96名。2021年元旦前夕，慰问退休教师210人。\n"
    figs = _figures("柳江县教育工会20XX—20XX学年度工作总结\n" + body)
    assert figs[(64, "个")][0] == "2020-2021"
    assert figs[(4105, "人")][0] == "2020-2021"
    assert figs[(96, "名")][0] == "2020"  # an event's own year
    # years that are not one school year's two (2020, 2023) make none of it
    other = _figures("柳江县教育工会20XX—20XX学年度工作总结\n" + body.replace("2021年元旦", "2023年元旦"))
    assert "-" not in (other[(64, "个")][0] or "")


def test_the_years_ahead_a_plan_names_are_its_span() -> None:
    # 今后三年, 未来两年: the N years from the one planned (今后五年 is the frame's five ahead); a floor set for each
    # of them (每年…不少于) is of all of them
    text = (
        "华宇公司工会第三届职代会工作报告\n一、2024年工作回顾\n全年新发展会员210人。\n二、今后三年工作目标\n"
        "每年组织劳动竞赛不少于12项，今后三年职工技能等级提升1 800人次以上，新建职工创新工作室3个。\n"
    )
    figs = _figures(text)
    assert figs[(210, "人")] == ("2024", False)
    assert figs[(1800, "人次")] == ("2025-2027", True)
    assert figs[(12, "项")] == ("2025-2027", True)
    assert figs[(3, "个")] == ("2025-2027", True)
    two = _figures("青川县总工会2024年工作总结\n明年工作打算：未来两年，新建职工书屋40家。\n")
    assert two[(40, "家")] == ("2025-2026", True)


# a congress report dated only by the years its review names, its plan's last line short
CONGRESS_2020 = (
    "团结奋进 再建新功\n——在青川区工会第五次代表大会上的工作报告\n\n各位代表：\n\n现在，我代表区总工会第四届委员会向大会报告工作。\n"
    "一、过去五年的工作回顾\n区第四次工会代表大会以来的五年，2016年至2020年，全区各级工会较好地完成了目标任务。"
    "五年来，全区累计新建工会组织960家。2020年末会员总数达到15.2万人。\n二、今后五年的目标任务\n到2025年，全区职工入会率达到95%。\n"
)


def test_a_congress_report_dated_only_by_the_years_it_reviews_is_delivered_after_them() -> None:
    figs = _figures(CONGRESS_2020 + "各位代表，让我们更加紧密地团结起来，为谱写新时代工会工作新篇章而努力奋斗！\n")
    assert figs[(960, "家")] == ("2016-2020", False)
    assert figs[(15.2, "万人")] == ("2020", False)
    assert figs[(95, "%")] == ("2025", True)


def test_a_short_last_sentence_is_no_signature() -> None:
    # 到2025年，…达到95%。 ends the body: its year is a goal's, not the date a signature gives
    assert _figures(CONGRESS_2020)[(960, "家")] == ("2016-2020", False)


def test_a_task_handed_down_by_a_federation_is_the_goal_of_the_year_reviewed() -> None:
    figs = _figures(
        "丰溪市总工会2011年工作总结\n全年新建工会组织412家，完成省总工会下达任务380家的108.4%。\n"
        "1-6月，全市发展会员2.3万人，完成市总工会下达全年任务4万人的57.5%。\n"
    )
    assert figs[(380, "家")] == ("2011", True)
    assert figs[(4, "万人")] == ("2011", True)  # the whole year's task, not the half's


def test_a_task_noted_in_brackets_in_a_years_review_is_that_years() -> None:
    figs = _figures(
        "辽原市2004年劳动和社会保障事业发展统计公报\n全年城镇新增就业2.61万人，完成省下达目标任务（2.4万人）的108.8%。\n"
        "“十五”期间累计城镇新增就业11.2万人，完成规划目标（10万人）的112%。\n"
    )
    assert figs[(2.4, "万人")] == ("2004", True)
    assert figs[(10, "万人")][0] == "2001-2005"  # the plan's goal: its span's


def test_the_same_year_in_a_report_on_the_year_before_is_that_year() -> None:
    # 当年 in a report delivered the next spring on the year before: that year (a plan's 当年 is the plan's)
    text = (
        "标题：青川县总工会经费审查委员会关于上年度工会经费收支情况的审查报告\n发文时间：2016-03-10\n正文：\n各位委员：\n现将上年度经费收支情况的审查结果报告如下，请予审议。\n"
        "一、经费收支基本情况\n全年经费总收入1,506.2万元。当年收支相抵，结余96.4万元，年末累计结余402.7万元。\n"
        "二、今年工作安排\n全年计划安排经费预算1,600万元，当年计划完成收缴1,200万元。\n"
    )
    figs = _figures(text)
    assert figs[(96.4, "万元")] == ("2015", False)
    assert figs[(402.7, "万元")] == ("2015", False)
    assert figs[(1200, "万元")] == ("2016", True)


def test_sections_after_the_goals_a_report_states_before_them_are_plans() -> None:
    # a review with no numbered heading, the year's goals, then numbered sections naming no year: what is to be done
    text = (
        "2026年青州省政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        "“十四五”时期发展成就和2025年工作回顾\n过去一年，全省地区生产总值增长5.2%，城镇新增就业31万人。\n"
        "今年全省发展的主要预期目标是：生产总值增长5%左右；城镇新增就业30万人以上。\n"
        "2026年政府工作主要是抓好以下几个方面。\n一、全力抓好六项重点工作\n培育60家先进级智能工厂，新建80家绿色工厂。\n"
        "二、存在的问题\n全省仍有12个县财力紧张。\n"
    )
    figs = _figures(text)
    assert figs[(31, "万人")] == ("2025", False)
    assert figs[(60, "家")] == ("2026", True)
    assert figs[(80, "家")] == ("2026", True)
    assert figs[(12, "个")][1] is False  # a section that looks at what is wrong ends the goals


def test_a_section_that_opens_on_the_years_goals_is_a_plan() -> None:
    # 二、一鼓作气勇争先 / 今年…主要预期目标是：…: a slogan for a heading, the goals in its opening lines
    text = (
        "2026年青州省政府工作报告\n各位代表：\n一、一年接着一年干\n过去一年，全省新增市场主体52万户。\n"
        "二、一鼓作气勇争先\n今年是“十五五”开局之年，全省发展的主要预期目标是：生产总值增长6%左右。\n"
        "培育专精特新企业300家。\n三、存在的不足\n全省仍有8个县财力偏弱。\n"
    )
    figs = _figures(text)
    assert figs[(52, "万户")] == ("2025", False)
    assert figs[(300, "家")] == ("2026", True)
    assert figs[(8, "个")][1] is False


def test_a_report_on_the_year_before_says_so_in_its_title() -> None:
    # 关于上年度…的审查报告, dated the next spring: its results are the year before's, its plans the year it is dated in
    text = (
        "标题：青川县总工会经费审查委员会关于上年度工会经费收支情况的审查报告\n发文时间：2016-03-10\n正文：\n"
        "一、经费收支基本情况\n上年度全年经费总收入1,506.2万元，结余96.4万元。\n二、今年工作安排\n今年计划收缴1,200万元。\n"
    )
    figs = _figures(text)
    assert figs[(1506.2, "万元")] == ("2015", False)
    assert figs[(96.4, "万元")] == ("2015", False)
    assert figs[(1200, "万元")] == ("2016", True)


def test_a_plan_execution_report_reviews_its_year_and_names_what_the_plan_was_for() -> None:
    # 关于…计划执行情况与计划草案的报告: the execution (执行情况) of last year's plan is its results; the plan that
    # follows is goals. What the plan was for names the results said after it (全年完成…, 增长…)
    text = (
        "关于全市国民经济和社会发展计划执行情况与计划草案的报告\n\n"
        "一、2020年国民经济和社会发展计划执行情况\n\n"
        "全市税收收入计划增长5%，全年完成86.4亿元，增长6.2%，完成预算的101.3%。"
        "新开工项目58个，建成投产项目31个。\n\n"
        "二、2021年主要预期目标\n\n全市税收收入增长5.5%左右。\n"
    )
    figs = _figure_records(text)
    assert [(figs[k].period, figs[k].target) for k in [(86.4, "亿元"), (58, "个"), (31, "个")]] == [("2020", False)] * 3
    assert (figs[(5.5, "%")].period, figs[(5.5, "%")].target) == ("2021", True)
    assert figs[(86.4, "亿元")].indicator == "税收收入"
    assert figs[(6.2, "%")].indicator == "税收收入"


def test_a_report_on_a_five_year_plans_years_is_of_them_and_a_plan_from_now_is_a_goal() -> None:
    # 关于“十三五”时期…工作情况的报告, issued in January 2021: the five years as a whole, dated by their last
    text = (
        "标题：柳县总工会关于“十三五”时期职工技能竞赛工作情况的报告\n发文单位：柳县总工会\n发文时间：2021年1月20日\n正文：\n"
        "“十三五”时期，县总工会持续开展职工技能竞赛。\n一、竞赛开展情况\n"
        "全县累计举办技能竞赛126场，截至2020年底，全县在册技术能手340名。\n"
        "二、下一步打算\n到2025年，高技能人才占比由目前的18.5%提高到25%。\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    assert article.year == 2020
    figs = {(f.value, f.unit): (f.period, f.target) for f in extract_article(article).figures}
    assert figs[(126, "场")] == ("2016-2020", False)
    assert figs[(340, "名")] == ("2020", False)
    # 由目前的18.5%提高到25%: 目前 says where the change starts; where it ends is the goal
    assert figs[(18.5, "%")][1] is False
    assert figs[(25, "%")][1] is True


def test_years_since_an_act_and_a_spans_years_one_by_one() -> None:
    text = (
        "桐县总工会2021年工作总结\n"
        "自2017年开展职工互助保障活动以来，全县累计参保职工4.6万人次。"
        "2017年至2020年分别新增参保单位86家、102家、97家和120家。"
        "全年以\"奋战六十天、确保开门红\"为主题开展劳动竞赛，参赛职工1200人。\n"
    )
    figs = _figures(text)
    assert figs[(4.6, "万人次")] == ("2017-2021", False)  # 自2017年开展…以来: the years since
    assert [figs[(v, "家")][0] for v in (86, 102, 97, 120)] == ["2017", "2018", "2019", "2020"]
    assert figs[(1200, "人")] == ("2021", False)  # 确保 inside a quoted slogan sets no goal


def test_a_communique_issued_the_year_after_its_quarters_and_years_ago() -> None:
    text = (
        "首页 > 统计信息 > 统计公报\n桐溪市交通运输行业发展统计公报\n发布时间：2024-04-12 09:00　来源：桐溪市交通运输局\n\n"
        "全年完成公路旅客运输量1210万人。分季度看，一季度、二季度、三季度、四季度分别完成320万人、280万人、330万人和280万人。\n"
        "按当年价格计算，全年交通运输业增加值86.2亿元。四年前全市高速公路通车里程仅为208公里，营运车辆单位能耗比四年前下降6.1%。\n"
        "今年，全市计划完成交通投资75亿元。\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    assert article.year == 2023  # a communiqué issued in April 2024 counts 2023
    figs = {(f.value, f.unit): f for f in extract_article(article).figures}
    quarters = [figs[(v, "万人")] for v in (320, 330)]
    assert [(f.period, f.indicator) for f in quarters] == [("2023Q1", "公路旅客运输量"), ("2023Q3", "公路旅客运输量")]
    assert figs[(86.2, "亿元")].period == "2023"  # 按当年价格: at the prices of the time, not when
    assert figs[(208, "公里")].period == "2019"  # 四年前
    assert figs[(6.1, "%")].period == "2020-2023"  # 比四年前下降: over the years since
    assert (figs[(75, "亿元")].period, figs[(75, "亿元")].target) == ("2024", True)  # its 今年 is the year it is issued


def test_a_changes_start_in_a_plan_stands_now_and_delegates_due_are_no_goal() -> None:
    text = (
        "柳溪县总工会2022年工作总结\n一、2022年工作回顾\n3月召开第八届职工代表大会第二次会议，应到代表212名，实到203名。\n"
        "二、2023年工作打算\n县级技能竞赛工种由7个增加到10个，从五个方面推进职工之家建设。\n"
    )
    figs = _figures(text)
    assert figs[(212, "名")] == ("2022", False)  # 应到代表: those due to attend, no goal
    assert figs[(7, "个")] == ("2022", False)  # 由7个增加到10个 in the plan: where it stands
    assert figs[(10, "个")] == ("2023", True)
    assert figs[(5, "个")][1] is True  # 从五个方面: no change's start


def test_a_report_on_years_its_title_names_and_a_plans_opening_year() -> None:
    # 关于2019—2021年…工作情况的报告: the years as a whole; 十四五开局之年 is the plan's first year, not its five
    text = (
        "桐溪区总工会关于2019—2021年职工互助保障工作情况的报告\n\n区委：\n"
        "三年累计为职工办理互助保障4.2万人次，理赔金额1260万元。\n"
        "2022年，区总工会将围绕“十四五”开局之年的目标任务，新发展参保职工5000人。\n"
    )
    figs = {k: f.period for k, f in _figure_records(text).items()}
    assert figs[(1260, "万元")] == "2019-2021"
    text2 = "桐溪公司工会2020年度工作总结\n2021年，公司工会将围绕“十四五”开局之年的各项目标任务，重点做好以下工作：新发展会员120人，提案落实率达到95%以上。\n"
    figs2 = {k: f.period for k, f in _figure_records(text2).items()}
    assert figs2 == {(120, "人"): "2021", (95, "%"): "2021"}


def test_a_yearbook_counts_the_year_before_and_its_series_go_year_by_year() -> None:
    # 《…统计年鉴—2022》 holds the 2021 figures; a span opening a sentence gives its 分别 list one year each (a
    # signed growth in the list kept), and its 五年累计 is that span, not five years counted back from elsewhere
    text = (
        "《桐川县统计年鉴—2022》综述\n"
        "2017—2021年，全县一般公共预算收入分别为8.2亿元、8.9亿元、9.4亿元、8.7亿元和9.8亿元，五年累计45.0亿元。\n"
        "2017—2021年，全县固定资产投资分别比上年增长6.2%、5.1%、-2.4%、7.7%和4.9%。\n"
        "全县城镇新增就业5860人。\n"
    )
    figs = _figure_records(text)
    assert [figs[(v, "亿元")].period for v in (8.2, 8.9, 9.4, 8.7, 9.8)] == ["2017", "2018", "2019", "2020", "2021"]
    assert figs[(45.0, "亿元")].period == "2017-2021"
    assert [figs[(v, "%")].period for v in (6.2, -2.4, 4.9)] == ["2017", "2019", "2021"]
    assert figs[(-2.4, "%")].indicator == "固定资产投资"
    assert figs[(5860, "人")].period == "2021"


def test_a_press_releases_title_names_its_half_and_a_goal_set_at_the_years_start_is_the_years() -> None:
    # …经济运行情况新闻发布稿 is a title: its 上半年 makes every figure after the first the half's; a goal the congress
    # set at the year's start (年初区人代会确定的) is the year's, not the second half's
    text = (
        "桐岭区上半年经济运行情况新闻发布稿\n\n各位记者朋友：\n　　下面通报上半年全区经济运行情况。\n"
        "　　上半年全区实现地区生产总值152.3亿元，同比增长4.8%。分产业看，第一产业增加值8.6亿元，增长3.9%。\n"
        "　　答：年初区人代会确定的地区生产总值增长目标是6%左右。\n\n桐岭区统计局\n2023年7月18日\n"
    )
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    assert article.title == "桐岭区上半年经济运行情况新闻发布稿"
    figs = {(f.value, f.unit): f for f in extract_article(article).figures}
    assert figs[(8.6, "亿元")].period == "2023H1"
    assert (figs[(6, "%")].period, figs[(6, "%")].target) == ("2023", True)


def test_a_plans_mid_term_review_is_on_its_years_as_a_whole() -> None:
    # 评估以2021—2023年为时段 under a 2024—2025年 plan heading: flows and averages of the three years, levels of the
    # last, and what the plan sets for its last two years from 2024
    text = (
        "桐川县总工会“十四五”规划实施情况中期评估报告\n"
        "评估以2021—2023年为时段，现将评估情况报告如下。\n一、完成情况\n"
        "三年累计新建工会组织920家，年均增长5.2%；全县工会驿站总数达到310个。\n"
        "二、2024—2025年主要目标\n后两年再新建工会组织600家。\n"
    )
    figs = _figures(text)
    assert figs[(920, "家")] == ("2021-2023", False)
    assert figs[(5.2, "%")] == ("2021-2023", False)
    assert figs[(310, "个")] == ("2023", False)
    assert figs[(600, "家")][1] is True


def test_a_goals_size_before_the_share_done_of_it_is_the_years_goal() -> None:
    # 完成…下达的40个任务的117.5%, 完成年度计划96亿元的61.3%: the number before 的N% is the goal's size, set for the
    # year reviewed (not the year a plan would be for)
    text = (
        "桐县总工会2019年工作总结\n全年新建基层工会组织52个，完成县总工会下达的45个任务的115.6%。"
        "1-9月固定资产投资58.8亿元，完成年度计划96亿元的61.3%。\n"
    )
    figs = _figures(text)
    assert figs[(45, "个")] == ("2019", True)
    assert figs[(96, "亿元")] == ("2019", True)
    assert figs[(115.6, "%")][1] is False


def test_a_census_base_with_a_thousands_separator_still_opens_the_ten_years() -> None:
    # 与2010年…的503,218人相比，十年共增加…: the separator inside the base's figure does not end the comparison
    text = (
        "标题：桐湾区第七次全国人口普查主要数据公报\n发文单位：桐湾区统计局\n发文时间：2021-06-10\n正文：\n"
        "我区以2020年11月1日零时为标准时点开展了第七次全国人口普查。\n"
        "全区常住人口为538,214人，与2010年第六次全国人口普查的486,903人相比，十年共增加51,311人，增长10.54%。\n"
    )
    figs = _figure_records(text)
    assert figs[(538214, "人")].period == "2020"
    assert (figs[(51311, "人")].period, figs[(51311, "人")].indicator) == ("2011-2020", "常住人口")
    assert figs[(10.54, "%")].period == "2011-2020"


def test_those_of_a_stock_a_plan_means_to_move_are_its_goal() -> None:
    text = "桐县总工会2021年工作总结\n二、2022年工作打算\n力争年底前现有64户困难职工中有40户以上实现解困。\n"
    figs = _figures(text)
    assert figs[(64, "户")] == ("2021", False)  # 现有: where it stands
    assert figs[(40, "户")] == ("2022", True)


def test_a_census_bulletins_changes_naming_no_base_are_since_the_census_before() -> None:
    text = (
        "桐县第七次全国人口普查主要数据公报\n我县以2020年11月1日零时为标准时点开展了第七次全国人口普查。\n"
        "全县常住人口为41.2万人。各少数民族人口增加2,164人，增长38.6%。城镇化率由2010年的38.2%提高为52.7%。\n"
        "全县户籍人口比上年减少1,020人。\n"
    )
    figs = _figure_records(text)
    assert figs[(41.2, "万人")].period == "2020"
    assert figs[(2164, "人")].period == "2011-2020"
    assert figs[(38.6, "%")].period == "2011-2020"
    assert figs[(52.7, "%")].period == "2020"  # a level it rose to, no change
    assert figs[(1020, "人")].period == "2020"  # 比上年: its own base


def test_a_start_at_the_years_beginning_is_of_the_year_reviewed() -> None:
    # 由年初的N减少到…: the start of the year reviewed (由上年的N: the year before's level)
    text = "桐县总工会2020年工作总结\n在档困难职工由年初的612户减少到年末的287户。入会率由上年的86.1%提高到89.4%。\n"
    figs = _figures(text)
    assert figs[(612, "户")] == ("2020", False)
    assert figs[(287, "户")] == ("2020", False)
    assert figs[(86.1, "%")] == ("2019", False)


def test_a_plan_named_as_what_approved_a_thing_dates_nothing_after_it() -> None:
    # “十四五”批复的4个基地: which bases; the year's goals after it are the year's, not the plan's five years
    text = (
        "桐州市2026年政府工作报告\n二、2026年主要任务\n"
        "加快建设“十四五”批复的4个风光基地，确保新增新能源装机1200万千瓦、新能源发电量超900亿度。\n"
    )
    figs = _figures(text)
    assert figs[(1200, "万千瓦")] == ("2026", True)
    assert figs[(900, "亿度")] == ("2026", True)


def test_a_list_of_years_before_its_figures_gives_each_its_year() -> None:
    text = "桐县总工会2023年工作总结\n2021年、2022年、2023年全县分别新建工会组织72家、81家和90家，三年累计243家。\n"
    figs = _figures(text)
    assert [figs[(v, "家")][0] for v in (72, 81, 90)] == ["2021", "2022", "2023"]


def test_a_census_bulletin_is_of_the_census_year_whenever_it_was_issued() -> None:
    # 第七次全国人口普查 counted 2020; its bulletins came out in 2021, and a header's date is when, not what
    text = (
        "标题：青渠县第七次全国人口普查主要数据公报\n发文时间：2021-05-20\n正文：\n全县常住人口为286 451人，与2010年"
        "第六次全国人口普查的301 228人相比，减少14 777人。全县共有家庭户90 112户。\n"
    )
    figs = _figures(text)
    assert figs[(286451, "人")][0] == "2020"
    assert figs[(90112, "户")][0] == "2020"
    assert figs[(14777, "人")][0] == "2011-2020"
    # the third agriculture census was taken in 2016, the fourth economic census in 2018
    farm = _figures("标题：桐县第三次全国农业普查主要数据公报\n发文时间：2017-12-26\n正文：\n全县共有农业经营户68 210户。\n")
    assert farm[(68210, "户")][0] == "2016"
    firms = _figures("桐县第四次全国经济普查公报\n发布时间：2019-12-10\n全县共有从事第二产业和第三产业的法人单位3 812个。\n")
    assert firms[(3812, "个")][0] == "2018"


def test_a_heading_saying_the_goals_were_met_is_a_review() -> None:
    # 一、脱贫攻坚目标任务全面完成: what was done against the goals, not a plan (目标任务 is a plan's word otherwise)
    text = (
        "桐川县2020年脱贫攻坚统计监测报告\n一、脱贫攻坚目标任务全面完成\n全县46个贫困村全部出列，累计减贫8 107户。\n"
        "二、2021年工作打算\n完成农村危房改造300户。\n"
    )
    figs = _figures(text)
    assert figs[(46, "个")] == ("2020", False)
    assert figs[(300, "户")] == ("2021", True)


def test_the_months_of_a_half_or_a_quarter_in_a_title_are_that_half_or_quarter() -> None:
    # 1-6月 is the first half, 1-3月 the first quarter (1-9月 has no name of its own: the year so far)
    half = _figures("1-6月全县主要经济指标\n发布时间：2019-07-23\n农业生产稳定，夏粮总产量3.12万吨，增长1.5%。\n")
    assert half[(3.12, "万吨")][0] == "2019H1"
    quarter = _figures("桐川区1—3月经济运行情况\n发布时间：2019-04-20\n全区社会消费品零售总额21.4亿元，增长7.7%。\n")
    assert quarter[(21.4, "亿元")][0] == "2019Q1"


def test_a_span_reviews_list_of_one_things_figures_gives_each_its_year() -> None:
    # a review of 2019—2021: 参赛教师分别为168人、205人和231人 are the three years' in turn (not a list of things)
    text = (
        "桐川县教育工会2019—2021年工作回顾\n三年来每年举办一次教学技能大赛，参赛教师分别为120人、146人和171人，累计437人。"
        "城镇、农村教职工分别为300人和200人。\n"
    )
    figs = _figures(text)
    assert [figs[(v, "人")][0] for v in (120, 146, 171)] == ["2019", "2020", "2021"]
    assert figs[(437, "人")][0] == "2019-2021"
    assert figs[(300, "人")][0] == figs[(200, "人")][0] != "2019"  # two things listed, not two years


def test_what_is_said_of_next_year_before_a_colon_makes_its_semicolon_chain_goals() -> None:
    # 明年…：A；B；C。 (a news page quoting the union's chair): every clause the colon opens is next year's goal
    text = (
        "桐川镇总工会2023年工作回眸\n发布时间：2023-12-28\n今年全镇新建工会组织7家。说到明年，镇总工会主席告诉记者，"
        "明年还是要把职工的事放在心上：力争新建工会组织6家以上；全年组织文体活动不少于30场次；困难职工建档帮扶率保持100%。\n"
    )
    figs = _figures(text)
    assert figs[(7, "家")] == ("2023", False)
    assert figs[(6, "家")] == ("2024", True)
    assert figs[(30, "场次")] == ("2024", True)  # (全年 is next year's whole, said under the colon)
    assert figs[(100, "%")] == ("2024", True)


def test_a_years_release_dated_early_the_next_year_is_of_the_year_before() -> None:
    # 全年经济运行情况, issued in January 2024 under a header block: the year 2023 (a plan for the year is not: 全年工作要点)
    text = "标题：桐川市全年经济运行情况新闻发布稿\n发文时间：2024年1月24日\n正文：\n全年全市实现地区生产总值612.4亿元，增长5.6%。\n"
    assert _figures(text)[(612.4, "亿元")] == ("2023", False)
    plan = "标题：桐川市总工会全年工作要点\n发文时间：2024年1月24日\n正文：\n全年新建工会组织50家。\n"
    assert _figures(plan)[(50, "家")][0] == "2024"


def test_changes_against_parts_of_the_year_listed_are_the_years() -> None:
    # 增速比一季度、上半年分别提高3.4、1.6个百分点: the year's rate against the parts, not the parts' figures
    text = "桐川市2023年经济运行情况\n全年社会消费品零售总额218.6亿元，增长7.2%，增速比一季度、上半年分别提高3.4和1.6个百分点。\n"
    figs = _figures(text)
    assert figs[(3.4, "个百分点")][0] == figs[(1.6, "个百分点")][0] == "2023"
    # … while parts listed as the subject each take their own: 一季度、二季度分别完成…
    parts = _figures("桐川市2023年上半年经济运行情况\n一季度、二季度分别完成投资41.2亿元和48.5亿元。\n")
    assert (parts[(41.2, "亿元")][0], parts[(48.5, "亿元")][0]) == ("2023Q1", "2023Q2")


def test_a_spans_total_said_year_by_year_after_it_gives_each_year_and_the_totals_name() -> None:
    # 三年累计筹集帮扶资金320万元，分别为96万元、105万元和119万元: the three years' in turn, of the same money
    text = (
        "桐川机械公司工会2021—2023年工作总结\n三年累计筹集帮扶资金320万元，分别为96万元、105万元和119万元。\n"
    )
    figs = _figure_records(text)
    assert [figs[(v, "万元")].period for v in (96, 105, 119)] == ["2021", "2022", "2023"]
    assert {figs[(v, "万元")].indicator for v in (96, 105, 119)} == {"帮扶资金"}
    assert figs[(320, "万元")].period == "2021-2023"
