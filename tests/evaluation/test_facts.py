from __future__ import annotations

import pytest

from evaluation.facts import Fact, collect_facts, score_facts
from extract.records import Figure


def fig(value, unit, indicator=None, **kw) -> Figure:
    return Figure(source="draft", start=0, end=0, text="", value=value, unit=unit, indicator=indicator, **kw)


DATA = {
    "org": "某区总工会",
    "period": "2024",
    "sections": [
        {"title": "组织建设", "figures": [{"indicator": "新建工会组织", "value": 38, "unit": "家"},
                                         {"indicator": "净增会员", "value": "3581", "unit": "人"}]},
        {"title": "帮扶", "items": {"慰问金": {"indicator": "慰问金", "value": 41, "unit": "万元", "approx": "over"}}},
    ],
    "note": {"value": 3},  # no unit: not a fact
}


def test_collect_facts_anywhere_in_the_data():
    facts = collect_facts(DATA)
    assert [(f.value, f.unit, f.indicator) for f in facts] == [
        (38, "家", "新建工会组织"), (3581, "人", "净增会员"), (41, "万元", "慰问金")]
    assert facts[2].approx == "over"
    assert facts[0].path == "sections[0].figures[0]"


def test_faithful_draft():
    r = score_facts(collect_facts(DATA), [fig(38, "家", "新建工会组织"), fig(3581, "人", "净增会员"), fig(41, "万元", "发放慰问金")])
    assert (r.score.precision, r.score.recall) == (1.0, 1.0)


def test_a_number_under_another_indicator_does_not_count():
    """Binding: 38家 is the data's, but the draft says it of 走访企业, and 3581人 of 慰问职工."""
    r = score_facts(collect_facts(DATA), [fig(38, "家", "走访企业"), fig(3581, "人", "慰问职工"), fig(41, "万元", "慰问金")])
    assert (r.counts.matched, r.counts.predicted) == (1, 3)
    assert {(f.indicator, fact.indicator) for f, fact in r.misbound} == {("走访企业", "新建工会组织"), ("慰问职工", "净增会员")}
    assert score_facts(collect_facts(DATA), [fig(38, "家", "走访企业")], bind=False).counts.matched == 1


def test_altered_and_invented_numbers_count_against_precision():
    stated = [fig(38, "家", "新建工会组织"), fig(3851, "人", "净增会员"), fig(12, "场", "举办活动")]  # 3581 altered to 3851, 12场 invented
    r = score_facts(collect_facts(DATA), stated)
    assert r.score.precision == pytest.approx(1 / 3)
    assert r.score.recall == pytest.approx(1 / 3)
    assert {(f.value, f.unit) for f in r.unsupported} == {(3851, "人"), (12, "场")}
    assert {(f.value, f.unit) for f in r.missing} == {(3581, "人"), (41, "万元")}


def test_base_units_and_one_to_one():
    facts = [Fact(41, "万元", "慰问金"), Fact(38, "家", "新建工会")]
    # 410000元 is 41万元; the second 38家 has no second fact to back it.
    r = score_facts(facts, [fig(410000, "元", "慰问金"), fig(38, "家", "新建工会"), fig(38, "家", "新建工会")])
    assert (r.counts.matched, r.counts.predicted, r.counts.gold) == (2, 3, 2)


def test_placeholders_in_the_draft_state_nothing():
    r = score_facts([Fact(38, "家", "新建工会")], [fig(38, "家", "新建工会"), fig(None, "人", placeholder=True)])
    assert (r.score.precision, r.score.recall) == (1.0, 1.0)


def test_indicator_breaks_ties():
    facts = [Fact(5, "个", "服务站"), Fact(5, "个", "示范点")]
    r = score_facts(facts, [fig(5, "个", "示范点")])
    assert r.supported[0][1].indicator == "示范点"
