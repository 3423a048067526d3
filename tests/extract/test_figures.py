"""The figure matcher and resolver on sentences written for these tests (ANNOTATION.md cases)."""

from __future__ import annotations

import pytest

from corpus.normalise import normalise
from corpus.records import Article
from extract import extract_article, figures_in
from tests.grounding import assert_grounded


def _figs(text: str) -> list[tuple[object, str, str | None]]:
    return [(f.value, f.unit, f.approx) for f in figures_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年新建工会组织38家，净增会员3581人。", [(38, "家", None), (3581, "人", None)]),
        ("发放慰问金41万元，推行率达90%。", [(41, "万元", None), (90, "%", None)]),
        ("组建工作完成全年任务的62.5%。", [(62.5, "%", None)]),
        ("分别下降25%和30.5%。", [(25, "%", None), (30.5, "%", None)]),
        ("职工入会率达百分之八十以上。", [(80, "%", "over")]),
        ("参加活动的职工5万多人。", [(5, "万人", "over")]),
        ("筹集资金近30万元。", [(30, "万元", "under")]),
        ("有两位职工获得表彰。", [(2, "位", None)]),
        ("每人每月生活补助186元。", [(186, "元", None)]),
        ("收集职工建议800多条，受训职工600余名。", [(800, "条", "over"), (600, "名", "over")]),
        ("近千名职工参加培训，千余人受益。", [(1000, "名", "under"), (1000, "人", "over")]),
        ("服务职工约 1000名。", [(1000, "名", "about")]),
        ("城镇新增就业45万人左右。", [(45, "万人", "about")]),
        ("新建步道1。5公里。", [(1.5, "公里", None)]),
        ("全市生产总值增长6.3%，达到4.1万亿元。", [(6.3, "%", None), (4.1, "万亿元", None)]),
        ("提高2个百分点。", [(2, "个百分点", None)]),
        ("接待求职人员153人(次)。", [(153, "人次", None)]),
        ("来自商贸系统8个企业的26名职工进入决赛。", [(8, "个", None), (26, "名", None)]),
        ("新建工会１２家。", [(12, "家", None)]),
        ("生产总值预期增长6.5-7%。", [(6.5, "%", None), (7, "%", None)]),
        ("分别把1000、500元的助学金送到。", [(1000, "元", None), (500, "元", None)]),
        ("共获得12、2万元助学款。", [(12.2, "万元", None)]),
        ("分别为5、10人。", [(5, "人", None), (10, "人", None)]),
        ("新建工會組織38家，發放慰問金41萬元。", [(38, "家", None), (41, "万元", None)]),
        ("发射卫星12颗,获金牌7枚,存栏肉牛30万头。", [(12, "颗", None), (7, "枚", None), (30, "万头", None)]),
        ("耕层厚度达到21.5厘米,有机质含量25克/千克。", [(21.5, "厘米", None), (25, "克/千克", None)]),
        ("粮食产能迈上900亿斤新台阶。", [(900, "亿斤", None)]),  # 上 here is a verb, not 上千's "over"
        ("上千名职工参加。", [(1000, "名", "over")]),
        # rounds, firm-visits and basis points are units; a second round named as a label and a wheel are not
        ("开展院级质量检查12轮，检查经营主体860家次，融资成本比上年低28个基点。", [(12, "轮", None), (860, "家次", None), (28, "个基点", None)]),
        ("稳妥推进二轮土地延包试点，治理违规电动三轮车。", []),
        ("地区生产总值迈上5万亿台阶。", []),  # a step, no machine (台)
        ("数字经济全国第一,8个模型通过备案。", [(8, "个", None)]),  # a rank before, not a list of ordinals
    ],
)
def test_figures(text: str, expected: list[tuple[object, str, str | None]]) -> None:
    assert _figs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2024年4月10日召开会议。",  # dates
        "历时三年，用了一个半月，培训3个月。",  # durations
        "第五届委员会第一次会议，十六届五中全会。",  # ordinals
        "根据湘工发[xx]14号文件。",  # document number
        "践行“三个代表”，推进两个普遍，争创五好示范工会。",  # names and slogans
        "一是加强领导，二是完善制度。",  # list markers
        "聘请60岁以上的老同志，PM2.5浓度下降。",  # ages, codes
        "做好十四五规划，五大传统产业，一批骨干企业。",  # fixed phrases
        "开展“四个第一人”评选。",  # a number inside a short quoted name
        "落实中央八项规定精神,用好两个市场两种资源。",  # names of policies
        "营业收入保持两位数增长。",  # a magnitude, not a count
        "重点做好七个方面工作。",  # the report's own plan
        "开工二期工程,推进三期扩建。",  # phases
        "市委九届五次、六次全会。",  # sessions
        "实施亿元以上项目,跨越千亿元台阶。",  # classes of things by size
    ],
)
def test_not_figures(text: str) -> None:
    assert _figs(text) == []


