from __future__ import annotations

import pytest

from generate.data import data_from_mapping
from generate.fill import fill_text, find_blanks, similarity

DATA = data_from_mapping(
    {
        "org": "江滨街道总工会",
        "period": "2025H1",
        "topics": [
            {
                "name": "组织建设",
                "figures": [
                    {"indicator": "新建企业工会", "value": 18, "unit": "家"},
                    {"indicator": "覆盖企业数", "value": 64, "unit": "家"},
                    {"indicator": "组建率", "value": 95, "unit": "%"},
                    {"indicator": "完成换届", "value": 22, "unit": "家"},
                ],
            },
            {
                "name": "帮扶",
                "figures": [
                    {"indicator": "新增困难职工", "value": 37, "unit": "人"},
                    {"indicator": "临时困难救助金", "value": 8.6, "unit": "万元"},
                ],
            },
        ],
    }
)


@pytest.mark.parametrize(
    ("text", "unit", "context"),
    [
        ("上半年新建企业工会___家，", "家", "新建企业工会"),
        ("共慰问职工xx人次。", "人次", "慰问职工"),
        ("组建率保持在XX%以上", "%", "组建率"),
        ("，××家企业申报市级示范", "家", "企业申报市级示范"),
    ],
)
def test_find_blanks(text, unit, context):
    (b,) = find_blanks(text)
    assert b.unit == unit and b.context == context
    assert set(text[b.start : b.end]) <= set("_xX×")


def test_similarity_orders_wordings():
    assert similarity("新建企业工会", "新建企业工会") == 1.0
    assert similarity("新建企业工会", "新建基层工会组织") > similarity("新建企业工会", "临时困难救助金")


def test_fill_own_snippet():
    text = "今年一季度新建企业工会___家，覆盖的企业数___家，组建率稳定在___%以上，发放临时困难救助金xx万元，转出___家。"
    r = fill_text(text, DATA)
    assert (
        r.text
        == "今年一季度新建企业工会18家，覆盖的企业数64家，组建率稳定在95%以上，发放临时困难救助金8.6万元。"
    )  # 转出___家: the data has nothing for it, and the sentence stands without its clause
    assert not r.unfilled and [b.context for b, _ in r.dropped] == ["转出"]
    assert r.review == ("已删去：“转出___家”（新数据没有转出）",)


def test_fill_keeps_a_blank_whose_clause_cannot_go():
    r = fill_text("转出___家。新建企业工会___家，其中非公企业___家。", DATA)
    assert r.text == "转出___家。新建企业工会18家。"
    assert [b.context for b in r.unfilled] == ["转出"] and r.review[-1].startswith("待填：转出___家")


def test_fill_real_template(seeds_dir):
    text = (seeds_dir / "001_0c16e3edcfdc46a7.txt").read_text(encoding="utf-8")
    r = fill_text(text, DATA)
    got = {f.figure.indicator: f.blank.context for f in r.filled}
    assert got["新建企业工会"] == "新建企业工会"
    assert got["覆盖企业数"] == "覆盖企业数"
    assert got["组建率"] == "组建率"
    assert got["新增困难职工"] == "新增困难职工"
    assert "发放临时困难救助金8.6万元" in r.text and "新建企业工会18家" in r.text
    # the rest of the template's number blanks are listed, never guessed: gone with their clause or left
    assert len(r.unfilled) + len(r.dropped) > 30 and len(r.review) == len(r.unfilled) + len(r.dropped)
    for f in r.filled:  # each figure went to a blank of its own indicator
        assert f.score >= 0.53 and f.figure.unit == f.blank.unit
