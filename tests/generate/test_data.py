from __future__ import annotations

import json
from pathlib import Path

import pytest

from generate.data import OTHER_TOPIC, chinese_date, data_from_records, load_data, period_label
from generate.errors import DataError

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "data" / "qingchuan-2025h1.yaml"


def test_sample_loads():
    d = load_data(SAMPLE)
    assert d.org == "青川区总工会" and d.period == "2025H1" and d.level == "区"
    names = [t.name for t in d.topics]
    assert names[:3] == ["组织建设", "维权", "帮扶"]
    first = d.topics[0].figures[0]
    assert (first.indicator, first.value, first.unit, first.topic) == (
        "新建基层工会组织",
        46,
        "家",
        "组织建设",
    )
    assert d.topics[0].figures[2].approx == "over"
    assert d.signature is not None and d.signature.date == "2025-07-01"
    # the topics' figures, one change (同比增长12.2%), one target (3260万元) and 3 participant counts
    assert len(d.figures) == sum(len(t.figures) for t in d.topics) + 2 + 3


@pytest.mark.parametrize(
    ("period", "label"),
    [
        ("2025", "2025年"),
        ("2025H1", "2025年上半年"),
        ("2024H2", "2024年下半年"),
        ("2025Q3", "2025年第三季度"),
        (None, ""),
    ],
)
def test_period_label(period, label):
    assert period_label(period) == label