@pytest.mark.parametrize(
    ("text", "unit", "approx"),
    [("年内组建非公企业工会___家。", "家", None), ("服务职工xx多名。", "名", "over"), ("组建率达___%以上。", "%", "over")],
)
def test_placeholders(text: str, unit: str, approx: str | None) -> None:
    (f,) = figures_in(text)
    assert f.placeholder and f.value is None and f.unit == unit and f.approx == approx


@pytest.mark.parametrize(
    ("text", "indicators"),
    [
        ("全年新建工会组织38家。", ["新建工会组织"]),
        ("发放慰问金41万元。", ["慰问金"]),
        ("组织86家企业、9000多名职工开展劳动竞赛。", ["企业", "职工"]),
        ("培训劳务工1025人次。", ["培训劳务工"]),
        ("走访慰问困难职工家庭420户。", ["困难职工家庭"]),  # those visited (the shortest phrase: ANNOTATION.md)
        ("分别有28名和19名选手参加。", ["选手", "选手"]),
        ("推选市“五一劳动奖章”2名。", ["五一劳动奖章"]),
        # a change or comparison measures what the figure before it names
        ("粮油加工产值达到820亿元、增长6.2%。", ["粮油加工产值", "粮油加工产值"]),
        ("初中入学率达到98.1%,高于全国平均水平2.3个百分点。", ["初中入学率", "初中入学率"]),
        ("市属企业由40户整合至9户。", ["市属企业", "市属企业"]),
        ("居民存款从2020年的1.2万亿元增长到2025年的1.9万亿元。", ["居民存款", "居民存款"]),
        ("耕层厚度提升2.1%、达到19.5厘米。", ["耕层厚度", "耕层厚度"]),
        # but not what a baseline names
        ("与去年同期的20件次相比,分别递减25%。", ["去年同期", "递减"]),
        # 分别: the names in order
        ("交通事故起数和受伤人数分别下降12.5%、9%。", ["交通事故起数", "受伤人数"]),
        ("木耳、蓝莓全产业链产值分别达到300亿元、80亿元。", ["木耳全产业链产值", "蓝莓全产业链产值"]),
        # the noun after the measure word, even when it starts with 中 or carries quoted names
        ("新建60个中小学校足球场。", ["中小学校足球场"]),
        ("5万套“安置房”“保障房”任务完成。", ["“安置房”“保障房”任务"]),
        ("带动上下游百余家企业形成集群。", ["企业"]),
        ("制定了6个方面的帮扶措施并逐一落实。", ["帮扶措施"]),
        ("民营企业建立职代会150家,达60%以上。", ["民营企业建立职代会", "民营企业建立职代会"]),
        ("引进企业40家,人均分红 9000元。", ["引进企业", "人均分红"]),
    ],
)
def test_indicators(text: str, indicators: list[str]) -> None:
    assert [f.indicator for f in figures_in(text)] == indicators


def test_target_from_plan_heading_and_cues() -> None:
    text = (
        "一、上半年工作回顾\n上半年新建工会组织23家，力争全年达到40家。\n"
        "二、下半年工作打算\n新建基层工会15家，新发展会员1000人。"
    )
    got = [(f.value, f.target) for f in figures_in(text)]
    assert got == [(23, False), (40, True), (15, True), (1000, True)]


