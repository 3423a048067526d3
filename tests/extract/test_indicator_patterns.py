"""Indicator boundaries and number forms that the figure-meaning issue names as patterns (snippets written
for these tests): what is counted, not the verb or the clause before it; never a word cut in two."""

from __future__ import annotations

import pytest

from extract.pipeline import figures_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县总工会为32名农民工追回工资。", [(32, "名", "农民工")]),  # the noun stops before the verb
        # how a level was reached (连续跨越, 首次突破) is no part of it, nor the list word before it (包括)
        ("全省地区生产总值连续跨越6万亿元。", [(6, "万亿元", "地区生产总值")]),
        ("工业总产值首次突破300亿元。", [(300, "亿元", "工业总产值")]),
        # kinds of one thing share its head once (汽车类、通讯器材类零售额 → 汽车类零售额, not 汽车类类零售额)
        ("家电类、家具类零售额分别增长12.1%和6.3%。", [(12.1, "%", "家电类零售额"), (6.3, "%", "家具类零售额")]),
        ("《纲要草案》设置了主要指标，包括地区生产总值增长5%左右。", [(5, "%", "地区生产总值")]),
        ("今年改造3条主干道路。", [(3, "条", "主干道路")]),
        # a note of which places is inside what is counted
        ("全市11个县（市、区）全部通过验收。", [(11, "个", "县(市、区)")]),
        ("全县17个乡镇（街道）总工会全部规范化。", [(17, "个", "乡镇(街道)总工会")]),
        # an age says which people: the people are counted; how it was done is not their name
        ("为2.3万名70周岁以上老人发放高龄补贴。", [(2.3, "万名", "老人")]),
        ("为4.8万名16岁以下的留守儿童开展关爱服务。", [(4.8, "万名", "留守儿童")]),
        ("为860名困难职工按月足额发放生活补助。", [(860, "名", "困难职工")]),
        # each one's amount: who each was, then what each was given
        ("向全区1,240名环卫工人每人发放慰问金300元。", [(1240, "名", "环卫工人"), (300, "元", "慰问金")]),
        ("慰问困难职工58户，每户送去慰问金800元。", [(58, "户", "慰问困难职工"), (800, "元", "慰问金")]),
        ("9户建立了困难职工档案。", [(9, "户", "建立困难职工档案")]),  # no noun: what they did
        ("有1200人次参与“安康杯”竞赛。", [(1200, "人次", "参与安康杯竞赛")]),  # a quoted name in what they did
        ("华兴纺织有限公司投资800万元。", [(800, "万元", "投资")]),  # the company is not the indicator
        ("重阳节租用两台大巴车。", [(2, "台", "大巴车")]),
        ("新建5G基站80处。", [(80, "处", "新建5G基站")]),  # 5G is a word, not a number
        ("2023年全镇财政收入预计完成4.6亿元。", [(4.6, "亿元", "财政收入")]),  # not 财政收入预 (预计 is a word)
        ("我局将力争刑事案件破案率达到80%。", [(80, "%", "刑事案件破案率")]),  # the author and its verbs go
        ("公司实现营业收入9.6亿元，营业收入力争突破11亿元。", [(9.6, "亿元", "营业收入"), (11, "亿元", "营业收入")]),
        ("亿元以上项目仅有2个。", [(2, "个", "亿元以上项目")]),
        ("送去慰问金1.8万元、大米36袋、食用油36桶。", [(1.8, "万元", "慰问金"), (36, "袋", "大米"), (36, "桶", "食用油")]),
        ("申请“金秋助学”资金共计2.4万元。", [(2.4, "万元", "“金秋助学”资金")]),  # the name before 资金 is its own
        ("全县旅游收入突破12亿元大关。", [(12, "亿元", "旅游收入")]),  # a milestone (大关) is not what is counted
        # a count of days is a figure, a duration is not (ANNOTATION.md); so is a time limit stated as a result
        ("平均住院日7.1天，同比缩短0.5天。", [(7.1, "天", "平均住院日"), (0.5, "天", "平均住院日")]),
        ("城区空气质量优良天数达到298天。", [(298, "天", "城区空气质量优良天数")]),
        ("审批时间压缩至30个工作日。", [(30, "个工作日", "审批时间")]),
        ("培训活动历时3天，连续5天开展宣传。", []),
        ("为65岁以上老人免费体检1300人次。", [(1300, "人次", "65岁以上老人免费体检")]),  # an age qualifies the noun
        ("上半年，镇总工会新建工会组织9家。", [(9, "家", "新建工会组织")]),  # the union naming itself
        ("逐校上门做工作，新建民办学校工会6个。", [(6, "个", "新建民办学校工会")]),  # the schools' unions, no school's act
        ("区教育工会指导新组建学校工会4个。", [(4, "个", "新组建学校工会")]),  # the union guiding, and its guiding
        ("推动企业签订工资集体协议21份。", [(21, "份", "企业签订工资集体协议")]),
        # a clause naming a figure only by its verb, or by nothing, counts what the clause before it counts
        ("四季度新建工会组织12家以上，确保全年完成50家。", [(12, "家", "新建工会组织"), (50, "家", "新建工会组织")]),
        ("今年新建基层工会组织60家，五年累计新建300家以上。", [(60, "家", "新建基层工会组织"), (300, "家", "新建基层工会组织")]),
        ("部分乡镇建会率仍不到60%。", [(60, "%", "部分乡镇建会率")]),
        # a quarter's doing (当季实现) and a push (要全力确保) lead a headline, no part of its name
        ("三季度当季实现社会消费品零售总额30.4亿元。", [(30.4, "亿元", "社会消费品零售总额")]),
        ("下半年，要全力确保全年地区生产总值增长6.5%。", [(6.5, "%", "地区生产总值")]),  # 仍 trails the name, as 仍不到 does
        # one figure said of two: named by the first, as the sentence orders them, when both are whole names
        ("确保年底建会率、入会率均达到95%以上。", [(95, "%", "建会率")]),
        ("全年报表上报率、及时率均为100%。", [(100, "%", "报表上报率")]),
        ("基本养老保险、基本医疗保险参保率均达到96%。", [(96, "%", "基本医疗保险参保率")]),
        # a range is two figures of one indicator (ANNOTATION.md), however its dash is written
        ("每村配备1-2个公益岗位。", [(1, "个", "公益岗位"), (2, "个", "公益岗位")]),
        ("师生比2---3人/所。", [(2, "人/所", "师生比"), (3, "人/所", "师生比")]),
        ("月最低工资标准由310-380元调至460-550元。", [(v, "元", "月最低工资标准") for v in (310, 380, 460, 550)]),
        (  # a total counts every item of the list before it
            "镇总工会联合民政办走访慰问困难职工、劳动模范共计52人。",
            [(52, "人", "困难职工、劳动模范")],
        ),
        # a long phrase holding a clause before what was done: from the verb of doing
        ("县总工会围绕全县重点工程组织劳动竞赛18项。", [(18, "项", "组织劳动竞赛")]),
        ("职工技术创新成果累计申报专利163项。", [(163, "项", "申报专利")]),
        ("累计帮助1904户在档困难职工家庭实现解困脱困。", [(1904, "户", "在档困难职工家庭")]),  # 在档: on file, a word
        ("跨境电商实现4种模式全覆盖。", [(4, "种", "模式")]),  # what was covered, not that it was
        ("区职工法律援助中心接待来访咨询620人次。", [(620, "人次", "接待来访咨询")]),
        (  # no total word, but the last item names people: the number counts them all
            "全年共走访慰问困难职工、劳模112人次，组织机关、社区职工80余人参加义务劳动。",
            [(112, "人次", "困难职工、劳模"), (80, "人", "机关、社区职工")],
        ),
        (  # … not a clause before it: 覆盖 is what was done, the standard raised is no item of a list
            "提高城乡低保标准、覆盖119.2万人。",
            [(119.2, "万人", "覆盖")],
        ),
        (  # of the clause before, only a phrase without a figure of its own
            "举办焊工技能比武，共有42名职工参加，其中9名获得技术能手称号。",
            [(42, "名", "职工"), (9, "名", "获得技术能手称号")],
        ),
        ("招商引资完成年度目标的115%。", [(115, "%", "招商引资完成年度目标")]),  # not 目标的 (诉讼标的 keeps 的)
        ("全年粮食总产量31.6万吨，比上年增产2.4%。", [(31.6, "万吨", "粮食总产量"), (2.4, "%", "粮食总产量")]),
        ("三次产业结构调整为12.1:40.3:47.6。", []),  # 三次产业 is a name, not three of anything
        (  # a clause saying only when (到2027年达到) measures what the clause before names
            "全镇农业总产值年均增长6%以上，到2027年达到9.5亿元。",
            [(6, "%", "农业总产值"), (9.5, "亿元", "农业总产值")],
        ),
        ("PM2.5平均浓度下降5%。", [(5, "%", "PM2.5平均浓度")]),
        ("一季度内完成投资2.3亿元。", [(2.3, "亿元", "投资")]),  # not 内完成投资
        ("共签订达成合作意向项目12个。", [(12, "个", "合作意向项目")]),  # not 成合作意向项目
        ("年产能力5万吨的生产线。", [(5, "万吨", "年产能力")]),  # the capacity, not the line
        ("月人均护理补 贴达到85.5元。", [(85.5, "元", "月人均护理补贴")]),  # a word broken by a stray space
        ("一、经济发展\n全县生产总值完成26亿元。", [(26, "亿元", "生产总值")]),  # a heading is not part of it
        ("全县民营经济增加值占生产总值的比重要达到46%以上。", [(46, "%", "民营经济增加值占生产总值的比重")]),
        ("县级及以上医院门诊预约诊疗服务覆盖率达到85%。", [(85, "%", "医院门诊预约诊疗服务覆盖率")]),  # not 以上医院…
        ("集体合同签订率达到95%、提高2个百分点。", [(95, "%", "集体合同签订率"), (2, "个百分点", "集体合同签订率")]),
        ("女职工占比40%、提高3个百分点。", [(40, "%", "女职工占比"), (3, "个百分点", "女职工占比")]),  # 占比 is no baseline
        # a note with a figure of its own between the phrase and the number: the phrase before the note names it
        (
            "年末全县规模以上工业企业（年主营业务收入2000万元及以上）86家，比上年末增加11家。",
            [(2000, "万元", "年主营业务收入"), (86, "家", "规模以上工业企业"), (11, "家", "规模以上工业企业")],
        ),
        ("新开工项目58个，比去年同期多9个。", [(58, "个", "新开工项目"), (9, "个", "新开工项目")]),  # 比…多: a change
        # changes since a dated base (比2005年末, 比“十五”末), 净增 after 比上年末, 上涨: of the thing before
        ("年末全县规模以上工业企业87家，比2005年末增加29家。", [(87, "家", "规模以上工业企业"), (29, "家", "规模以上工业企业")]),
        ("年末农业机械总动力43.5万千瓦，比“十五”末增长18.6%。", [(43.5, "万千瓦", "农业机械总动力"), (18.6, "%", "农业机械总动力")]),
        ("规模以上工业企业412家，比上年末净增98家。", [(412, "家", "规模以上工业企业"), (98, "家", "规模以上工业企业")]),
        ("全县社会消费品零售总额增长8.7%，居民消费价格上涨1.3%。", [(8.7, "%", "社会消费品零售总额"), (1.3, "%", "居民消费价格")]),
        ("全县人均生产总值14520元，按当年平均汇率折算约2121美元。", [(14520, "元", "人均生产总值"), (2121, "美元", "人均生产总值")]),
        # those who joined something, by what they joined (职工 alone names anyone)
        ("参加基本养老保险的职工2.18万人。", [(2.18, "万人", "参加基本养老保险的职工")]),
        # goods by their value (价值, 折合): the goods; a range's 不等 names nothing
        ("为一线医护人员发放慰问品、防暑降温用品价值18.6万元。", [(18.6, "万元", "防暑降温用品")]),
        ("发放慰问品折合58万元，完成旅游总价值12亿元。", [(58, "万元", "慰问品"), (12, "亿元", "旅游总价值")]),
        ("走访慰问困难职工家庭，每户500元至1000元不等。", [(500, "元", "每户"), (1000, "元", "每户")]),
        # what was arranged for people (为…办理, 提供, 开展): the thing arranged, not the people and the act
        ("为患大病的困难职工办理医疗救助1380人次。", [(1380, "人次", "医疗救助")]),
        ("县职工法律援助中心为职工提供法律咨询620人次。", [(620, "人次", "法律咨询")]),
        # batches of an activity people were brought to: the activity (the people counted: those brought)
        ("组织劳模和一线职工疗休养3批。", [(3, "批", "疗休养")]),
        ("组织职工疗休养2批次，安排下岗失业人员再就业117人。", [(2, "批次", "疗休养"), (117, "人", "安排下岗失业人员再就业")]),
        # a concentration is a figure, its change the pollutant's
        ("PM2.5平均浓度为32微克/立方米，同比下降8.6%。", [(32, "微克/立方米", "PM2.5平均浓度"), (8.6, "%", "PM2.5平均浓度")]),
        ("床位使用率92.3%，其中3月份达到97.8%。", [(92.3, "%", "床位使用率"), (97.8, "%", "床位使用率")]),  # a month's part
        ("组织职工培训420余期、1.6万人次。", [(420, "期", "培训"), (1.6, "万人次", "培训")]),
        # 削减 a change like 下降; 比上届政府期间 a comparison like 比上年
        (
            "全县化学需氧量、氨氮、二氧化硫排放量分别累计削减18.3%、16.9%和25.2%。",
            [(18.3, "%", "化学需氧量"), (16.9, "%", "氨氮"), (25.2, "%", "二氧化硫排放量")],
        ),
        ("氨氮排放量削减1.8%。", [(1.8, "%", "氨氮排放量")]),
        ("国内生产总值年均增长13.2%，比上届政府期间提高3.2个百分点。", [(13.2, "%", "国内生产总值"), (3.2, "个百分点", "国内生产总值")]),
        # … said in Chinese numerals: the level's phrase is not taken from across the figure before it
        ("农民人均纯收入增长百分之十二以上，达到七千元。", [(12, "%", "农民人均纯收入"), (7000, "元", "农民人均纯收入")]),
        # a level after a change of the same thing, past its milestone or its goal's verb
        ("财政收入增长10%以上，力争突破3 450万元。", [(10, "%", "财政收入"), (3450, "万元", "财政收入")]),
        (
            "全部财政收入突破10亿元大关，达到10.38亿元，增长23.5%。",
            [(10, "亿元", "全部财政收入"), (10.38, "亿元", "全部财政收入"), (23.5, "%", "全部财政收入")],
        ),
        ("确保完成城镇新增就业8000人的年度任务。", [(8000, "人", "城镇新增就业")]),  # the task's, not 年度任务
        ("今年全县要努力完成退耕还林还草12万亩的任务。", [(12, "万亩", "退耕还林还草")]),
        # last year's numbers said after this year's: each the earlier level of the figure before it in its unit
        (
            "为126名农民工追回工资143.6万元，去年这一数字为98名、107万元。",
            [(126, "名", "农民工"), (143.6, "万元", "追回工资"), (98, "名", "农民工"), (107, "万元", "追回工资")],
        ),
        ("参赛职工236名，比上届增加71名。", [(236, "名", "参赛职工"), (71, "名", "参赛职工")]),
        # a time inside the phrase: the thing before it, the verb after it
        ("辖区户外劳动者服务站点今年新增7个。", [(7, "个", "户外劳动者服务站点")]),
        ("年末全市城镇调查失业率从上半年的5.6%降到5.2%。", [(5.6, "%", "城镇调查失业率"), (5.2, "%", "城镇调查失业率")]),
        ("幸福里社区辖区面积1.2平方公里。", [(1.2, "平方公里", "辖区面积")]),
        # a year's average of what the figure before counts: the same thing
        ("五年新建基层工会组织1128家，年均新建225家以上。", [(1128, "家", "五年新建基层工会组织"), (225, "家", "新建基层工会组织")]),
        # a goal set for a growth: its thing, not the 的 of 确定的
        ("完成区委、区政府确定的地区生产总值增长6.5%的目标任务压力较大。", [(6.5, "%", "地区生产总值目标")]),
        ("全县有企业120家，比上年少3家。", [(120, "家", "企业"), (3, "家", "企业")]),
    ],
)
def test_indicator_boundaries(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全年发放救助金2 404万元。", [(2404, "万元")]),  # a space between digit groups: one number
        ("全年发放救助金2\u2009404万元。", [(2404, "万元")]),  # a thin space too
        ("人口自然增长率为-0.54‰。", [(-0.54, "‰")]),  # a minus sign written is kept
        ("全镇工农业总产值完成十一点六亿元。", [(11.6, "亿元")]),  # 十一 opens a numeral here, not the holiday
        ("国庆十一期间接待游客。", []),
        ("每村配备3-5个公益岗位。", [(3, "个"), (5, "个")]),  # a range's dash is no sign
        ("人口出生率比上年下降0.81个千分点，发病率为186.42/10万。", [(0.81, "个千分点"), (186.42, "/10万")]),
        ("各项贷款余额3 412.9亿元，同比增长9.8%。", [(3412.9, "亿元"), (9.8, "%")]),  # and a decimal after the groups
        ("引进生产汽车零部件的企业。", []),  # 零部件 is not 0 部
        ("支持林场二次创业，推进二次供水改造。", []),  # 二次 is a word there (a second go, secondary), not twice
        ("全面落实四项管理要求。", []),  # a label
        ("全县生产总值从87.55亿元增长到118.32亿元。", [(87.55, "亿元"), (118.32, "亿元")]),  # baseline and level
    ],
)
def test_number_forms(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in figures_in(text)] == expected


