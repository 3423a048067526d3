"""Binding: which wordings name one indicator. Right pairs are slots and data figures of the same
thing as reports word them; wrong pairs count something else in the same unit. THRESHOLD must part them."""

from __future__ import annotations

import pytest

from generate.binding import THRESHOLD, agreement, best_binding
from generate.data import Quantity

RIGHT = [
    ("节日期间发放慰问金", None, "慰问金", None),
    ("帮扶中心共筹措解困资金", None, "筹措解困资金", None),
    ("新建工会组织", "新建工会组织", "新建基层工会组织", "新建工会组织"),
    ("已完成换届", None, "完成换届", None),
    ("宣传横幅", None, "悬挂宣传横幅", None),
    ("资助困难职工子女", None, "金秋助学资助困难职工子女", None),
    ("工会组建率", "建会率", "组建率", "建会率"),
    ("参赛职工", None, "参赛职工", None),
]
WRONG = [
    ("资助困难职工子女", None, "困难职工自助创业", None),  # the applicants' slot, the students' count
    ("慰问帮扶困难职工", "困难职工", "困难职工家庭子女圆梦大学", "困难职工"),
    ("新建工会组织", None, "走访企业", None),
    ("走访慰问困难职工", None, "发放慰问金", None),
    ("签订工资集体合同", None, "签订女职工专项集体合同", None),
    ("参赛职工", None, "覆盖职工", None),
    ("新发展工会会员", None, "新建基层工会组织", None),
]


@pytest.mark.parametrize(("a", "ca", "b", "cb"), RIGHT)
def test_right_pairs_bind(a, ca, b, cb):
    assert agreement(a, ca, b, cb) >= THRESHOLD


@pytest.mark.parametrize(("a", "ca", "b", "cb"), WRONG)
def test_wrong_pairs_do_not(a, ca, b, cb):
    assert agreement(a, ca, b, cb) < THRESHOLD


def test_margin_between_right_and_wrong():
    low = min(agreement(*p) for p in RIGHT)
    high = max(agreement(*p) for p in WRONG)
    assert high < THRESHOLD <= low, (high, low)


def test_best_binding_keeps_to_the_unit_family():
    pool = [Quantity("发放慰问金", 41, "万元"), Quantity("走访慰问困难职工", 120, "户")]
    assert best_binding("慰问金", None, "万元", pool)[0] == 0
    assert best_binding("慰问金", None, "户", pool) is None