def test_a_result_measured_against_a_goal_is_not_a_goal() -> None:
    (f,) = figures_in("优良水体比例优于国家考核目标6.4个百分点。")
    assert f.target is False
    (g,) = figures_in("力争优良水体比例达到95%。")
    assert g.target is True
    # … nor one set beside the plan it beat (超计划, 比年度计划), nor a programme's name (科技计划项目)
    assert [f.target for f in figures_in("新退出融资平台126家、超计划8家，新增学位5200个、比年度计划翻了一番。")] == [False] * 3
    assert [f.target for f in figures_in("省科技计划项目中企业牵头占比超过70%。")] == [False]
    assert [f.target for f in figures_in("新入选国家人才计划专家86名。")] == [False]  # a programme's name


@pytest.mark.parametrize(
    "text",
    ["开展税收风险应对186户次。", "有效应对热带气旋50个。", "行政机关负责人出庭应诉率保持100%。", "供应蔬菜120吨。", "关闭压缩僵尸应用71个。"],
)
def test_a_word_holding_ying_is_no_due_count(text: str) -> None:
    # 应建工会数30家 is a count due (a goal); 应对, 应诉, 供应, 应用 are words of what was done
    assert [f.target for f in figures_in(text)] == [False]
    assert [f.target for f in figures_in("全县应建工会数30家。")] == [True]


def test_completion_rate_is_not_a_target() -> None:
    (f,) = figures_in("组建工作完成全年任务的62.5%。")
    assert f.target is False


def test_relations_breakdown_and_change() -> None:
    text = "发放慰问金41万元，其中政府筹集20万元，工会系统筹集9.3万元，其他11.7万元。"
    figs = figures_in(text)
    total = figs[0]
    assert [f.part_of for f in figs[1:]] == [total.start] * 3
    text = "受理来信来访5件次，与去年同期的12件次相比，下降58.3%。"
    figs = figures_in(text)
    current, base, change = figs
    assert change.change is not None and change.change.direction == "down" and change.change.value == 58.3
    assert change.baseline == base.start and current.baseline == base.start


def test_grounding_on_seed_pages(seeds_dir) -> None:  # type: ignore[no-untyped-def]
    from corpus.articles import split_document
    from corpus.records import Document

    total = 0
    for path in sorted(seeds_dir.glob("*.txt")):
        for article in split_document(Document(source=path.name, text=path.read_text("utf-8"), format="txt")):
            ex = extract_article(article)
            total += len(ex.figures)
            assert_grounded(article.text, ex.figures)
            assert_grounded(article.text, ex.activities)
            for f in ex.figures:
                if not f.placeholder:
                    assert normalise(article.text[f.start : f.end]) == article.text[f.start : f.end]
    assert total > 400


def test_one_article_text() -> None:
    art = Article(source="t", text=normalise("新建工会组织38家。"))
    (f,) = extract_article(art).figures
    assert art.text[f.start : f.end] == "38" and f.text == "新建工会组织38家" and f.canonical == "新建工会组织"
    assert f.topic == "组织建设"


def test_figures_in_gives_offsets_into_the_callers_text() -> None:
    # A breadcrumb line the cleaner drops, a title, full-width digits and a traditional character: the
    # offsets still index the text as given, and so does the 其中 part's link to its total.
    text = "首页 > 新闻中心 > 工作动态\n\n某县总工会2025年上半年工作总结\n\n上半年新建工会组织３８家，發放慰问金41万元，其中政府筹集20万元。\n"
    figs = figures_in(text)
    assert [(text[f.start:f.end], f.value, f.unit) for f in figs] == [("３８", 38, "家"), ("41", 41, "万元"), ("20", 20, "万元")]
    assert figs[2].part_of == figs[1].start == text.index("41")