def test_pinyin_left_by_a_converter_is_inside_the_word() -> None:
    (f,) = figures_in("全縣地區(qū)生產(chǎn)總值完成26億元。")
    assert (f.value, f.indicator, f.canonical) == (26, "地区生产总值", "地区生产总值")


def test_growth_at_current_prices_measures_what_came_before() -> None:
    figs = figures_in("全县完成GDP 115亿元，现价增长27.7%。")
    assert [(f.value, f.canonical) for f in figs] == [(115, "地区生产总值"), (27.7, "地区生产总值增长")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plan period a level is compared with stands between the phrase and its number
        ("全县财政收入由“十二五”末的3.1亿元增加到5.6亿元。", [(3.1, "亿元", "财政收入"), (5.6, "亿元", "财政收入")]),
        # a qualifier in brackets stands between the phrase and its number
        ("全镇税收收入(不含土地出让)3.2亿元。", [(3.2, "亿元", "税收收入")]),
        # a goal it is compared with, and the margin, measure what grew; so does the change after them
        (
            "招商引资到位资金8.6亿元,较上年增长15%,高于年初确定10%的目标5个百分点,年均增长12%。",
            [(8.6, "亿元", "招商引资到位资金"), (15, "%", "招商引资到位资金"), (10, "%", "招商引资到位资金目标"),
             (5, "个百分点", "招商引资到位资金"), (12, "%", "招商引资到位资金")],
        ),
        # the change of the last list, in order, 分别 or not; a baseline said by its time
        (
            "新建公路52公里,完成投资3.1亿元,分别占年计划104%和98%,较上年增长12%和9%。",
            [(52, "公里", "新建公路"), (3.1, "亿元", "投资"), (104, "%", "新建公路"), (98, "%", "投资"),
             (12, "%", "新建公路"), (9, "%", "投资")],
        ),
        (
            "完成营业收入86万元,去年同期完成70万元,同比增长22.9%。",
            [(86, "万元", "营业收入"), (70, "万元", "营业收入"), (22.9, "%", "营业收入")],
        ),
        # a second 分别 list with no names of its own takes the first list's
        (
            "粮食产量、油料产量分别达到12万吨、3万吨,分别是2015年的1.2倍、1.5倍。",
            [(12, "万吨", "粮食产量"), (3, "万吨", "油料产量"), (1.2, "倍", "粮食产量"), (1.5, "倍", "油料产量")],
        ),
    ],
)
def test_what_the_sentence_settles(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_a_line_wrapped_by_a_pdf_is_one_sentence() -> None:
    # the page ended inside a word and inside a list: neither break ends the sentence
    text = (
        "一、经济运行\n"
        "今年以来全镇经济运行平稳向好，全社会固定资产投\n资完成48.2亿元，镇级财政收入、税收收入分别达到"
        "3.1亿元、\n1.6亿元。\n"
        "二、民生保障\n新增城镇就业2100人。"
    )
    got = [(f.value, f.unit, f.indicator) for f in figures_in(text)]
    assert got == [
        (48.2, "亿元", "全社会固定资产投资"),
        (3.1, "亿元", "镇级财政收入"),
        (1.6, "亿元", "税收收入"),
        (2100, "人", "新增城镇就业"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names joined by 和 before a change, then as many figures: in order, 分别 or not
        ("工业用电量和货运总量年均增长9%和7%以上。", [(9, "%", "工业用电量"), (7, "%", "货运总量")]),
        ("进出口总额和实际利用外资增长12%。", [(12, "%", "进出口总额和实际利用外资")]),  # one figure: no list
        # the figures just before a 分别 list name it, in order
        (
            "公司资产总额52亿元、净资产18亿元,同比分别增长8%、11%。",
            [(52, "亿元", "资产总额"), (18, "亿元", "净资产"), (8, "%", "资产总额"), (11, "%", "净资产")],
        ),
        # 左右 belongs to the number before; the level after a date measures the same thing
        ("粮食产量年均增长3%左右,2030年达到60万吨。", [(3, "%", "粮食产量"), (60, "万吨", "粮食产量")]),
        # a ratio to an earlier level, and what was done against a target
        ("税收收入由1.2亿元增加到2.5亿元,是2020年的2.1倍。", [(1.2, "亿元", "税收收入"), (2.5, "亿元", "税收收入"), (2.1, "倍", "税收收入")]),
        ("植树造林任务3万亩,完成3.4万亩,完成率113%。", [(3, "万亩", "植树造林任务"), (3.4, "万亩", "植树造林任务"), (113, "%", "完成率")]),
        # a list closed by 等 counts what follows it; 等级 is a word
        ("开工建设地铁3号线、5号线等轨道交通线2条。", [(2, "条", "轨道交通线")]),
        ("创建张家湾、李家庄等示范村12个。", [(12, "个", "示范村")]),
        ("全省89.4%的公园实现免费开放。", [(89.4, "%", "公园实现免费开放")]),  # 的 is no part of it
        # one-character items share the head of the last (省、市劳模; 肉、奶产量); 确保 is no part of it
        ("确保茶、果产量分别稳定在3万吨和7万吨左右。", [(3, "万吨", "茶产量"), (7, "万吨", "果产量")]),
        ("省、市劳模分别有12人和30人。", [(12, "人", "省劳模"), (30, "人", "市劳模")]),
        # a quoted name inside the phrase; a class (万吨级) before what is counted; 年中央 is not 年中 + 央
        ("认定省级“隐形冠军”企业30家。", [(30, "家", "认定省级“隐形冠军”企业")]),
        ("港口新增10万吨级泊位2个。", [(10, "万吨", "泊位"), (2, "个", "泊位")]),
        ("下达2025年中央补助资金6.4亿元。", [(6.4, "亿元", "中央补助资金")]),
        # a range's upper bound, a total after what was added, a phrase before a year
        ("全县生产总值增长6%—6.5%。", [(6, "%", "生产总值"), (6.5, "%", "生产总值")]),
        ("新建绿道37公里、累计达到216公里。", [(37, "公里", "新建绿道"), (216, "公里", "绿道")]),
        ("新增上市公司6家，总数18家。", [(6, "家", "新增上市公司"), (18, "家", "上市公司")]),
        # the same amount in another unit, noted after it, measures the same thing (and so do the changes after it)
        (
            "实现出口额1.6亿美元（折合人民币11.5亿元），增长9%。",
            [(1.6, "亿美元", "出口额"), (11.5, "亿元", "出口额"), (9, "%", "出口额")],
        ),
        # a count of those its clause says something of, among the things named before
        (
            "全市9个县区中，工会经费收缴率超过95%的有4个。",
            [(9, "个", "县区"), (95, "%", "工会经费收缴率"), (4, "个", "工会经费收缴率超过95%的县区")],
        ),
        # the totals of a list just added, 分别 in order
        (
            "新建职工书屋12个、户外劳动者驿站8个，总数分别达到96个和54个。",
            [(12, "个", "新建职工书屋"), (8, "个", "户外劳动者驿站"), (96, "个", "职工书屋"), (54, "个", "户外劳动者驿站")],
        ),
        ("新推出7项创新成果、累计达到61项。", [(7, "项", "创新成果"), (61, "项", "创新成果")]),
        ("筹措保障性租赁住房4万套（间）、累计达到21万套（间）。", [(4, "万套", "筹措保障性租赁住房"), (21, "万套", "筹措保障性租赁住房")]),
        ("茶叶产量2030年达到8万吨。", [(8, "万吨", "茶叶产量")]),
        # two figures side by side (…户…人) count the same thing
        ("全镇纳入农村低保1786户3549人。", [(1786, "户", "纳入农村低保"), (3549, "人", "纳入农村低保")]),
        # a template's blanked year before the phrase is no part of it, and dates nothing
        ("20xx年实现村集体收入260万元。", [(260, "万元", "村集体收入")]),
        # what is left of a time named before (“五一”期间, “三八”前夕) is not part of the phrase
        ("在“元旦”和“三八”期间走访女职工60人次。", [(60, "人次", "走访女职工")]),
        # a word after the phrase is dropped only where a word starts: 行为 and 标的 stay whole
        ("全年查处违法行为12起，涉及诉讼标的21.5万元。", [(12, "起", "查处违法行为"), (21.5, "万元", "涉及诉讼标的")]),
        ("发放慰问金额为5万元。", [(5, "万元", "慰问金额")]),
        # a word before the phrase is dropped only where a word ends: 和谐 and 及时 stay whole
        ("创建和谐企业42家,及时足额发放慰问金8万元。", [(42, "家", "创建和谐企业"), (8, "万元", "及时足额发放慰问金")]),
        ("全市国有企业全部建会,达到建制率96%。", [(96, "%", "建制率")]),
    ],
)
def test_lists_ratios_and_leading_words(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun after the unit stops where a word of its own says so, never inside a word
        ("改造3个社区卫生服务中心。", [(3, "个", "社区卫生服务中心")]),  # 中 of 中心 is not "among"
        ("组织召开12次区协调劳动关系三方会议。", [(12, "次", "区协调劳动关系三方会议")]),  # not 三方会
        ("全县5家企业中有3家建会。", [(5, "家", "企业"), (3, "家", "建会")]),
        ("全县有100个中小学校开展活动。", [(100, "个", "中小学校")]),
        ("将12支引导基金整合为产业、人才2支基金。", [(12, "支", "引导基金"), (2, "支", "基金")]),  # a change verb ends it
        # a spaced number after 提高到 is the level the thing before it rose to
        ("月标准从90元提高到 140元。", [(90, "元", "月标准"), (140, "元", "月标准")]),
        # 分别把 (将): who gave stands before, what was given after the list's last number
        (
            "全镇两家单位及个人分别把800、300元的助学金送到学生家中。",
            [(2, "家", "单位"), (800, "元", "助学金"), (300, "元", "助学金")],  # 送到 hands it over
        ),
        # a stop word that begins a whole word does not stop it; 在 before a word of its own does
        ("推进物流园等15个在谈项目。", [(15, "个", "在谈项目")]),
        ("有职工300人在岗位上坚守。", [(300, "人", "职工")]),
        # a note inside the noun is part of it, one after it is not
        ("全县58个村(社区)服务站建成。", [(58, "个", "村(社区)服务站")]),
        ("为五个系统(行业)的职工解困。", [(5, "个", "系统")]),
        # an approximation and a unit left after the unit (a typo) are no noun; a blank ends the noun
        ("其中减免费用0.8万元余元。", [(0.8, "万元", "减免费用")]),
        ("组织9支代表队近___名职工。", [(9, "支", "代表队"), (None, "名", "职工")]),
        # a measure word that is its own noun, then taking part and the event: those who took part; the
        # sessions count the event the clause stands before (the head of its list's last item)
        ("举办3期有260人参加的焊工、电工和钳工技能培训班。", [(3, "期", "培训班"), (260, "人", "参加")]),
        ("组织有60余名护士参加的计算机操作比赛。", [(60, "名", "护士")]),  # a noun after the unit: itself
        # a size between the count and its noun classes the works; the works are counted (a size with no noun
        # after it is a figure of the phrase before)
        ("建成6个220千伏变电站。", [(6, "个", "变电站")]),  # (a voltage class is no figure)
        ("新开工2座30万吨级码头泊位。", [(2, "座", "码头泊位"), (30, "万吨", "码头泊位")]),
        ("改造背街小巷4条2.6公里。", [(4, "条", "改造背街小巷"), (2.6, "公里", "改造背街小巷")]),
    ],
)
def test_noun_after(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_a_base_of_a_share_counts_what_was_to_be_done() -> None:
    figs = figures_in("全年新建工会42家,占应建工会数40家的105%。")
    assert [(f.value, f.indicator) for f in figs[:2]] == [(42, "新建工会"), (40, "应建工会数")]  # not 占应建工会数


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier level is of the figure before it in the same unit; the 分别 changes follow them
        (
            "受理来信6件次、涉及9人次,比去年同期的8件次、15人次,分别下降25%和40%。",
            [(6, "件次", "受理来信"), (9, "人次", "涉及"), (8, "件次", "受理来信"), (15, "人次", "涉及"),
             (25, "%", "受理来信"), (40, "%", "涉及")],
        ),
        # … also where 比 introduces the earlier levels, with no 同期 or 的
        (
            "其中来电2批次、9人次,比去年5批次、20人次。",
            [(2, "批次", "来电"), (9, "人次", "来电"), (5, "批次", "来电"), (20, "人次", "来电")],
        ),
        # what was done, after it, is not part of what was counted
        ("12项民生实事全面完成。", [(12, "项", "民生实事")]),
        ("5万套棚改任务如期完成。", [(5, "万套", "棚改任务")]),
        # a lead word alone still names what is counted
        ("全区基层工会58个。", [(58, "个", "基层工会")]),
    ],
)
def test_baselines_and_what_was_done(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_a_goal_compared_with_is_a_target_and_the_margin_a_result() -> None:
    figs = figures_in("招商引资到位资金8.6亿元,较上年增长15%,高于年初确定10%的目标5个百分点。")
    assert [(f.value, f.target) for f in figs] == [(8.6, False), (15, False), (10, True), (5, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("城镇新增就业不少于2.8万人。", (2.8, "城镇新增就业", "over")),  # at least: not 少于 with a 不 left over
        ("城镇调查失业率不高于5.5%。", (5.5, "城镇调查失业率", "under")),
        ("新增就业不低于5000人。", (5000, "新增就业", "over")),
    ],
)
def test_a_negated_bound(text: str, expected: tuple[float, str, str]) -> None:
    (f,) = figures_in(text)
    assert (f.value, f.indicator, f.approx) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracketed character inside a word is part of the phrase; one before it is not
        ("全区实行村(居)务公开的累计达45家。", "实行村(居)务公开"),
        ("全区(县)新建工会15家。", "新建工会"),
        # a longer qualifier inside the phrase, with only a short word after it before the number
        ("药品收入(不含饮片)占比达34.6%。", "药品收入(不含饮片)占比"),
        # a blanked name (XX区) is no part of what is counted
        ("全区数据库中XX区共有登记企业3100家。", "登记企业"),
        # the title a unit was given is what is counted
        ("被评为市级模范职工之家2所。", "市级模范职工之家"),
        # 人数 is part of what is counted, not a word after it
        ("全市APP注册人数36.1万人。", "APP注册人数"),
        # 于 before a date ends the noun after the unit
        ("15.3公里环湖路改造于9月动工。", "环湖路改造"),
        # a short item shares the head of the last one; 同比 is no part of either
        ("全县刑事、治安案件同比分别减少6.5%、12.4%。", "刑事案件"),
        # how often: what was done to what the preposition names (对 of 对接 is none)
        ("先后三次对全区各企业安全生产情况进行了督促检查。", "督促检查"),
        ("3次对接企业开展调研。", "对接企业开展调研"),
        # a change verb with its 至/到/为 ends the phrase whole, not inside 下降 (药占比下)
        ("门诊次均药占比下降至24.8%。", "门诊次均药占比"),
        ("管理费用率降低到9.6%。", "管理费用率"),
        # a score or a bound before the noun qualifies it (a number, no figure of its own)
        ("全校650分以上学生37人。", "650分以上学生"),
        ("110千伏及以上变电站达到26座。", "110千伏及以上变电站"),
        # 年末, 年底前 say when, not what
        ("年末全镇常住人口5.4万人。", "常住人口"),
        ("年底前完成危房改造120户。", "危房改造"),
        # a station or centre that acted is no part of what it counts; its share is theirs
        ("县职工法律援助站接待职工来访咨询168人次。", "接待职工来访咨询"),
        ("全县社区卫生服务中心占比提高到85%。", "社区卫生服务中心占比"),
        ("组织开展岗位练兵和技能比武27项。", "岗位练兵和技能比武"),
        # a list closed by 等 counts all its items (not the last one alone)
        ("慰问困难职工、困难劳模、环卫工人等860人次。", "困难职工、困难劳模、环卫工人"),
        ("新建中等职业学校2所。", "新建中等职业学校"),  # 中等 is a word, not a trailing 等
        # an enterprise's union before what it did is no part of it; 已建工会企业 is a kind of enterprise
        ("厂工会共召开职工代表大会3次。", "召开职工代表大会"),
        ("全镇已建工会企业142家。", "已建工会企业"),
        # 保持 after the name says the level held, no part of it
        ("全县建制村通客车率继续保持100%。", "建制村通客车率"),
    ],
)
def test_phrase_of_the_figure(text: str, expected: str) -> None:
    assert figures_in(text)[0].indicator == expected


