"""The comparison over hand-built records: growth both ways, the headline rule, units, ranges."""

from __future__ import annotations

from typing import Any

from compare.table import compare_records
from tests.compare.build import figure
from tests.grounding import assert_grounded

ANHUI = (
    "一年来，全省地区生产总值总量为5.3万亿元、增长5.5%，全省工业产值增长9.4%。"
    "这五年，地区生产总值稳步攀升、年均增长5.7%。"
    "今年的预期目标为：地区生产总值增长5%—5.5%。"
)
GANSU = (
    "全省地区生产总值达到1.37万亿元，比五年前增长33.6%。"
    "过去一年，地区生产总值增长5.8%，河西五市地区生产总值增长6%。"
)
SHANGHAI = "全市生产总值首次达到5.76万亿元、增长5.4%，快于全国。"


def records() -> list[dict[str, Any]]:
    a = dict(org="安徽省", period="2025", source="anhui.txt")
    g = dict(org="甘肃省", period="2025", source="gansu.txt")
    s = dict(org="上海市", period="2025", source="shanghai.txt")
    up = {"value": 5.5, "unit": "%", "direction": "up"}
    anhui = [
        figure(ANHUI, "全省地区生产总值总量为5.3万亿元", "5.3", "万亿元", "全省地区生产总值", change=up, **a),
        figure(ANHUI, "增长5.5%", "5.5", "%", "增长", **a),
        figure(ANHUI, "全省工业产值增长9.4%", "9.4", "%", "全省工业产值增长", **a),
        figure(ANHUI, "年均增长5.7%", "5.7", "%", "均增长", **a),
        figure(ANHUI, "地区生产总值增长5%", "5", "%", "地区生产总值增长", target=True, **a),
        figure(ANHUI, "—5.5%", "5.5", "%", "—", after=ANHUI.index("5%—"), target=True, **a),
    ]
    gansu = [
        figure(GANSU, "全省地区生产总值达到1.37万亿元", "1.37", "万亿元", "全省地区生产总值", **g),
        figure(GANSU, "增长33.6%", "33.6", "%", "增长", **g),
        figure(GANSU, "地区生产总值增长5.8%", "5.8", "%", "地区生产总值增长", **g),
        figure(GANSU, "河西五市地区生产总值增长6%", "6", "%", "河西五市地区生产总值增长", **g),
    ]
    # only a level figure with a change: growth read from the change
    shanghai = [
        figure(
            SHANGHAI,
            "全市生产总值首次达到5.76万亿元",
            "5.76",
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
        ("甘肃省", 5.8, "%", GANSU.index("5.8%")),  # not 33.6 (a five-year span), not 河西's 6
        ("安徽省", 5.5, "%", ANHUI.index("5.5%")),  # not 年均 5.7
        ("上海市", 5.4, "%", SHANGHAI.index("5.76")),
    ]
    gansu = c.rows[0]
    assert gansu.others == ("增长33.6%", "河西五市地区生产总值增长6%")  # as the report words them
    assert gansu.canonical == "地区生产总值增长" and gansu.sentence.startswith("过去一年")


def test_targets_with_a_range() -> None:
    c = compare_records(records(), "地区生产总值增长", targets=True)
    assert [(r.org, r.value, r.upper, r.target) for r in c.rows] == [("安徽省", 5, 5.5, True)]


def test_levels_in_one_unit_with_shares() -> None:
    c = compare_records(records(), "地区生产总值")
    assert c.unit == "万亿元"
    assert [(r.org, r.comparable_value) for r in c.rows] == [
        ("上海市", 5.76),
        ("安徽省", 5.3),
        ("甘肃省", 1.37),
    ]
    assert abs(sum(r.share or 0 for r in c.rows) - 1) < 1e-9
    assert c.rows[0].share == 5.76 / (5.76 + 5.3 + 1.37)


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


def test_near_wordings_of_a_known_indicator_are_other_indicators() -> None:
    """工业总产值增长 and 农业总产值增长 share two thirds of GDP growth's characters: not GDP growth.
    A wording cut short by the page (生产(chǎn)总值 → 总值) still names it."""
    text = "全县规上工业总产值增长26.9%，农业总产值增长4%。地方工业完成产值256亿元，同比增长10%。"
    cut = "全年实现(xiàn)生产(chǎn)总值67.9亿元,增长12.4%;"
    recs = [
        figure(text, "规上工业总产值增长26.9%", "26.9", "%", "规上工业总产值", org="甲县", period="2022"),
        figure(text, "农业总产值增长4%", "4", "%", "农业总产值", org="甲县", period="2022"),
        figure(text, "完成产值256亿元", "256", "亿元", "地方工业", org="甲县", period="2022"),
        figure(text, "同比增长10%", "10", "%", "地方工业", org="甲县", period="2022"),
        figure(cut, "增长12.4%", "12.4", "%", "总值", org="平利县", period="2015", source="b.txt"),
    ]
    rows = compare_records(recs, "地区生产总值增长").rows
    assert [(r.org, r.value) for r in rows] == [("平利县", 12.4)]


def test_a_fall_is_a_negative_growth_and_spans_only_when_asked() -> None:
    text = "2022年预计全区地区生产总值564亿元，同比下降2%。五年来，地区生产总值年均增长6.1%。"
    recs = [
        figure(text, "同比下降2%", "2", "%", "地区生产总值", org="张湾区", period="2022"),
        figure(
            text, "地区生产总值年均增长6.1%", "6.1", "%", "地区生产总值", org="张湾区", period="2018-2022"
        ),
    ]
    assert [(r.period, r.value) for r in compare_records(recs, "地区生产总值增长").rows] == [("2022", -2)]
    assert compare_records(recs, "地区生产总值增长", period="2021").rows == ()
    # 年均 is another indicator than the year's growth, even for its own span
    assert compare_records(recs, "地区生产总值增长", period="2018-2022").rows == ()
