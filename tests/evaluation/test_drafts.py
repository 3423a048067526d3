from __future__ import annotations

import pytest

from evaluation.drafts import COLUMNS, score_draft, score_drafts
from evaluation.facts import Fact
from extract.records import Figure

REF = "今年新建工会组织38家，净增会员3581人，发放慰问金41万元。"


def test_identical_texts_score_one_and_bleu_100():
    rec = score_draft(REF, REF).record()
    for k in ("rouge1", "rouge2", "rougeL", "rouge1_word", "rouge2_word", "rougeL_word", "length_ratio"):
        assert rec[k] == pytest.approx(1.0), k
    assert rec["bleu"] == pytest.approx(100.0)
    assert rec["fact_precision"] is None and rec["fact_recall"] is None


def test_traditional_and_full_width_equal_after_preparation():
    traditional = "今年新建工會組織３８家，淨增會員３５８１人，發放慰問金４１萬元。"
    rec = score_draft(traditional, REF).record()
    assert rec["rouge1"] == rec["rougeL"] == rec["rouge2_word"] == 1.0
    assert rec["bleu"] == pytest.approx(100.0)


def test_disjoint_and_empty_drafts_score_zero():
    for draft in ("慰问演出精彩纷呈", ""):
        rec = score_draft(draft, "工会组织建设")
        assert all(s.f1 == 0.0 for s in rec.rouge.values())
        assert rec.bleu == 0.0
    assert score_draft("", "工会").length_ratio == 0.0


def test_fact_scores_use_the_figure_finder():
    def finder(text: str) -> list[Figure]:
        assert "38" in text  # the prepared draft, full-width digits already folded
        return [Figure(source="d", start=0, end=0, text="", value=38, unit="家", indicator="新建工会组织"),
                Figure(source="d", start=0, end=0, text="", value=40, unit="万元", indicator="慰问金")]

    rec = score_draft("新建工会组织３８家，慰问金40万元", REF, facts=[Fact(38, "家", "新建工会组织"), Fact(41, "万元", "慰问金")],
                      figures_in=finder).record()
    assert (rec["fact_precision"], rec["fact_recall"]) == (0.5, 0.5)


def test_mean_row_and_json_record():
    report = score_drafts([("a", REF, "r", REF), ("b", "慰问演出", "r", REF)])
    mean = report.mean()
    assert mean["draft"] == "mean"
    assert mean["rouge1"] == pytest.approx((1.0 + report.rows[1].rouge["rouge1"].f1) / 2)
    assert mean["fact_precision"] is None
    rec = report.record()
    assert set(COLUMNS) <= set(rec) and len(rec["pairs"]) == 2