def test_a_higher_goal_for_the_same_thing_takes_its_name() -> None:
    got = [(f.value, f.indicator, f.target) for f in figures_in("销售收入确保达到7.4亿元，力争8亿元；利润增长9%，力争10%。")]
    assert got == [(7.4, "销售收入", True), (8, "销售收入", True), (9, "利润", False), (10, "利润", True)]
    # another unit is another thing
    assert figures_in("新建工会组织16家，力争发展会员240人。")[1].indicator == "发展会员"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经济总量确保增长6.5%。", "经济总量"),  # resolve before the change verb is no part of the name
        ("全年为职工挽回经济损失86万元。", "经济损失"),  # won back for someone: what was won back
    ],
)
def test_resolve_and_recipient_are_no_part_of_the_name(text: str, expected: str) -> None:
    assert figures_in(text)[0].indicator == expected


def test_coal_equivalent_is_one_unit_with_its_multiplier() -> None:
    (energy,) = figures_in("全年节约能源3.6万吨标准煤。")
    assert (energy.value, energy.unit, energy.base_value, energy.base_unit) == (3.6, "万吨标准煤", 36000, "吨标准煤")
    assert energy.indicator == "节约能源"
    (per_tonne,) = figures_in("吨钢综合能耗降至541千克标准煤。")
    assert (per_tonne.unit, per_tonne.indicator) == ("千克标准煤", "吨钢综合能耗")


