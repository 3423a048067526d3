"""Dated activities: a date, an action verb, the event, the people who took part."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.normalise import normalise
from corpus.records import Article, Sentence
from extract.activities import find_activities
from extract.records import Figure
from tests.grounding import assert_grounded


def _article(text: str, year: int | None = 2006) -> Article:
    return Article(source="invented.txt", text=text, year=year, org="某市总工会")


@pytest.mark.parametrize(
    ("text", "year", "date", "action", "event"),
    [
        (
            "我会于4月10日组织召开了各乡镇基层工会主席会议,部署宣传月工作。",
            2006,
            "2006-04-10",
            "组织召开",
            "各乡镇基层工会主席会议",
        ),
        (
            "我会于4月10日组织召开了各乡镇基层工会主席会议,部署宣传月工作。",
            None,
            "--04-10",
            "组织召开",
            "各乡镇基层工会主席会议",
        ),
        (
            "9月20日举办了全县职工乒乓球比赛,十二支代表队参赛。",
            2015,
            "2015-09-20",
            "举办",
            "全县职工乒乓球比赛",
        ),
        (
            "2024年3月8日,区总工会举行了庆“三八”女职工表彰大会。",
            2023,
            "2024-03-08",
            "举行",
            "庆“三八”女职工表彰大会",
        ),
        ("5月,我们在全市开展了安全生产月活动。", 2019, "2019-05", "开展", "安全生产月活动"),
        ("7月15日召开的职代会上审议了集体合同草案。", 2012, "2012-07-15", "召开", "职代会"),
        ("1月28日,市总领导对困难职工家庭进行慰问。", 2020, "2020-01-28", "慰问", "对困难职工家庭进行慰问"),
        ("十月十二日隆重召开第三次会员代表大会。", 2018, "2018-10-12", "隆重召开", "第三次会员代表大会"),
        ("xx年6月3日启动了“安康杯”竞赛活动。", 2010, "--06-03", "启动", "“安康杯”竞赛活动"),
    ],
)
def test_an_activity(text: str, year: int | None, date: str, action: str, event: str) -> None:
    article = _article(text, year)
    (act,) = find_activities(article)
    assert (act.date, act.action, act.event) == (date, action, event)
    assert act.sentence == text
    assert text[act.start : act.end].endswith(event.split("…")[-1][-3:])
    assert act.org == "某市总工会" and act.source == "invented.txt"
    assert_grounded(text, [act])


@pytest.mark.parametrize(
    "text",
    [
        "截至6月20日,全市共新建工会组织38家。",  # a cut-off
        "截止6月底,会员达到1.2万人。",
        "于5-6月对历届劳模的生活情况重新造册登记。",  # a range with no action after it
        "“五一”前夕,我会组织劳模进行了健康检查。",  # a holiday is not a date
        "6月底前完成工会组织建设任务。",  # a deadline
        "4月10日,天气晴朗。",  # a date with no action
        "工会组织开展了职工技能比武。",  # an action with no date
    ],
)
def test_no_activity(text: str) -> None:
    assert find_activities(_article(text)) == []


def test_two_activities_in_one_sentence_each_take_their_own_event() -> None:
    text = "一是4月12日召开了动员大会;二是4月26日举办了职工拔河比赛。"
    acts = find_activities(_article(text, 2021))
    assert [(a.date, a.event) for a in acts] == [("2021-04-12", "动员大会"), ("2021-04-26", "职工拔河比赛")]
    assert_grounded(text, acts)


def test_participants_come_from_the_figures_of_the_clause() -> None:
    text = "4月30日市总领导深入企业班组看望慰问一线职工120多人,送去慰问品。"
    start = text.index("120")
    people = Figure(
        source="invented.txt",
        start=start,
        end=start + 3,
        text="职工120多人",
        value=120,
        unit="人",
        approx="over",
    )
    money = Figure(source="invented.txt", start=0, end=1, text="4", value=4, unit="元")
    (act,) = find_activities(_article(text), [money, people])
    assert act.participants is people
    assert act.record()["participants"] == {"value": 120, "unit": "人", "approx": "over"}
    (bare,) = find_activities(_article(text))
    assert bare.participants is None


def test_the_article_sentences_are_used_when_present() -> None:
    text = "前言。4月9日召开经审会第二次会议。"
    article = Article(source="s", text=text, year=2006, sentences=(Sentence(0, 3), Sentence(3, len(text))))
    (act,) = find_activities(article)
    assert act.sentence == text[3:] and text[act.start : act.end] == "4月9日召开经审会第二次会议"


def test_seed_page_activities(seeds_dir: Path) -> None:
    raw = (seeds_dir / "000_d04feb335f6f5bcc.txt").read_text("utf-8")
    text = normalise(raw)
    acts = find_activities(Article(source="000.txt", text=text, year=2006))
    assert_grounded(text, acts)
    found = {(a.date, a.action, a.event) for a in acts}
    # Read in the page: a meeting of grass-roots union chairs on 4月10日, a bowling match on 4月29日,
    # a 庆"三八" commendation on 2月28日, a 劳模座谈会 on 4月28日.
    assert ("2006-04-10", "组织召开", "各乡镇办、局(产业)、市直基层工会主席会议") in found
    assert ("2006-04-29", "举办", "全市职工保龄球比赛") in found
    assert ("2006-02-28", "组织召开", "庆“三八”总结表彰活动") in found
    assert any(a.date == "2006-04-28" and a.event.endswith("劳模座谈会") for a in acts)
    assert not any(a.date == "2006-06-20" for a in acts)  # 截至6月20日 is a cut-off
    unresolved = find_activities(Article(source="000.txt", text=text))
    assert "--04-10" in {a.date for a in unresolved}
