"""The comparison over hand-built records: growth both ways, the headline rule, units, ranges."""

from __future__ import annotations

from typing import Any

from compare.table import compare_records
from tests.compare.build import figure
from tests.grounding import assert_grounded

ANHUI = (
    "一年来，全省地区生产总值5.3万亿元、增长5.5%，规上工业增加值增长9.4%。"
    "这五年，地区生产总值连跨两个台阶、年均增长5.7%。"
    "今年主要预期目标是：地区生产总值增长5%—5.5%。"
)
GANSU = (
    "全省地区生产总值达到1.37万亿元，较十三五末增长33.6%。"
    "过去一年，地区生产总值增长5.8%，南疆五地州地区生产总值增长6%。"
)
SHANGHAI = "全市生产总值达到5.67万亿元、增长5.4%，好于预期。"


def records() -> list[dict[str, Any]]:
    a = dict(org="安徽省", period="2025", source="anhui.txt")
    g = dict(org="甘肃省", period="2025", source="gansu.txt")
    s = dict(org="上海市", period="2025", source="shanghai.txt")
    up = {"value": 5.5, "unit": "%", "direction": "up"}
    anhui = [
        figure(ANHUI, "全省地区生产总值5.3万亿元", "5.3", "万亿元", "全省地区生产总值", change=up, **a),
        figure(ANHUI, "增长5.5%", "5.5", "%", "增长", **a),
        figure(ANHUI, "规上工业增加值增长9.4%", "9.4", "%", "规上工业增加值增长", **a),
        figure(ANHUI, "年均增长5.7%", "5.7", "%", "均增长", **a),
        figure(ANHUI, "地区生产总值增长5%", "5", "%", "地区生产总值增长", target=True, **a),
        figure(ANHUI, "—5.5%", "5.5", "%", "—", after=ANHUI.index("5%—"), target=True, **a),
    ]
    gansu = [
        figure(GANSU, "全省地区生产总值达到1.37万亿元", "1.37", "万亿元", "全省地区生产总值", **g),
        figure(GANSU, "增长33.6%", "33.6", "%", "增长", **g),
        figure(GANSU, "地区生产总值增长5.8%", "5.8", "%", "地区生产总值增长", **g),
        figure(GANSU, "南疆五地州地区生产总值增长6%", "6", "%", "南疆五地州地区生产总值增长", **g),
    ]
    # only a level figure with a change: growth read from the change
    shanghai = [
        figure(
            SHANGHAI,
            "全市生产总值达到5.67万亿元",
            "5.67",
            "万亿元",
            "全市生产总值",
            change={**up, "value": 5.4},
            **s,
        )
    ]
    assert_grounded(ANHUI, anhui)
    assert_grounded(GANSU, gansu)
    assert_grounded(SHANGHAI, shanghai)
    return anhui + gansu + shanghai


def test_growth_headlines_ranked() -> None:
    c = compare_records(records(), "GDP增长")
    got = [(r.org, r.value, r.unit, r.start) for r in c.rows]
    assert got == [
        ("甘肃省", 5.8, "%", GANSU.index("5.8%")),  # not 33.6 (a five-year span), not 南疆's 6
        ("安徽省", 5.5, "%", ANHUI.index("5.5%")),  # not 年均 5.7
        ("上海市", 5.4, "%", SHANGHAI.index("5.67")),
    ]
    gansu = c.rows[0]
    assert gansu.others == ("增长33.6%", "南疆五地州地区生产总值增长6%")  # as the report words them
    assert gansu.canonical == "地区生产总值增长" and gansu.sentence.startswith("过去一年")


def test_targets_with_a_range() -> None:
    c = compare_records(records(), "地区生产总值增长", targets=True)
    assert [(r.org, r.value, r.upper, r.target) for r in c.rows] == [("安徽省", 5, 5.5, True)]


def test_levels_in_one_unit_with_shares() -> None:
    c = compare_records(records(), "地区生产总值")
    assert c.unit == "万亿元"
    assert [(r.org, r.comparable_value) for r in c.rows] == [
        ("上海市", 5.67),
        ("安徽省", 5.3),
        ("甘肃省", 1.37),
    ]
    assert abs(sum(r.share or 0 for r in c.rows) - 1) < 1e-9
    assert c.rows[0].share == 5.67 / (5.67 + 5.3 + 1.37)


def test_units_made_comparable() -> None:
    a = "共发放慰问金41万元。"
    b = "共发放慰问金385000元。"
    recs = [
        figure(a, "发放慰问金41万元", "41", "万元", "发放慰问金", org="甲县", source="a.txt"),
        figure(b, "发放慰问金385000元", "385000", "元", "慰问金", org="乙县", source="b.txt"),
        figure(b, "发放慰问金385000元", "385000", "元", "慰问金", org="丙县", source="c.txt"),
    ]
    c = compare_records(recs, "慰问金")
    assert c.unit in {"元", "万元"}
    values = {r.org: r.comparable_value for r in c.rows}
    if c.unit == "元":
        assert values == {"甲县": 410000.0, "乙县": 385000.0, "丙县": 385000.0}
    else:
        assert values == {"甲县": 41.0, "乙县": 38.5, "丙县": 38.5}
    assert c.rows[0].org == "甲县"