def test_a_score_is_a_figure_a_time_is_none() -> None:
    (score,) = figures_in("全年群众安全感满意度测评得分97.6分。")
    assert (score.value, score.unit) == (97.6, "分")
    assert figures_in("会议于上午9时40分开始。") == []
    assert [(f.value, f.unit) for f in figures_in("全校600分以上考生52人。")] == [(52, "人")]  # a bar in a name


def test_a_figure_without_a_name_takes_the_neighbour_it_stands_against() -> None:
    got = [(f.value, f.indicator) for f in figures_in("全镇实现脱贫215户706人，3个贫困村出列。")]
    assert got == [(215, "脱贫"), (706, "脱贫"), (3, "贫困村出列")]  # 户 and 人 of one count, not the next clause's
    got = [(f.value, f.indicator) for f in figures_in("有效发明专利从1.2万件增加到3.4万件，新增院士2名。")]
    assert got[1] == (3.4, "有效发明专利")


def test_the_reporters_own_name_is_no_part_of_what_it_counts() -> None:
    from corpus.articles import split_document
    from corpus.records import Document
    from extract.pipeline import extract_article

    text = "松涛社区2024年工作总结\n松涛社区辖区面积0.8平方公里。社区组建志愿服务队4支，社区工会现有会员86人。\n"
    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    got = {(f.value, f.unit): f.indicator for f in extract_article(article).figures}
    assert got[(0.8, "平方公里")] == "辖区面积"
    assert got[(4, "支")] == "组建志愿服务队"
    assert got[(86, "人")].startswith("社区工会")  # a kind of union: 社区 stays with it


def test_a_count_in_chinese_numerals_is_no_holiday_or_slogan() -> None:
    got = [(f.value, f.unit) for f in figures_in("全乡新建村级活动场所十一个，硬化通村道路二十三公里。")]
    assert got == [(11, "个"), (23, "公里")]  # 十一 and 三公 are names only where no unit reads across them
    assert figures_in("五一节前夕，突破一批关键技术，坚持三个代表。") == []
    # 十一 before a measure word counts (十一次, 十一家); before 期间 it is the holiday, before 工代会 an ordinal
    got = [(f.value, f.unit, f.indicator) for f in figures_in("全年召开职工代表团长联席会议十一次，调处劳动争议十一起。")]
    assert got == [(11, "次", "职工代表团长联席会议"), (11, "起", "调处劳动争议")]
    assert figures_in("十一期间组织职工参观，完成市十一次工代会确定的任务。") == []


def test_a_school_years_words_are_no_part_of_the_name() -> None:
    # 全学年 says when, as 全年 does; 比上一学年 is the base of a change, as 比上年 is
    figs = figures_in("全学年辍学学生27人，比上一学年减少9人。")
    assert [(f.value, f.indicator) for f in figs] == [(27, "辍学学生"), (9, "辍学学生")]
    figs = figures_in("学年初全日制在校生12 406人，比上学年初增加532人。")
    assert [(f.value, f.indicator) for f in figs] == [(12406, "全日制在校生"), (532, "全日制在校生")]

@pytest.mark.parametrize(
    "phrase",
    ["全县民营经济增加值占生产总值的比重", "城镇居民人均可支配收入增长率", "及以上医院门诊预约诊疗率达到", "县级及以上医院门诊预约诊疗率"],
)
def test_last_words_without_the_cut_where_the_cut_keeps_every_word(phrase: str) -> None:
    from extract.indicators import _MAX_LEN, _NOT_FIRST, _last_words
    from extract.segment import lcut

    words = lcut(phrase)
    assert "".join(words) == phrase  # what lets a short phrase skip the cut: its words are all of it
    k = len(words)
    while k > 0 and sum(map(len, words[k - 1 :])) <= _MAX_LEN + 4:
        k -= 1
    while k < len(words) - 1 and words[k] in _NOT_FIRST:
        k += 1
    assert _last_words(phrase) == "".join(words[k:])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause between the number and the noun it counts: the group a size is of, the event sessions are of
        ("区总工会组建了由28人组成的劳动法律监督员队伍。", [(28, "人", "劳动法律监督员队伍")]),
        ("举办6期有240人参加的叉车工、焊工培训班。", [(6, "期", "培训班"), (240, "人", "参加")]),
        # a remark in brackets on the amount, then its noun
        ("把2000元（区里标准为800元）的慰问金交到他们手中。", [(2000, "元", "慰问金"), (800, "元", "区里标准")]),
        # people a verb brought to take part are counted by what they took part in, not by the verb or whose they were
        ("全年组织1560人次参加48场次的岗位练兵活动。", [(1560, "人次", "参加"), (48, "场次", "岗位练兵活动")]),
        ("组织8个系统的320人参加对职工书屋建设情况的问卷调查。", [(8, "个", "系统"), (320, "人", "参加问卷调查")]),
        # what is given, not who earned it
        ("对按期完成建会任务的企业给予奖励500元。", [(500, "元", "奖励")]),
        # a level bound is part of who is counted; the act done for them is not
        ("上半年为63名市级以上劳动模范发放补贴。", [(63, "名", "市级以上劳动模范")]),
        # the next point of a list, its punctuation lost, names nothing
        ("新配工会干部23人二是扎实做好职代会工作。", [(23, "人", "新配工会干部")]),
        # a verb and its object jieba keeps as one word end the noun (通过考核), a noun that starts like a verb does not
        ("全区有415名职工通过考核取得了特种作业操作证。", [(415, "名", "职工")]),
        ("全年送去慰问品300份，举办5场慰问演出。", [(300, "份", "慰问品"), (5, "场", "慰问演出")]),
    ],
)
def test_noun_past_a_clause_or_a_remark(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_an_amount_then_what_it_was_for_is_named_before_it() -> None:
    (fig,) = figures_in("全县筹措资金5.2万元慰问困难职工和劳模。")
    assert fig.indicator == "筹措资金"  # the money, not whom it visited (慰问困难职工)


def test_a_numeral_that_ends_like_a_holiday_is_a_number() -> None:
    got = [(f.value, f.unit) for f in figures_in("财政收入增长百分之二十一，三十一家企业建会。国庆十一期间开展活动。")]
    assert got == [(21, "%"), (31, "家")]  # 二十一 and 三十一 hold 十一; 国庆十一 stays a holiday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("全县国内生产总值（GDP）完成46.8亿元。", (46.8, "国内生产总值", "地区生产总值")),  # the acronym names it again
        ("社会消费品零售总额实现14.7亿元。", (14.7, "社会消费品零售总额", "社会消费品零售总额")),  # 实现 is the verb
        ("财政收入五年翻了一番，达到5.13亿元。", (5.13, "财政收入", "财政收入")),  # what doubled, not that it did
    ],
)
def test_the_words_around_a_headline_name(text: str, expected: tuple[float, str, str]) -> None:
    (fig,) = figures_in(text)
    assert (fig.value, fig.indicator, fig.canonical) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("选派38名骨干医师到三甲医院进修学习。", [(38, "名", "骨干医师")]),  # where they went is no part of them
        ("学校有教学班48个，在校学生2316人。", [(48, "个", "教学班"), (2316, "人", "在校学生")]),
        ("普高上线率达到72.6%，比上学年提高4.1个百分点。", [(72.6, "%", "普高上线率"), (4.1, "个百分点", "普高上线率")]),
        ("投入资金120万元改造学生宿舍。", [(120, "万元", "资金")]),  # what the money went to is not what it is
        ("对每人给予1000元的资助。", [(1000, "元", "资助")]),  # … but 资助 after 的 is the money
        ("住院手术4860台次，出动车辆36车次。", [(4860, "台次", "住院手术"), (36, "车次", "出动车辆")]),
    ],
)
def test_what_institutions_count(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村集体经济收入全部达到10万元以上。", (10, "村集体经济收入")),  # 全部, 均: how many of them, no part of it
        ("办结率均为100%。", (100, "办结率")),
        ("城镇调查失业率平均为5.2%。", (5.2, "城镇调查失业率平均")),  # … but 平均 keeps its 均
        ("2024年，我乡将力争农业总产值增长6%。", (6, "农业总产值")),  # the township naming itself
        ("全县涌现出省级劳动模范6人。", (6, "省级劳动模范")),  # 涌现出 says they came forward, not who they are
    ],
)
def test_words_of_scope_and_the_reporter_around_the_name(text: str, expected: tuple[float, str]) -> None:
    (fig,) = figures_in(text)
    assert (fig.value, fig.indicator) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted after their unit are that count's; what was done for them names the amount after them
        ("为5240名困难家庭高校新生发放资助金3820万元。", [(5240, "名", "困难家庭高校新生"), (3820, "万元", "资助金")]),
        ("为86名农民工追讨欠薪152万元。", [(86, "名", "农民工"), (152, "万元", "追讨欠薪")]),
    ],
)
def test_an_amount_after_the_people_it_was_for(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_the_years_a_total_is_over_are_no_part_of_its_name() -> None:
    got = [(f.value, f.indicator, f.canonical) for f in figures_in("五年间新增城镇就业2.6万人，五年累计利用外资78亿美元。")]
    assert got[0] == (2.6, "新增城镇就业", "城镇新增就业")  # the period says 五年间; the name does not
    assert got[1][:2] == (78, "利用外资")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("看望慰问在工作岗位上坚守的一线职工120多人。", "一线职工"),  # a clause says what they do; they are counted
        ("全县符合条件的小微企业286家。", "小微企业"),
        ("参加医保的职工占比达到95%。", "参加医保的职工占比"),  # a share keeps what it is a share of
    ],
)
def test_the_head_after_a_clause_with_de(text: str, expected: str) -> None:
    assert figures_in(text)[0].indicator == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("机关系统有215人通过考核取得了计算机等级证书。", [(215, "人", "取得计算机等级证书")]),  # not 机关系统
        ("全镇有1.6万人参加了城乡居民医保。", [(1.6, "万人", "参加城乡居民医保")]),
        ("全市有120名职工参加培训。", [(120, "名", "职工")]),  # a noun after the unit: itself
    ],
)
def test_people_a_group_has_are_counted_by_what_they_did(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.indicator) for f in figures_in(text)] == expected