@pytest.mark.parametrize(
    ("iso", "text"), [("2025-07-01", "2025年7月1日"), ("--03-06", "3月6日"), ("2025-03", "2025年3月")]
)
def test_chinese_date(iso, text):
    assert chinese_date(iso) == text


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (
            "org: 某工会\ntopics:\n  - name: 帮扶\n    figures:\n      - {indicator: 慰问金, unit: 万元}\n",
            "topics[0].figures[0]",
        ),
        (
            "org: 某工会\ntopics:\n  - name: 帮扶\n    figures:\n      - {indicator: 慰问金, value: 多, unit: 万元}\n",
            "topics[0].figures[0].value",
        ),
        ("org: 某工会\nperiod: 2025上季度\ntopics:\n  - name: 帮扶\n", "period"),
        ("topics:\n  - name: 帮扶\n", "(top level)"),
    ],
)
def test_bad_field_is_named(tmp_path, body, field):
    p = tmp_path / "bad.yaml"
    p.write_text(body, encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_data(p)
    assert e.value.field == field
    assert str(p) in str(e.value)


@pytest.mark.parametrize(
    ("written", "code", "label"),
    [
        ("2025年上半年", "2025H1", "2025年上半年"),
        ("2025年下半年", "2025H2", "2025年下半年"),
        ("2025年第三季度", "2025Q3", "2025年第三季度"),
        ("2025年一季度", "2025Q1", "2025年第一季度"),
        ("2025年度", "2025", "2025年"),
        ("2025年", "2025", "2025年"),
        ("2025H1", "2025H1", "2025年上半年"),
    ],
)
def test_periods_written_the_chinese_way_are_understood(tmp_path, written, code, label):
    p = tmp_path / "d.yaml"
    p.write_text(f"org: 某工会\nperiod: {written}\ntopics:\n  - name: 帮扶\n", encoding="utf-8")
    data = load_data(p)
    assert (data.period, data.period_label) == (code, label)


def test_yaml_errors_say_line_and_column(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("org: 某工会\nperiod: [2025\ntopics: []\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x\.yaml: not valid YAML: line 3, column 7: "):
        load_data(p)
    q = tmp_path / "y.yaml"
    q.write_text(
        "org: 某工会\ntopics:\n  - name: 帮扶\n    figures:\n      - {indicator: 慰问金, value: 多, unit: 万元}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as e:
        load_data(q)
    assert e.value.at == "line 5, column 33" and e.value.field == "topics[0].figures[0].value"
    assert str(e.value).startswith(f"{q}: line 5, column 33: topics[0].figures[0].value: ")


def test_broken_yaml_and_unknown_suffix(tmp_path):
    p = tmp_path / "x.yaml"
    p.write_text("org: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError, match="not valid YAML"):
        load_data(p)
    q = tmp_path / "x.toml"
    q.write_text("org = 1", encoding="utf-8")
    with pytest.raises(DataError, match=r"unknown data format \.toml"):
        load_data(q)


def test_extract_records_group_by_topic(tmp_path):
    recs = [
        {"type": "document", "source": "a.txt", "org": "东湖镇总工会", "period": "2024", "title": "x"},
        {
            "type": "figure",
            "source": "a.txt",
            "value": 12,
            "unit": "家",
            "indicator": "新建工会",
            "canonical": "新建工会组织",
            "topic": "组织建设",
            "approx": None,
            "target": False,
            "placeholder": False,
        },
        {
            "type": "figure",
            "source": "a.txt",
            "value": 3.5,
            "unit": "万元",
            "indicator": "慰问金",
            "canonical": None,
            "topic": None,
            "approx": "over",
            "target": False,
            "placeholder": False,
        },
        {
            "type": "figure",
            "source": "a.txt",
            "value": None,
            "unit": "家",
            "indicator": "新建",
            "topic": None,
            "placeholder": True,
        },
        {
            "type": "activity",
            "source": "a.txt",
            "date": "2024-04-10",
            "action": "召开",
            "event": "工会主席会议",
            "participants": {"value": 60, "unit": "人", "approx": None},
        },
    ]
    p = tmp_path / "figs.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in recs), encoding="utf-8")
    d = load_data(p)
    assert d.org == "东湖镇总工会" and d.period == "2024"
    by = {t.name: t for t in d.topics}
    assert [f.key for f in by["组织建设"].figures] == ["新建工会组织"]
    assert [(f.value, f.approx) for f in by[OTHER_TOPIC].figures] == [(3.5, "over")]
    assert sorted(f.value for f in d.figures) == [3.5, 12, 60]


def test_records_without_figures_fail():
    with pytest.raises(DataError, match="no figures"):
        data_from_records([{"type": "document", "org": "x"}])


def test_a_figure_stated_twice_is_drafted_once():
    fig = {"type": "figure", "unit": "家", "indicator": "新建基层工会组织", "canonical": "新建工会组织",
           "topic": "组织建设", "approx": None, "target": False, "placeholder": False}
    recs = [
        {"type": "document", "source": "a.csv#row=0", "org": "青川县总工会", "period": "2025H1"},
        {**fig, "source": "a.csv#row=0", "value": 23},
        {**fig, "source": "b.txt", "value": 23, "indicator": "新建工会组织"},  # the same fact, another report
        {**fig, "source": "b.txt", "value": 23, "target": True},  # a goal of 23 is another fact
        {**fig, "source": "b.txt", "value": 25},
    ]
    d = data_from_records(recs)
    assert [(f.value, f.target) for f in d.figures] == [(23, False), (23, True), (25, False)]


def test_several_organisations_are_named_and_one_can_be_picked():
    recs = [
        {"type": "document", "org": "甲县总工会", "period": "2025H1"},
        {"type": "figure", "org": "甲县总工会", "indicator": "新建工会组织", "value": 3, "unit": "家"},
        {"type": "document", "org": "乙县总工会", "period": "2025H1"},
        {"type": "figure", "org": "乙县总工会", "indicator": "新建工会组织", "value": 5, "unit": "家"},
    ]
    with pytest.raises(DataError, match=r"2 organisations.*甲县总工会、乙县总工会.*--org"):
        data_from_records(recs)
    d = data_from_records(recs, org="乙县总工会")
    assert d.org == "乙县总工会" and [q.value for q in d.figures] == [5]


def test_a_records_indicator_is_checked_where_its_figure_stands():
    from corpus.phrases import fragment_reason

    sentence = "在护士节期间，组织30名护士参加技能比赛，建立健全“考勤制度”等8项制度。"
    recs = [
        {"type": "figure", "indicator": "护士", "value": 30, "unit": "名", "text": "30名护士", "sentence": sentence},
        # the wording 制度 stands away from 8项: which 制度 it names is not known
        {"type": "figure", "indicator": "制度", "value": 8, "unit": "项", "text": "制度”等8项", "sentence": sentence},
    ]
    nurses, rules = data_from_records(recs).topics[0].figures
    assert sentence[nurses.at : nurses.at + 2] == "护士" and nurses.at > sentence.index("护士节")
    assert fragment_reason(nurses.indicator, sentence, nurses.at) is None
    assert rules.at is None


def test_every_item_of_a_list_a_change_verb_distributes_is_a_change():
    from corpus import split_articles
    from corpus.records import Document
    from extract import extract_article

    text = "全县火灾起数和受伤人数分别下降12.5%、30%。全年培训人次和结业人数分别增长8%和6%，合格率达到95%。"
    (article,) = split_articles(Document(source="t.txt", text=text, format="text"))
    figs = {q.value: q for q in data_from_records(extract_article(article).records()).figures}
    assert (figs[12.5].direction, figs[30].direction) == ("down", "down")
    assert (figs[8].direction, figs[6].direction) == ("up", "up")
    assert figs[95].direction is None  # a level after the list is no item of it


def test_a_level_reached_is_no_change():
    from corpus import split_articles
    from corpus.records import Document
    from extract import extract_article

    text = "集中供养对象月标准从200元提高到280元。城镇登记失业率下降到3.1%。财政收入增长8%。"
    (article,) = split_articles(Document(source="t.txt", text=text, format="text"))
    figs = {q.value: q for q in data_from_records(extract_article(article).records()).figures}
    assert figs[280].direction is None and figs[3.1].direction is None  # 提高到, 下降到: where it got to
    assert figs[8].direction == "up"
