"""Tables pasted as text (cells between |): the unit cell, the row label, the header years."""

from __future__ import annotations

from extract.tables import table_figures

TABLE = """指标公开表
一级指标 | 二级指标 | 单位 | 上年度 | 本年度 | 增长 |
(2022年) | (2023年) | ||||
经济指标 | 总收入 | 万元 | 1200 | 1350.5 | 150.5 |
总支出 | 万元 | 1100 | 1180 | 80.00 | |
医疗效率 | 平均住院天数 | 天 | 8.3 | 8.1 | -0.2 |
"""


def test_rows_give_unit_label_and_period() -> None:
    figs = table_figures(TABLE)
    got = [(f.indicator, f.candidate.value, f.candidate.unit, f.period) for f in figs]
    assert got[:3] == [("总收入", 1200, "万元", "2022"), ("总收入", 1350.5, "万元", "2023"), ("总收入", 150.5, "万元", "2023")]
    assert ("总支出", 1180, "万元", "2023") in got  # a merged first cell shifts the row; the unit cell anchors it
    assert ("平均住院天数", -0.2, "天", "2023") in got  # a signed value keeps its sign
    for f in figs:
        assert float(TABLE[f.candidate.start : f.candidate.end]) == f.candidate.value  # offsets index the cell
    assert figs[1].candidate.base_value == 13505000 and figs[1].candidate.base_unit == "元"


def test_text_without_table_has_none() -> None:
    assert table_figures("全县新建工会组织38家 | 发展会员1200人") == []