def test_a_compound_unit_stays_as_written() -> None:
    got = [(f.value, f.unit, f.base_value, f.base_unit, f.indicator) for f in figures_in(
        "食品抽检量达到4批次/千人，垃圾处理能力提高到16.9万吨/日。2023/12/31统计。"
    )]
    # ANNOTATION.md: compound units stay as written; the multiplier goes into the base value, as for 万吨
    assert got == [(4, "批次/千人", 4, "批次/千人", "食品抽检量"), (16.9, "万吨/日", 169000, "吨/日", "垃圾处理能力")]


def test_a_change_after_a_share_of_the_plan_is_of_what_was_done() -> None:
    # the completion rate sits between the income and its change: the 1120万元 more is income, not plan
    figs = figures_in("全年实现营业收入1.37亿元，完成年度计划的104.2%，比上年增加1120万元。")
    assert [(f.value, f.unit, f.indicator) for f in figs][2] == (1120, "万元", "营业收入")


def test_a_rates_change_against_another_part_of_the_year_is_of_that_rate() -> None:
    figs = figures_in("1-6月，全区实现地区生产总值168.4亿元，同比增长7.2%，增速较一季度加快0.6个百分点。")
    assert [(f.value, f.indicator) for f in figs][2] == (0.6, "地区生产总值")


def test_a_change_said_with_its_time_or_its_leap_is_of_the_thing_before() -> None:
    figs = figures_in("全区实现地区生产总值186.42亿元，同比增长4.9%（去年同期增长8.5%），增速一度回落至2.4%。")
    assert [f.indicator for f in figs] == ["地区生产总值"] * 4
    leap = figures_in("全市生产总值从2018年的2012亿元跃升至2860亿元。")
    assert [f.indicator for f in leap] == ["生产总值", "生产总值"]  # 全市 is the scope


def test_a_clause_after_a_semicolon_opening_on_a_change_is_of_the_clause_before() -> None:
    figs = figures_in("一般公共预算收入完成9.86亿元，同比下降5.4%；剔除留抵退税因素后，按可比口径计算增长3.2%。")
    assert [(f.value, f.indicator) for f in figs][-1] == (3.2, "一般公共预算收入")
    # not across a full stop, nor past a subject of its own
    other = figures_in("城乡居民储蓄存款余额增长12%。居民人均支出，分别增长28%和17%。")
    assert [f.indicator for f in other][1] != "城乡居民储蓄存款余额"


def test_a_noun_ending_in_a_verb_of_doing_is_not_cut_there() -> None:
    (fig,) = figures_in("全县农民专业合作经济组织发展到2694个。")
    assert fig.indicator and fig.indicator.startswith("农民专业合作经济组织")  # 组织 the noun, not 组织发展到


def test_above_scale_after_a_unit_is_a_class_not_a_bound() -> None:
    (fig,) = figures_in("全县仍有近30家规模以上企业未建会。")
    assert fig.indicator and fig.indicator.startswith("规模以上企业")  # not 规模, cut at 以上


def test_an_amount_before_what_it_built_is_named_before_it() -> None:
    figs = figures_in("2018年以来，县总工会共投入资金85万元建设“职工之家”23个。")
    assert (figs[0].value, figs[0].indicator) == (85, "资金")


def test_a_unions_organisation_is_a_noun_not_the_verb_of_doing() -> None:
    (fig,) = figures_in("4月10日召开全县工会组织建设推进会，120人参加。")
    assert fig.indicator == "全县工会组织建设推进会"  # not cut at 组织 as if it were 组织 (organise)


def test_a_note_giving_last_years_figure_is_of_the_same_thing() -> None:
    figs = figures_in("全年共受理刑事案件412起，立案386起，同比下降14.6%（2020年为452起）。")
    assert [(f.value, f.indicator) for f in figs][-1] == (452, "立案")


def test_what_an_amounts_worth_of_is_counted() -> None:
    (fig,) = figures_in("为一线职工送去价值18万元的防暑降温物品。")
    assert fig.indicator == "防暑降温物品"  # 价值 says what the amount is of: the goods after 的


def test_a_daily_average_keeps_its_average() -> None:
    figs = figures_in("全年接报110警情1.26万起，日均34.5起。")
    assert figs[-1].indicator == "日均"  # not 日: 均 is part of the word, as in 年均 and 人均


@pytest.mark.parametrize(
    "opening", ["分季度看，", "分月看，", "从季度走势看，"]
)
def test_a_breakdown_by_time_measures_the_figure_before(opening: str) -> None:
    figs = figures_in(f"上半年，全区实现地区生产总值186.42亿元，同比增长4.9%。{opening}一季度增长6.1%，二季度增长3.8%。")
    assert [(f.value, f.indicator, f.canonical) for f in figs[2:]] == [
        (6.1, "地区生产总值", "地区生产总值增长"),
        (3.8, "地区生产总值", "地区生产总值增长"),
    ]


def test_a_breakdown_by_kind_names_its_own_parts() -> None:
    figs = figures_in("全区实现地区生产总值186.42亿元，同比增长4.9%。分产业看，第一产业增加值12.5亿元，增长3.1%。")
    assert [(f.value, f.indicator) for f in figs[2:]] == [(12.5, "第一产业增加值"), (3.1, "第一产业增加值")]


def test_a_part_said_in_the_next_sentence_measures_the_figure_before() -> None:
    figs = figures_in("1-3月，全市规模以上工业增加值同比增长7.1%。其中，3月份当月增长8.4%，比1-2月加快2.1个百分点。")
    assert [(f.value, f.indicator) for f in figs] == [
        (7.1, "规模以上工业增加值"),
        (8.4, "规模以上工业增加值"),
        (2.1, "规模以上工业增加值"),  # its growth rate's change
    ]
    assert figs[1].canonical == "规模以上工业增加值增长"


@pytest.mark.parametrize(
    "basis", ["按自然口径", "扣除留抵退税因素后", "剔除价格因素后", "当季", "前两年年均"]
)
def test_a_change_stated_on_a_basis_measures_what_the_sentence_names(basis: str) -> None:
    figs = figures_in(f"全镇一般公共预算收入3.16亿元，同比增长2.2%，{basis}增长6.4%。")
    assert [(f.value, f.indicator, f.canonical) for f in figs[1:]] == [
        (2.2, "一般公共预算收入", "一般公共预算收入增长"),
        (6.4, "一般公共预算收入", "一般公共预算收入增长"),
    ]


def test_a_months_own_change_after_a_remark_and_a_semicolon_is_of_the_same_thing() -> None:
    figs = figures_in("限额以上单位商品零售额增长7.3%，增速连续回升；8月份当月增长9.0%，为年内最高。")
    assert [(f.value, f.indicator) for f in figs] == [(7.3, "限额以上单位商品零售额"), (9.0, "限额以上单位商品零售额")]


def test_a_pair_of_kinds_shares_the_head_of_the_second() -> None:
    figs = figures_in("2019年城镇和农村居民人均可支配收入分别达到35120元和16480元。第一、第三产业增加值分别增长2.6%、7.9%。")
    assert [f.indicator for f in figs] == [
        "城镇居民人均可支配收入", "农村居民人均可支配收入", "第一产业增加值", "第三产业增加值",
    ]
    assert figs[0].canonical == "城镇居民人均可支配收入"


def test_a_pair_whose_second_opens_on_a_word_of_its_own_keeps_its_names() -> None:
    figs = figures_in("原煤、天然气产量分别增长3.5%、8.1%。")
    assert [f.indicator for f in figs] == ["原煤产量", "天然气产量"]  # not 原煤气产量


def test_a_goal_of_a_growth_is_the_goal_of_what_grows() -> None:
    (fig,) = figures_in("为确保实现全年地区生产总值增长7%的预期目标，各乡镇要加大项目建设力度。")
    assert fig.canonical == "地区生产总值增长" and fig.indicator.startswith("地区生产总值")


def test_what_must_grow_is_named_without_the_must() -> None:
    (fig,) = figures_in("完成全年任务，四季度全县经济需增长9.5%以上。")
    assert (fig.indicator, fig.canonical) == ("经济", "地区生产总值增长")  # 经济增长 is a wording of GDP growth


