"""Organisation, level, year and period, template and blanks of an article."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from corpus.articles import split_document
from corpus.meta import count_blanks, describe, find_org, is_template, org_level, year_and_period
from corpus.records import Document


@pytest.mark.parametrize(
    ("org", "level"),
    [
        ("北京市", "省"),  # a 直辖市 is 省-level
        ("重庆市", "省"),
        ("内蒙古自治区", "省"),
        ("河北省", "省"),
        ("建阳市总工会", "市"),
        ("XX区总工会", "区"),
        ("县总工会", "县"),
        ("镇工会", "乡镇"),
        ("城南街道总工会", "街道"),
        ("六联社区", "社区"),
        ("宏达机械有限公司", "企业"),
        ("城关第二小学", "学校"),
        ("工会", None),
        (None, None),
    ],
)
def test_org_level(org, level):
    assert org_level(org) == level


@pytest.mark.parametrize(
    ("window", "org", "level", "rank"),
    [
        ("—清河市总工会2023年上半年工作总结", "清河市总工会", "市", "concrete"),
        ("20XX年,XX区总工会围绕中心、服务大局", "XX区总工会", "区", "anonymous"),
        ("__年上半年,__街道总工会坚持服务职工", None, "街道", "blank"),
        ("会议安排我县总工会主席亲自指挥", "县总工会", "县", "self"),
        ("上半年,区总工会在区委的正确领导下", "区总工会", "区", "bare"),
        ("桃源社区位于新城中心,面积约3平方公里", "桃源社区", "社区", "concrete"),
        # a superior is not the author
        ("我会努力达成东湖市总工会年初下达的任务", None, None, None),
        ("按照南江省总工会的部署,我镇工会开展活动", "镇工会", "乡镇", "self"),
        ("没有任何单位名称的一句话。", None, None, None),
        # an institution's kind; a clause that ends in 社区 is no name (开展反诈宣传进社区活动)
        ("城关派出所2023年上半年工作总结", "城关派出所", None, "concrete"),
        ("开展反诈宣传进社区活动42场次", None, None, None),
        # a union's committee reports as itself, at the union's level
        ("青岭县总工会女职工委员会2016年工作总结", "青岭县总工会女职工委员会", "县", "concrete"),
    ],
)
def test_find_org(window, org, level, rank):
    assert find_org(window) == (org, level, rank)


@pytest.mark.parametrize(
    ("title", "text", "signature", "meta", "expected"),
    [
        ("2024年镇总工会上半年工作小结及下半年打算", "", "", {}, (2024, "2024H1")),
        ("2023年第三季度工作小结", "", "", {}, (2023, "2023Q3")),
        ("某局2022年下半年工作总结", "", "", {}, (2022, "2022H2")),
        ("20xx年上半年工作总结", "20xx年上半年，我们做了很多。2019年的经验。", "", {}, (None, None)),
        # a blanked title, a body that opens on a real year (市交通局XX年工作总结 / 二〇〇六年，…): the body says it
        ("20xx年上半年工作总结", "2019年我们做了很多。", "", {}, (2019, "2019H1")),
        ("市交通局XX年工作总结", "市交通局XX年工作总结\n二〇〇六年，我局…", "", {}, (2006, "2006")),
        ("区总工会年度工作报告", "一、20XX年工作回顾\n二、2015年工作思路\n", "", {}, (2014, "2014")),
        ("市总工会工作总结", "", "东山市总工会\n2021年12月", {}, (2021, "2021")),
        ("工作总结", "", "xx年6月", {}, (None, None)),
        # a statistical communiqué is issued after the year it counts: signed in its spring, it is of the year before
        ("桃源县国民经济和社会发展统计公报", "", "桃源县统计局\n二〇一四年三月", {}, (2013, "2013")),
        ("桃源县统计公报", "", "", {"date": "2019-04-02"}, (2018, "2018")),
        # (a title that states its year, or a school year, keeps it)
        ("桃源县2013年国民经济和社会发展统计公报", "", "二〇一四年三月", {}, (2013, "2013")),
        # but a summary is of the year before only when signed in January or February
        ("市总工会工作总结", "", "东山市总工会\n2022年3月", {}, (2022, "2022")),
        ("2026年政府工作报告", "", "", {"year": "2026"}, (2026, "2026")),
        # a report that opens on its review of a year was written after it (去年 there is the year reviewed)
        ("", "一、2012年工作回顾\n一年来，街道…去年，街道先后被评为文明街道。", "", {}, (2013, "2013")),
        # a text about 今年 with no date of its own: the one year it keeps naming, else none
        ("农业农村局工作总结", "今年以来，全局上下" + "推进工作，" * 60 + "2022年高标准农田…2022年春播…", "", {}, (2022, "2022")),
        ("工会工作总结", "今年以来，" + "推进工作，" * 60 + "2018年以来累计…2019年度先进…2020年换届…", "", {}, (None, None)),
        # a body opening on the first part of its year dates it (not a deadline: 2025年前)
        ("市建设工会前三季度工作情况报告", "市总工会：\n2023年前三季度，市建设工会各项工作按计划推进。", "", {}, (2023, "2023")),
        ("工作总结", "2025年前全面完成老旧小区改造。", "", {}, (None, None)),
        # a census is of its moment, not of the day its bulletin was issued
        (
            "青岚县第七次全国人口普查主要数据公报",
            "青岚县统计局\n2021年6月8日\n我县以2020年11月1日零时为标准时点开展了第七次全国人口普查。",
            "", {}, (2020, "2020"),
        ),
        # … also when the moment follows its name (普查标准时点为…), in a bulletin issued two years after it
        (
            "青岚县第三次全国农业普查主要数据公报",
            "我县于2017年组织实施了第三次全国农业普查，普查标准时点为2016年12月31日。",
            "", {"date": "2018-03-02"}, (2016, "2016"),
        ),
        # a year written with two digits, as documents shared online often title themselves
        ("青石中心学校13年教育统计报表分析", "", "", {}, (2013, "2013")),
        ("溪口镇15年上半年工会工作总结", "", "", {}, (2015, "2015H1")),
        ("98年度财务工作总结", "", "", {}, (1998, "1998")),
        # (a number of years is no year: 建厂30年, 从教25年)
        ("建厂30年工作总结", "", "东山机械厂\n2021年12月", {}, (2021, "2021")),
        ("从教25年个人工作总结", "", "", {}, (None, None)),
        ("东山机械厂15年工作总结", "", "", {}, (2015, "2015")),
    ],
)
def test_year_and_period(title, text, signature, meta, expected):
    assert year_and_period(title, text, signature, meta) == expected


@pytest.mark.parametrize(
    ("text", "blanks", "template"),
    [
        ("新建工会xx个,新增会员xx人,入会率达到xx%。", 3, True),
        ("今年共组建联合工会___个,联系职工___名,入会率稳定在___%左右。", 3, True),
        ("20xx年,新建工会12家,发展会员350人,举办培训4期,xx区职工参加。", 2, False),
        ("湘工发[xx]14号文件要求,新建工会5家,培训干部86人。", 1, False),
        ("全年举办技能大赛3场,参赛职工1200人次。", 0, False),
        ("职工卡拉ok比赛,学习Excel和Linux操作", 0, False),
        ("Xxxx公司新建工会", 1, False),
    ],
)
def test_blanks_and_template(text, blanks, template):
    assert count_blanks(text) == blanks
    assert is_template(text) is template


def test_tabular_org_wins_and_heading_inside_meta_title():
    text = "政府工作报告\n——在第一次会议上\n各位代表:现在,我代表市人民政府,向大会报告工作,请予审议。\n"
    m = describe(text, "政府工作报告", {"org": "上海市", "year": "2026", "title": "2026年上海市政府工作报告"})
    assert (m.title, m.org, m.level, m.year, m.period) == ("2026年上海市政府工作报告", "上海市", "省", 2026, "2026")


def test_self_reference_gives_the_level_when_no_name():
    text = "工作总结\n今年以来,我会认真贯彻上级要求,在全市范围内开展组建行动。截至目前,我市新建工会30家,我市职工入会率达92%。\n"
    m = describe(text, "工作总结", {})
    assert (m.org, m.level) == (None, "市")


def _province_rows(provinces_dir: Path):
    csv.field_size_limit(10**9)
    for path in sorted(provinces_dir.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as f:
            for n, row in enumerate(csv.DictReader(f)):
                yield Document(
                    source=f"{path.name}#row={n}",
                    text=row["full_text"],
                    format="csv",
                    meta={"org": row["province"], "year": row["year"], "title": row["title"]},
                ), row


def test_provinces(provinces_dir):
    rows = list(_province_rows(provinces_dir))
    assert len(rows) >= 30
    for doc, row in rows:
        articles = split_document(doc)
        assert len(articles) == 1, doc.source
        a = articles[0]
        assert a.source == doc.source
        assert (a.org, a.level, a.year, a.period) == (row["province"], "省", 2026, "2026"), doc.source
        assert a.title == row["title"]
        assert not a.template and a.blanks == 0
        # The head of the page (下载 打印 全屏 收藏 【字号…】) and the 相关报道 footer are gone.
        assert not a.text.startswith(("下载", "当前位置", "您的位置", "分享")), doc.source
        lines = {line.strip() for line in a.text.splitlines()}
        assert not lines & {"相关报道:", "相关报道：", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "【字号:"}


@pytest.mark.parametrize(
    ("window", "org", "level"),
    [
        # a place whose name holds a character that is a word elsewhere (成 of 成立, 安 of 安排, 重 of 重视)
        ("成都市总工会2023年工作总结", "成都市总工会", "市"),
        ("西安市总工会2023年工作总结", "西安市总工会", "市"),
        ("中山市总工会工作总结", "中山市总工会", "市"),
        ("本溪市总工会工作总结", "本溪市总工会", "市"),
        ("和平区总工会工作总结", "和平区总工会", "区"),
        ("在县委的正确领导下，县总工会认真落实", "县总工会", "县"),
        ("我代表青岭县人民政府向大会报告", "青岭县人民政府", "县"),
        # departments and institutions
        ("青岭县税务局2023年工作总结", "青岭县税务局", "县"),
        ("县人民医院2021年上半年工作总结", "县人民医院", "县"),
        ("华兴纺织有限公司2023年工作总结", "华兴纺织有限公司", "企业"),
        ("柳溪镇卫生院工作总结", "柳溪镇卫生院", "乡镇"),
        ("青岭县扶贫开发办公室2019年脱贫攻坚工作总结", "青岭县扶贫开发办公室", "县"),
        ("全县辖16个乡、镇、场卫生院", None, None),  # the tail of a list names nobody
    ],
)
def test_organisations_of_every_kind(window: str, org: str | None, level: str | None) -> None:
    assert find_org(window)[:2] == (org, level)


def test_a_bare_government_takes_the_place_of_the_congress_it_reports_to() -> None:
    text = "政府工作报告\n——2012年1月9日在柳溪县第十六届人民代表大会第一次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
    assert describe(text, "政府工作报告", {}).org == "柳溪县人民政府"
    other_level = "政府工作报告\n——在青岭市第九届人民代表大会第三次会议上\n我代表县人民政府向大会报告工作。\n"
    assert describe(other_level, "政府工作报告", {}).org == "县人民政府"  # a city's congress is not the county's


def test_a_title_that_opens_on_a_place_and_a_year_names_the_place() -> None:
    title = "柳溪县2023年国民经济和社会发展统计公报"
    m = describe(title + "\n全年地区生产总值120.5亿元。\n", title, {})
    assert (m.org, m.level, m.year) == ("柳溪县", "县", 2023)
    assert describe("全县2023年工作总结\n正文。\n", "全县2023年工作总结", {}).org is None


def test_a_place_in_the_title_wins_over_a_bare_name_in_the_opening() -> None:
    title = "石门镇2022年上半年工作总结"
    text = title + "\n今年以来，在县委、县政府的坚强领导下，全镇上下齐心协力，各项工作有序推进。\n"
    assert (describe(text, title, {}).org, describe(text, title, {}).level) == ("石门镇", "乡镇")  # the county is above it
    title = "青岭县2022年工作总结"
    text = title + "\n一年来，县总工会紧紧围绕中心工作，各项工作取得新成效。\n"
    assert describe(text, title, {}).org == "青岭县总工会"  # of the title's level: the place's own
    title = "平川区公安分局2023年工作总结"
    assert describe(title + "\n全年破获刑事案件310起。\n", title, {}).org == "平川区公安分局"


def test_a_congress_standing_committee_is_an_organisation() -> None:
    title = "青岭县人民代表大会常务委员会工作报告"
    text = title + "\n各位代表：\n过去一年，县人大常委会共召开常委会会议9次。\n"
    assert (describe(text, title, {}).org, describe(text, title, {}).level) == ("青岭县人民代表大会常务委员会", "县")


def test_an_enterprises_union_is_the_union() -> None:
    title = "红旗纺织厂工会2023年工作总结"
    m = describe(title + "\n一年来，厂工会共召开职工代表大会2次。\n", title, {})
    assert (m.org, m.level) == ("红旗纺织厂工会", "企业")


def test_a_report_that_names_only_its_plan_year_in_a_heading_reviews_the_year_before() -> None:
    text = "各位代表：\n一、工作回顾\n集团资产总额由2020年末的1286亿元增长到1742亿元。\n二、2024年工作目标和重点任务\n"
    assert year_and_period("", text, "", {}) == (2023, "2023")  # not 2020, the base of a change


def _about(source: str, text: str) -> tuple[str | None, int | None, str | None]:
    (article,) = split_document(Document(source=source, text=text, format="txt"))
    return article.org, article.year, article.period


def test_a_file_name_says_what_the_text_leaves_unsaid() -> None:
    # archives name files by their reports' titles: the year and the organisation are read there, last
    text = "工会工作总结\n一年来，我会新建工会组织12家，发展会员460人。\n"
    assert _about("archive/青溪镇工会2018年上半年工作总结.txt", text) == ("青溪镇工会", 2018, "2018H1")
    assert _about("archive/2019年度工会工作总结.docx", text)[1:] == (2019, "2019")
    # what the text says wins: its title, its own organisation
    own = "桃源街道工会2021年工作总结\n一年来，我会新建工会组织12家。\n"
    assert _about("archive/青溪镇工会2018年工作总结.txt", own) == ("桃源街道工会", 2021, "2021")
    # a file named by a number, or a blanked template: nothing from the name
    assert _about("archive/27_tongjigongbao.txt", text)[1:] == (None, None)
    assert _about("archive/2019年工作总结.txt", "20XX年工会工作总结\n20XX年，我会新建工会组织12家。\n")[1] is None