def test_family_planning_heads_no_plan_and_farm_units_count() -> None:
    text = (
        "石桥镇2010年统计年报简析\n一、农业\n全年新建沼气池4200口，累计达到2.16万口。烤烟收购6.3万担，家禽出笼36.5万羽。\n"
        "二、人口和计划生育\n年末全镇总人口45320人，三口之家居多。\n三、2011年工作计划\n全镇新建沼气池500口。\n"
    )
    got = [(f.value, f.unit, f.target) for f in figures_in(text)]
    assert got == [
        (4200, "口", False),
        (2.16, "万口", False),
        (6.3, "万担", False),
        (36.5, "万羽", False),
        (45320, "人", False),  # 计划生育 is no plan; 三口之家 no figure
        (500, "口", True),
    ]


def test_a_phase_of_a_project_is_no_count_of_phases_and_a_rate_per_output_keeps_its_unit() -> None:
    # 机场四期, 港区改造二期: a project's phase (its name), after the name; 培训班三期, 不少于三期, 每年举办两期 count
    text = (
        "加快青湾国际机场四期、临港化工园二期等重大项目，建成南港码头改造三期。举办工会干部培训班三期，全年不少于五期。"
        "生产安全事故死亡率控制在0.5人/百亿元以下，门诊次均费用218元/人次。"
    )
    assert _figs(text) == [(3, "期", None), (5, "期", "over"), (0.5, "人/百亿元", "under"), (218, "元/人次", None)]


def test_a_ranges_low_end_keeps_its_thousands() -> None:
    # 3,000—5,000元: the low end was read as 0 (the digits after its comma)
    assert _figs("每人资助3,000—5,000元，户均增收1 500至2 000元。") == [
        (3000, "元", None), (5000, "元", None), (1500, "元", None), (2000, "元", None)
    ]
    assert _figs("投资1,200、1,500万元。") == [(1200, "万元", None), (1500, "万元", None)]


def test_tasks_counted_chosen_programmes_and_goals_missed_are_no_goals() -> None:
    # 任务400家 sizes a goal; 任务37项 counts the tasks that were done
    assert [f.target for f in figures_in("两年完成上级部署的综合改革任务37项。")] == [False]
    assert [f.target for f in figures_in("全县应建工会任务400家。")] == [True]
    # 招生计划 and a programme one is chosen for (入选“青苗英才”计划) hold no plan
    assert [f.target for f in figures_in("新增优质高中招生计划2400个。")] == [False]
    figs = figures_in("九名青年教师和两个教研团队入选“青苗英才”计划。")
    assert [(f.value, f.indicator, f.target) for f in figs] == [(9, "青年教师", False), (2, "教研团队", False)]
    # a goal said missed (没有达到规划预期, 未完成预期目标) measures a result against it
    figs = figures_in("能耗强度、研发投入强度两项指标没有达到规划预期。")
    assert [(f.value, f.indicator, f.target) for f in figs] == [(2, "指标", False)]
    assert [f.target for f in figures_in("仍有3项指标未完成预期目标。")] == [False]
    assert [f.target for f in figures_in("力争研发投入强度达到2.5%的预期目标。")] == [True]


def test_a_full_stop_after_a_ratio_ends_the_sentence_not_a_decimal() -> None:
    # 1。5公里 is 1.5 (a full stop typed for a point), but 2.31:1。12个… ends the sentence after a ratio
    assert [(f.value, f.unit) for f in figures_in("新建步道1。5公里。")] == [(1.5, "公里")]
    figs = figures_in("城乡居民收入比缩小至2.31:1。12个产业园落地项目860个。")
    assert (12, "个") in [(f.value, f.unit) for f in figs]
    assert all(f.value != 1.12 for f in figs)


def test_expectations_and_a_class_of_planned_projects_set_no_goal() -> None:
    # 提振预期 is people's expectations, no 预期 goal; 45个计划新开工项目全部开工 counts a class of projects, started
    assert [f.target for f in figures_in("围绕扩大消费、提振预期等方面出台12条具体措施。")] == [False]
    assert [f.target for f in figures_in("列入省重点的45个计划新开工项目全部开工。")] == [False]
    assert [f.target for f in figures_in("全年计划新开工项目45个。")] == [True]