@pytest.mark.parametrize(
    "sentence",
    [
        "全县规模以上工业企业（年主营业务收入2000万元及以上）实现增加值26.3亿元，增长8.8%。",
        "规模以上工业企业完成总产值96.1亿元，增长9.2%；实现工业增加值26.3亿元，增长8.8%。",
    ],
)
def test_value_added_in_a_sentence_on_above_size_industry_is_its_value_added(sentence: str) -> None:
    figs = [f for f in figures_in(sentence) if f.value in (26.3, 8.8)]
    assert [(f.indicator, f.canonical) for f in figs] == [
        ("规模以上工业增加值", "规模以上工业增加值"),
        ("规模以上工业增加值", "规模以上工业增加值增长"),
    ]



def test_each_goal_of_a_list_is_of_what_grows_before_it() -> None:
    figs = figures_in("要紧盯全年地区生产总值增长6.5%、一般公共预算收入增长8%、固定资产投资增长10%的目标。")
    assert [f.canonical for f in figs] == ["地区生产总值增长", "一般公共预算收入增长", "固定资产投资增长"]
    assert figs[0].indicator == "地区生产总值"  # not 要紧盯全年地区生产总值


def test_a_comparison_with_the_same_months_two_years_back_is_of_the_thing_before() -> None:
    figs = figures_in("一季度，全区固定资产投资同比增长31.2%，两年平均增长4.6%，比2019年同期增长9.4%。")
    assert [(f.value, f.indicator) for f in figs][-1] == (9.4, "固定资产投资")


def test_a_count_new_since_last_years_end_is_of_the_thing_before() -> None:
    figs = figures_in("年末全镇规模以上工业企业9家，比上年末新增2家。")
    assert [f.indicator for f in figs] == ["规模以上工业企业", "规模以上工业企业"]


@pytest.mark.parametrize("opening", ["6月份当月", "其中三季度单季", "其中6月份"])
def test_a_sentence_opening_on_a_months_or_quarters_own_change_is_of_the_figure_before(opening: str) -> None:
    figs = figures_in(f"前三季度，全县实现地区生产总值268.4亿元，同比增长5.6%。{opening}增长6.0%。")
    assert [(f.value, f.indicator) for f in figs] == [
        (268.4, "地区生产总值"), (5.6, "地区生产总值"), (6.0, "地区生产总值"),
    ]


def test_what_the_last_months_must_do_and_last_years_same_months_are_named_by_the_thing() -> None:
    figs = figures_in(
        "1-10月，全县完成固定资产投资138.7亿元，同比增长17.9%，上年同期为增长24.1%。"
        "后两个月固定资产投资需完成42亿元以上。要确保上半年地区生产总值增长12%以上。"
    )
    assert [(f.value, f.indicator) for f in figs[2:]] == [
        (24.1, "固定资产投资"), (42, "固定资产投资"), (12, "地区生产总值"),
    ]


def test_a_growth_against_the_same_months_two_years_back_is_not_the_years_growth() -> None:
    figs = figures_in("一季度，全区固定资产投资同比增长31.2%，比2019年同期增长9.4%。")
    assert [(f.indicator, f.canonical) for f in figs] == [
        ("固定资产投资", "固定资产投资增长"), ("固定资产投资", None),
    ]


def test_a_total_said_by_its_verb_or_its_place_is_of_what_was_added() -> None:
    figs = figures_in("新建职工书屋9个，累计建成42个。")
    assert [(f.value, f.indicator) for f in figs] == [(9, "新建职工书屋"), (42, "职工书屋")]
    figs = figures_in("新建“爱心妈妈小屋”3个，全县累计达到41个。")
    assert [(f.value, f.indicator) for f in figs] == [(3, "爱心妈妈小屋"), (41, "爱心妈妈小屋")]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("全年帮助312人实现再就业。", "实现再就业"),
        ("推荐2人获得市五一劳动奖章。", "获得市五一劳动奖章"),
        ("到2017年底已有2.1万户实现解困脱困。", "实现解困脱困"),
    ],
)
def test_those_helped_to_something_are_named_by_what_they_achieved(sentence: str, name: str) -> None:
    (fig,) = figures_in(sentence)
    assert fig.indicator == name


def test_an_ellipsis_is_no_part_of_a_name() -> None:
    figs = figures_in("三是完善基础设施，新建农家书屋五个，……新建充电桩1万个。")
    assert [f.indicator for f in figs] == ["新建农家书屋", "新建充电桩"]


def test_a_change_against_the_plan_before_is_of_the_thing_named_before_it() -> None:
    figs = figures_in("全县实际使用外资比“十三五”时期增长62.4%。地方一般公共预算收入较“十三五”增长11.8%。")
    assert [(f.indicator, f.canonical) for f in figs] == [
        ("实际使用外资", "实际使用外资"),
        ("地方一般公共预算收入", None),  # a plan's total against the one before's: no year's growth
    ]


def test_a_list_changing_against_the_plan_before_names_each() -> None:
    figs = figures_in("全县火灾起数、受灾户数分别比“十三五”时期下降31.5%、18.2%。")
    assert [f.indicator for f in figs] == ["火灾起数", "受灾户数"]


def test_how_a_goal_was_set_and_the_plans_period_are_no_part_of_its_name() -> None:
    figs = figures_in("我们建议把“十五五”时期全县地区生产总值增速目标设定为年均增长6%—6.5%。")
    assert [(f.indicator, f.canonical) for f in figs] == [("地区生产总值增速", "地区生产总值增长")] * 2


def test_a_comparisons_base_year_ends_the_name_before_it() -> None:
    figs = figures_in("全县国内生产总值比2000年的26.35亿元增加22.27亿元。")
    assert figs[0].indicator == "国内生产总值"  # not 国内生产总值比


def test_a_list_of_changes_joined_by_and_after_fenbie_shares_its_unit_and_names() -> None:
    figs = figures_in("全区企业建会率达到93.5%，职工入会率达到92.8%，分别比上年提高1.4和2.1个百分点。")
    assert [(f.value, f.unit, f.indicator) for f in figs[2:]] == [
        (1.4, "个百分点", "企业建会率"), (2.1, "个百分点", "职工入会率"),
    ]
    assert [f.value for f in figures_in("2019和2020年全县新建工会组织46家。")] == [46]  # 和 outside a 分别 list joins no figures


def test_batches_count_what_was_done_in_them_and_their_total_people_too() -> None:
    figs = figures_in("今年镇工会组织先进班组长和青年技工分4批开展疗休养，共计168人。")
    assert [(f.value, f.unit, f.indicator) for f in figs] == [(4, "批", "疗休养"), (168, "人", "疗休养")]
    figs = figures_in("全年安排骨干教师暑期疗休养2批共70人。")
    assert [(f.value, f.unit) for f in figs] == [(2, "批"), (70, "人")]
    assert figs[1].indicator == figs[0].indicator and (figs[0].indicator or "").endswith("暑期疗休养")  # 共: in all


def test_a_long_note_in_brackets_stands_between_a_name_and_its_number() -> None:
    figs = figures_in("全年新发展会员（主要为新招录的大学毕业生和劳务派遣人员）912人。")
    assert [(f.value, f.indicator) for f in figs] == [(912, "新发展会员")]


def test_a_rate_of_a_goal_noted_in_brackets_is_named_by_the_goal() -> None:
    figs = figures_in("一季度新建基层工会组织31家，完成全年任务（90家）的34.4%。")
    assert figs[-1].value == 34.4 and (figs[-1].indicator or "").endswith("任务")


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("全县生产总值比2019年增长9.2%。", 9.2, "生产总值"),  # a year the change is against is no stop
        ("全市社会消费品零售总额比2019年同期增长4.1%。", 4.1, "社会消费品零售总额"),
        ("全市工会会员总数达到52.6万人，较五年前增长18.4%。", 18.4, "会员"),  # years counted back
        ("全镇个体工商户达到3100户，比10年前增加1700户。", 1700, "个体工商户"),
        ("住宿收入2.1亿元，增长31.5%，但仍比2019年同期下降4.8%。", 4.8, "住宿收入"),  # 但仍 names nothing
        ("全县生产总值达到216亿元，比2020年的171亿元增加45亿元，比2020年增长21.3%。", 21.3, "生产总值"),
    ],
)
def test_a_change_against_a_named_year_is_of_the_thing_named(text: str, value: float, expected: str) -> None:
    fig = next(f for f in figures_in(text) if f.value == value)
    assert (fig.indicator or "").endswith(expected) and "比" not in (fig.indicator or "")


def test_a_list_split_by_pauses_keeps_the_and_inside_a_name() -> None:
    figs = figures_in("全年煤矿和非煤矿山安全事故起数、受伤人数同比分别下降12.5%和9.4%。")
    assert (figs[0].indicator or "").endswith("非煤矿山安全事故起数") and figs[1].indicator == "受伤人数"
    figs = figures_in("会议提出地区生产总值增长7%左右、税收收入和非税收入分别增长6%和4%的预期目标。")
    assert [f.indicator for f in figs][1:] == ["税收收入", "非税收入"]  # the names after the figure before them


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("集团确定了全年实现销售收入26亿元、利税3.2亿元的经营目标。", 3.2, "利税"),  # the goal's name is no noun
        ("通过层层选拔，3名职工获得市五一劳动奖章。", 3, "获得市五一劳动奖章"),  # those who won: what they won
        ("本学年县教育工会筹集助学金48.6万元。", 48.6, "助学金"),  # the school year and the union acting
    ],
)
def test_what_is_counted_is_not_the_goal_the_winners_or_the_reporter(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # straight quotes, as converters leave them, name what is counted as curly ones do
        ('年内评出公司"岗位能手"36名。', [(36, "岗位能手")]),
        # what goods are worth is of the goods (not of people counted before it)
        ("为环卫工人送去防暑药品1,200份，价值约3.6万元。", [(1200, "防暑药品"), (3.6, "防暑药品")]),
        ("全市会员队伍由18.6万人发展到23.1万人。", [(18.6, "会员队伍"), (23.1, "会员队伍")]),  # 发展到: a change
        ("约定职工工资增长幅度不低于5%，实际增长6.2%。", [(5, "职工工资增长幅度"), (6.2, "职工工资增长幅度")]),
    ],
)
def test_what_a_quote_a_worth_or_a_change_names(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, (f.indicator or "").removeprefix("约定")) for f in figures_in(text)] == expected


def test_a_list_of_bare_numbers_after_fenbie_is_every_member() -> None:
    figs = figures_in("全市快递企业建会率、外卖站点建会率、网约车企业建会率分别比上年提高8.4、12.6和5.1个百分点。")
    assert [(f.value, f.unit) for f in figs] == [(8.4, "个百分点"), (12.6, "个百分点"), (5.1, "个百分点")]


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("留守儿童412人，占在校学生总数的23.8%。", 23.8, "留守儿童占比"),  # a count's share: of what it counts
        ("研发投入2.6亿元，占营业收入的3.9%。", 3.9, "研发投入占比"),
        ("税收收入7.2亿元，占年度预算的78%。", 78, "占年度预算"),  # a share of the plan is no share of a whole
        ("年末全县金融机构人民币各项存款余额212.4亿元。", 212.4, "各项存款余额"),  # the banks, as the place, lead
        ("1-7月，全市规模以上工业企业实现营业收入1846.2亿元。", 1846.2, "营业收入"),  # what they made, not who
        ("平均住院日7.4天，较上年的7.9天缩短0.5天。", 0.5, "平均住院日"),  # the unit of a number before a change
    ],
)
def test_shares_sums_made_and_changes_name_what_they_measure(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("为环卫工人、快递员等户外劳动者送去防暑包1,800份。", 1800, "防暑包"),  # what was given, not to whom
        ("为27名考取大学的困难职工子女发放助学金8.1万元。", 27, "困难职工子女"),  # those admitted: the children
        ("为27名考取大学的困难职工子女发放助学金8.1万元。", 8.1, "助学金"),
        ("街道工会全年收到区总工会返还的工会经费6.4万元。", 6.4, "工会经费"),  # what was returned, not by whom
    ],
)
def test_gifts_and_returns_name_what_was_given(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("开发区全年实现规模以上工业增加值38.4亿元。", 38.4, "开发区规模以上工业增加值"),  # the zone's: a part of a county
        ("全县规上企业全年实现营业收入286亿元。", 286, "营业收入"),  # who and when go, what was made stays
        ("确保市级重点项目全年完成投资52亿元。", 52, "市级重点项目投资"),  # a bare 投资 keeps whose it is
        ("非公企业职工入会率由年初的62%提高到71.5%。", 62, "非公企业职工入会率"),  # the start of the year is no part of it
        ("非公企业职工入会率由年初的62%提高到71.5%。", 71.5, "非公企业职工入会率"),
        ("农民工入会率年底达到70%。", 70, "农民工入会率"),
        ("在档困难职工由上年末的1,204户下降到年末的1,087户。", 1087, "在档困难职工"),  # the end's level: the same thing
    ],
)
def test_who_made_it_and_the_time_of_year_are_not_what_is_counted(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("为从教满30年的41名教师颁发荣誉证书。", 41, "教师"),  # those honoured, not the honour given them
        ("为2,300名环卫工人送去防暑药品。", 2300, "环卫工人"),
        ("为31家受灾企业协调帐篷420顶。", 420, "帐篷"),  # the firms are counted before: what was arranged for them
        ("为1,215户个体工商户减免租金860万元。", 860, "租金"),
        ("为园区实现工业总产值86亿元作出了积极贡献。", 86, "园区工业总产值"),  # what was made, not the praise after it
    ],
)
def test_recipients_and_what_was_given_them(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


def test_a_task_a_result_is_measured_against_is_a_goal_of_what_was_done() -> None:
    from corpus.articles import split_document
    from corpus.records import Document
    from extract import extract_article

    text = "桐溪县人社局2023年工作总结\n全县城镇新增就业4,128人，完成市下达目标任务4000人的103.2%。\n"
    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    figs = {f.value: f for f in extract_article(article).figures}
    task = figs[4000]
    assert (task.indicator, task.canonical, task.target, task.period) == ("城镇新增就业", "城镇新增就业", True, "2023")
    assert (figs[4128].target, figs[4128].period) == (False, "2023")
    # a share done of the task a federation set (市总工会下达任务的115%): of what was done, no headline of its own
    union = "桐溪县总工会2023年工作总结\n全年新建基层工会组织46家，完成市总工会下达任务的115%。\n"
    [article] = split_document(Document(source="t.txt", text=union, format="txt"))
    done = next(f for f in extract_article(article).figures if f.value == 115)
    assert done.indicator is not None and done.indicator.startswith("新建基层工会组织") and done.canonical is None


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("全年目标为：地区生产总值增长6.5%，总量达到335亿元。", 335, "地区生产总值"),  # the amount of what grew
        ("新登记经营主体18万户、增长9%，总量达126.4万户。", 126.4, "经营主体"),  # of them all, not the new ones
    ],
)
def test_an_amount_said_after_a_growth_is_of_what_grew(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("为就地过年的外地职工发放“留岗红包”，每人300元，共惠及1,850人，发放55.5万元。", 300, "每人留岗红包"),
        ("为就地过年的外地职工发放“留岗红包”，每人300元，共惠及1,850人，发放55.5万元。", 55.5, "留岗红包"),
        ("为52名患大病的困难职工发放医疗救助金26万元，人均5000元。", 5000, "人均医疗救助金"),
        ("慰问困难职工及老同志共156人，发放慰问金9.8万元；金秋助学资助职工子女6名，每名2000元。", 2000, "每名"),  # not the clause before's
    ],
)
def test_what_each_one_got_is_the_money_given(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("举办企业工会主席和经审委员培训班3期。", 3, "企业工会主席和经审委员培训班"),  # what was held, not that it was
        ("组织群众安全监督员开展巡查，查出并督促整改隐患326处。", 326, "隐患"),
        ("春节期间计划走访慰问困难职工1800户。", 1800, "困难职工"),
        ("为5名考上大学的困难职工子女申请到助学金共计1.6万元。", 1.6, "助学金"),
        ("全县开展工资集体协商的企业412家。", 412, "开展工资集体协商的企业"),  # the act names those counted: kept
        ("资助标准提高到每人4000元。", 4000, "资助标准"),  # what is measured of the act: kept
    ],
)
def test_a_long_phrase_of_who_did_what_names_what_the_act_was_done_to(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("建会率、入会率分别由2015年底的82.4%、80.1%提高到96.2%、93.7%。", ["建会率", "入会率", "建会率", "入会率"]),
        (
            "城乡最低生活保障标准分别从2019年的590元/月、3960元/年提高到2024年的736元/月、6810元/年。",
            ["城镇最低生活保障标准", "农村最低生活保障标准", "城镇最低生活保障标准", "农村最低生活保障标准"],
        ),
        (  # (the change after a base year, in order, as before)
            "到2015年，城镇居民人均可支配收入、农村居民人均纯收入分别为23410元和9126元，比2010年增长68.2%和81.5%。",
            ["城镇居民人均可支配收入", "农村居民人均纯收入", "城镇居民人均可支配收入", "农村居民人均纯收入"],
        ),
    ],
)
def test_two_names_respectively_from_two_levels_to_two_levels(text: str, expected: list[str]) -> None:
    assert [f.indicator for f in figures_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "value", "expected", "target"),
    [
        ("上半年新签约项目7个，其中投资超亿元项目3个。", 3, "投资超亿元项目", False),  # the bar names what clears it
        ("纳税超千万元楼宇达到6栋。", 6, "纳税超千万元楼宇", False),
        ("全年新开工计划总投资5000万元以上项目168个。", 168, "计划总投资5000万元以上项目", False),  # a class, no plan
        ("全镇实现农业总产值5.86亿元增长4.1%。", 4.1, "农业总产值", False),  # (an amount is no bar: no 超, no 以上)
    ],
)
def test_a_bar_the_things_counted_clear(text: str, value: float, expected: str, target: bool) -> None:
    fig = next(f for f in figures_in(text) if f.value == value)
    assert (fig.indicator, fig.target) == (expected, target)


@pytest.mark.parametrize(
    ("text", "value", "expected", "canonical"),
    [  # how much of a goal was done takes no canonical name: neither the thing's nor a headline's
        ("全县城镇新增就业4216人，完成年度目标的60.6%。", 60.6, "城镇新增就业完成年度目标", None),
        ("一般公共预算收入8.76亿元，同比增长3.2%，完成年初预算的52.1%。", 52.1, "一般公共预算收入完成年初预算", None),
        ("新建工会组织28家，完成全年任务的56%。", 56, "新建工会组织完成全年任务", None),
        ("实际利用外资9860万美元，仅完成年度目标的89.6%。", 89.6, "实际利用外资完成年度目标", None),  # not 实际使用外资
        # the growth after the rate is the income's
        ("一般公共预算收入16.42亿元，完成预算的101.9%，同比增长5.1%。", 5.1, "一般公共预算收入", "一般公共预算收入增长"),
    ],
)
def test_how_much_of_a_goal_was_done_names_the_thing_and_the_goal(
    text: str, value: float, expected: str, canonical: str | None
) -> None:
    from corpus.articles import split_document
    from corpus.records import Document
    from extract import extract_article

    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    fig = next(f for f in extract_article(article).figures if f.value == value)  # (canonical names settled per article)
    assert (fig.indicator, fig.canonical) == (expected, canonical)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("推动镇内8家规模较大的企业建立职工代表大会制度。", 8, "企业"),  # what is said of them before 的: the firms
        ("（四）组织暑期教职工疗休养，安排5批、共200人。", 5, "疗休养"),  # what was arranged: the activity named
    ],
)
def test_the_things_after_what_is_said_of_them_and_the_activity_arranged(text: str, value: float, expected: str) -> None:
    assert next(f for f in figures_in(text) if f.value == value).indicator == expected


def test_a_unions_task_set_by_the_federation_above() -> None:
    figs = {f.value: f for f in figures_in("全年新建基层工会组织52家，完成市总下达任务45家的115.6%。")}
    assert (figs[45].indicator, figs[45].target) == ("新建基层工会组织", True)  # 市总: the city federation's task
    (_, rate) = figures_in("全年新建基层工会组织86家，完成市总下达任务的122.9%。")
    assert rate.indicator == "新建基层工会组织完成市总下达任务"



def test_the_start_a_change_is_said_from_is_not_what_changes() -> None:
    # 由上年的, 由三年前的, 由原来的: when the change started, after what changed; also after a threshold's 以上
    text = (
        "30人以上民营企业建会率由上年的78%提高到86.4%。职工人均年收入由三年前的6.1万元提高到7.3万元。"
        "活动室面积由原来的120平方米扩大到300平方米。60人以上大班额由上学年的21个减少到4个。"
    )
    got = {(f.value, f.unit): f.indicator for f in figures_in(text)}
    assert got[(78, "%")] == got[(86.4, "%")] == "民营企业建会率"
    assert got[(6.1, "万元")] == got[(7.3, "万元")] == "职工人均年收入"
    assert got[(120, "平方米")] == got[(300, "平方米")] == "活动室面积"
    assert got[(60, "人")] == "大班额"  # the bar's noun, said before the start (由上学年的)


def test_the_years_a_change_took_are_neither_what_changed_nor_a_break_in_its_name() -> None:
    # 高新技术企业5年增加2万多家: the noun before the years is counted, over those years; a change with nothing
    # before its years (，5年增长18.7%) measures what the figure before it names
    from corpus.articles import split_document
    from corpus.records import Document
    from extract.pipeline import extract_article

    text = "规上工业企业5年增加3200多家。地方一般公共预算收入累计完成2.6万亿元，5年增长21.4%。城镇化率近3年提升6个百分点。"
    (article,) = split_document(Document(source="t.txt", text="青州省2026年政府工作报告\n" + text + "\n", format="txt"))
    got = {(f.value, f.unit): (f.indicator, f.period) for f in extract_article(article).figures}
    assert got[(3200, "家")] == ("规上工业企业", "2021-2025")
    assert got[(21.4, "%")] == ("地方一般公共预算收入", "2021-2025")
    assert got[(6, "个百分点")] == ("城镇化率", "2023-2025")


def test_what_a_change_or_a_bare_verb_after_a_level_measures() -> None:
    # the level built on (…86家的基础上) is named before it, what is added to it by the level's noun; a change against
    # the year before last (比前年) or last year's final accounts (比上年决算数) measures the figure before it
    got = {
        (f.value, f.unit): f.indicator
        for f in figures_in(
            "在2020年建成职工书屋64家的基础上再新建15家。收缴率91.2%，比前年提高2.4个百分点。"
            "经费收入预算2,310万元，比上年决算数增长5.1%。"
        )
    }
    assert got[(64, "家")] == "建成职工书屋"
    assert got[(15, "家")] == "新建职工书屋"
    assert got[(2.4, "个百分点")] == "收缴率"
    assert got[(5.1, "%")] == "经费收入预算"


def test_a_bare_act_is_what_the_sentence_named_it_doing_before() -> None:
    # 分别新建, 其中三季度新建: the act alone names what the sentence counted it doing, not the goal of it
    figs = figures_in("三年累计新建职工书屋96家，2021年至2023年分别新建28家、30家和38家。")
    assert [f.indicator for f in figs] == ["新建职工书屋"] * 4
    figs = figures_in("全年组建工会组织任务60家，1-9月组建45家，其中三季度组建17家。")
    assert [f.indicator for f in figs[1:]] == ["组建工会组织", "组建工会组织"]


def test_a_part_of_the_year_alone_is_of_what_its_whole_counts() -> None:
    figs = figures_in("全年完成货物吞吐量2 860万吨，其中上半年1 305万吨，下半年1 555万吨。")
    assert [f.indicator for f in figs] == ["货物吞吐量"] * 3
    figs = figures_in("旅客周转量41.6亿人公里，按当年价格计算，客运收入增长3.2%。")
    assert [(f.unit, f.indicator) for f in figs] == [("亿人公里", "旅客周转量"), ("%", "客运收入")]


def test_a_reach_in_hours_is_no_count_and_extended_to_is_a_change() -> None:
    # 1小时通勤圈 names how far a region reaches; 从24个拓展到60个 is a change of what the sentence names
    assert figures_in("构建桐溪都市圈1小时通勤圈，打造2小时经济圈。") == []
    figs = figures_in("联合检查事项从24个拓展到60个。")
    assert [(f.value, f.indicator) for f in figs] == [(24, "联合检查事项"), (60, "联合检查事项")]


def test_a_briefs_line_label_names_its_figures() -> None:
    # 统计月报 lines: 1．X：当月…；1-9月累计…，同比增长…: every figure of the line is X's
    text = "一、消费\n1．社会消费品零售总额：当月9.12亿元，同比增长6.3%；1-9月累计76.40亿元，同比增长7.1%。\n2．房地产开发投资：累计11.2亿元，同比下降3.4%。\n"
    figs = figures_in(text)
    assert [f.indicator for f in figs] == ["社会消费品零售总额"] * 4 + ["房地产开发投资"] * 2
    assert figs[2].canonical == "社会消费品零售总额"


def test_a_list_by_year_is_of_what_it_says_it_lists() -> None:
    figs = figures_in("各年培训职工分别为：2021年1 200人次、2022年1 460人次、2023年1 610人次。")
    assert [(f.value, f.indicator) for f in figs] == [(1200, "培训职工"), (1460, "培训职工"), (1610, "培训职工")]


def test_a_residence_group_names_the_per_head_figure_before_it() -> None:
    # 按常住地分，城镇居民…元，农村居民…元: those who live there, of the per-head measure the sentence named
    figs = figures_in("全县居民人均可支配收入31 200元，增长5.2%。按常住地分，城镇居民41 800元，农村居民19 650元。")
    assert [f.indicator for f in figs[2:]] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert [f.canonical for f in figs[2:]] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_a_part_of_the_year_chained_by_a_semicolon_counts_what_the_clause_before_did() -> None:
    figs = figures_in("分季度看，一季度完成工业增加值12.4亿元，增长6.1%；上半年26.9亿元，增长6.6%；前三季度40.2亿元，增长6.3%。")
    assert [f.indicator for f in figs] == ["工业增加值"] * 6


def test_a_start_in_the_same_part_of_last_year_is_no_part_of_the_name() -> None:
    figs = figures_in("工资性收入占可支配收入的比重由去年同期的51.3%提高到53.0%。")
    assert [f.indicator for f in figs] == ["工资性收入占可支配收入的比重"] * 2


def test_those_who_won_a_quoted_title_are_counted_by_the_title() -> None:
    # 获"X"称号, 荣获“X”, 被命名为“X”: the title won names those counted, not 选手获 or the verb
    figs = figures_in("举办职业技能竞赛9个工种，58名选手获“桐县技术能手”称号，12名职工被命名为“桐县工匠”。")
    assert [f.indicator for f in figs][1:] == ["桐县技术能手", "桐县工匠"]
    # … and a contestant or a comrade is counted by what they won, as a worker is
    figs = figures_in("全年有3家基层工会被市总工会命名为“模范职工之家”，9人被推荐授予“市技术能手”称号。")
    assert [f.indicator for f in figs] == ["模范职工之家", "市技术能手"]
    (works,) = figures_in("8部作品获得“五个一工程”奖。")
    assert works.indicator == "作品"  # an award named 奖 after its quotes: the works are counted
    figs = figures_in("组织焊工技能比武3场，27名选手获得技术等级晋升，4名同志获得市级以上表彰。")
    assert [f.indicator for f in figs][1:] == ["获得技术等级晋升", "获得市级以上表彰"]


def test_one_by_one_ends_what_is_counted() -> None:
    # 对…31家企业逐一上门指导, 对21户困难职工逐户走访: how they were gone through, no part of them
    figs = figures_in("对尚未建会的31家企业逐一上门指导，对全镇困难职工21户逐户走访。")
    assert [f.indicator for f in figs] == ["企业", "困难职工"]


def test_a_bare_build_after_a_stock_builds_more_of_it() -> None:
    # 现有职工书屋12个，年内再建3个: more of the stock named before; 计划新建…40个，目前已建成29个: of the plan's things
    figs = figures_in("全县现有职工书屋12个，年内再建3个。全年计划新建基层职工之家40个，目前已建成29个。")
    assert [f.indicator for f in figs][1::2] == ["再建职工书屋", "建成基层职工之家"]


def test_what_was_set_up_in_places_counts_the_places() -> None:
    # 在9个社区设立户外劳动者休息点: the communities are counted (the point set up in them, after the verb, is not)
    figs = figures_in("在全县9个社区设立户外劳动者休息点，联合18家爱心企业成立助学基金。")
    assert [f.indicator for f in figs] == ["社区", "爱心企业"]
    # a donor's 捐赠额 is one word; 到去年底 says when
    figs = figures_in("企业捐赠额比去年增长12%，到去年底会员总数达到1 860人。")
    assert [f.indicator for f in figs] == ["企业捐赠额", "会员"]


def test_a_share_of_things_is_of_the_things_after_it() -> None:
    # 所有村和86%的自然村…, 全镇80%以上的企业…: the share's things stand after 的, not in the list or clause before
    figs = figures_in("新修通村道路12公里，所有行政村和86%的自然村通了水泥路。")
    assert figs[1].indicator == "自然村通水泥路"
    figs = figures_in("深化安全生产专项整治，全镇80%以上的规上企业完成标准化达标。")
    assert figs[0].indicator == "规上企业完成标准化达标"


def test_what_a_threshold_qualifies_ends_before_its_reach_or_its_list() -> None:
    # 年产值超5亿元的企业达12家: the firms (达 is the count's verb); 3万吨饲料等8个项目: the feed (等 closes the list)
    figs = figures_in("年产值超5亿元的骨干企业达12家，建成3万吨饲料等8个项目。")
    assert [figs[0].indicator, *(f.indicator for f in figs[2:])] == ["骨干企业", "饲料", "项目"]
    assert figs[1].indicator.endswith("骨干企业")
    # a kind of thing that starts with 等 is not cut: 等外公路
    (road,) = figures_in("全县尚有约60公里等外公路亟待改造。")
    assert (road.indicator or "").startswith("等外公路")


def test_a_capacity_widened_to_a_level_is_of_what_widened() -> None:
    # 物流园区扩容至9个: the parks, not 物流园区扩容至
    (parks,) = figures_in("全市省级物流园区扩容至9个。")
    assert parks.indicator == "省级物流园区"


def test_a_share_said_with_about_is_of_the_thing_before() -> None:
    # 约占, 仅占 say the share as 占 does: of the amount named before it
    figs = figures_in("春节慰问共发放慰问金86万元，其中区总工会本级支出21.5万元，约占25%。")
    assert figs[2].indicator.endswith("本级支出占比")


def test_a_one_character_place_keeps_its_other_name() -> None:
    # 分解到9个村（居）: the villages (and neighbourhoods), not the task split among them
    (villages,) = figures_in("镇工会把建会任务分解到9个村（居）。")
    assert villages.indicator in ("村（居）", "村(居)")


def test_a_years_list_said_by_its_verb_counts_what_the_total_before_it_held() -> None:
    # 2021年、2022年分别开展12项和15项: the contests the total named, not 开展
    figs = figures_in("两年累计开展职工技能比武27项，2021年、2022年分别开展12项和15项。")
    assert [f.indicator for f in figs[1:]] == [figs[0].indicator] * 2
    assert "技能比武" in (figs[0].indicator or "")


def test_a_kind_as_wide_as_firms_is_named_by_what_they_did() -> None:
    # 推动15家企业建立职代会制度: firms by what they did; but where something was done, the places (在9家企业开展竞赛)
    figs = figures_in("推动15家企业建立职代会制度，33名职工实现技能等级提升；在9家企业开展技能竞赛。")
    assert [f.indicator for f in figs] == ["企业建立职代会制度", "职工实现技能等级提升", "企业"]
    # (企业建立的帮扶基金 is what the firms set up, not an act said of them)
    (fund,) = figures_in("全镇6家企业建立的帮扶基金运转良好。")
    assert fund.indicator is not None and not fund.indicator.startswith("企业建立")
