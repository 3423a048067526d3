"""Extraction scoring on hand-built prediction and gold tables whose answers are worked out here."""

from __future__ import annotations

import pytest

from evaluation.figures import Predicted, file_of, score_extraction
from evaluation.gold import GoldFigure

F = "000_工会.txt"


def gold(value, unit, indicator, **kw) -> GoldFigure:
    return GoldFigure(file=kw.pop("file", F), value=value, unit=unit, indicator=tuple(indicator), **kw)


def pred(value, unit, indicator=None, **kw) -> dict:
    return {"type": "figure", "source": kw.pop("source", f"archive/{F}#article=0"), "value": value,
            "unit": unit, "indicator": indicator, **kw}


@pytest.mark.parametrize(
    ("source", "file"),
    [
        ("archive/000_工会.txt", "000_工会.txt"),
        ("archive/000_工会.txt#article=2", "000_工会.txt"),
        ("/data/2026_河北省_政府工作报告.csv#row=0", "2026_河北省_政府工作报告.csv"),
        ("C:\\报告\\总结.docx", "总结.docx"),
    ],
)
def test_file_of(source, file):
    assert file_of(source) == file


def test_perfect_predictions_score_one():
    g = [gold(38, "家", ["新建工会组织"]), gold(41, "万元", ["慰问金", "发放慰问金"], approx="over")]
    p = [pred(38, "家", "新建工会组织"), pred(41, "万元", "发放慰问金", approx="over")]
    rec = score_extraction(p, g).record()
    assert (rec["precision"], rec["recall"], rec["f1"]) == (1.0, 1.0, 1.0)
    assert (rec["indicator_accuracy"], rec["target_accuracy"], rec["approx_accuracy"]) == (1.0, 1.0, 1.0)
    assert rec["placeholder"] is None


def test_counts_misses_and_extras():
    # 3 gold, 3 predicted, 2 match: P = R = F = 2/3.
    g = [gold(38, "家", ["新建工会组织"]), gold(3581, "人", ["净增会员"]), gold(90, "%", ["推行率"])]
    p = [pred(38, "家", "新建工会组织"), pred(3581, "人", "会员"), pred(2024, "年", None)]
    r = score_extraction(p, g)
    assert (r.figures.matched, r.figures.predicted, r.figures.gold) == (2, 3, 3)
    assert r.score.f1 == pytest.approx(2 / 3)
    [f] = r.files
    assert [(m.value, m.unit) for m in f.misses] == [(90, "%")]
    assert [(e.value, e.unit) for e in f.extras] == [(2024, "年")]
    # 会员 vs 净增会员: 2 shared characters, P = 1, R = 0.5, F1 = 2/3 ≥ 0.5: a hit.
    assert r.record()["indicator_accuracy"] == 1.0


def test_float_noise_is_tolerated():
    r = score_extraction([pred(58.460000001, "%", "完成全年任务")], [gold(58.46, "%", ["完成全年任务"])])
    assert r.score.f1 == 1.0


def test_values_must_really_agree():
    r = score_extraction([pred(58.5, "%", "完成全年任务")], [gold(58.46, "%", ["完成全年任务"])])
    assert r.score.f1 == 0.0


def test_duplicates_are_matched_one_to_one():
    # Two gold 2次, three predicted 2次: two match, the third is an extra.
    g = [gold(2, "次", ["督促检查"]), gold(2, "次", ["联合举办咨询活动"])]
    p = [pred(2, "次", "督促检查"), pred(2, "次", "咨询活动"), pred(2, "次", "咨询活动")]
    r = score_extraction(p, g)
    assert (r.figures.matched, r.figures.predicted, r.figures.gold) == (2, 3, 2)
    assert r.score.precision == pytest.approx(2 / 3) and r.score.recall == 1.0


def test_best_indicator_wins_among_equal_candidates():
    # Listed in the wrong order on purpose: each prediction must pair with the gold its indicator names,
    # so both indicators count as right (order alone would cross them and get both wrong).
    g = [gold(5, "家", ["保险公司"]), gold(5, "家", ["企业"], target=True)]
    p = [pred(5, "家", "企业", target=True), pred(5, "家", "保险公司")]
    rec = score_extraction(p, g).record()
    assert rec["indicator_accuracy"] == 1.0
    assert rec["target_accuracy"] == 1.0


def test_traditional_gold_wordings_are_compared_in_simplified():
    # ANNOTATION.md: the wordings of traditional texts are compared after conversion, in whichever script the
    # annotator wrote them: 督促整改問題 is 督促整改问题, which 整改问题 fits (character F1 0.8)
    g = [gold(67, "个", ["督促整改問題"]), gold(12, "期", ["女職工培訓"])]
    p = [pred(67, "个", "整改问题"), pred(12, "期", "培训活动")]
    rec = score_extraction(p, g).record()
    assert rec["indicator_accuracy"] == 0.5  # (培训活动 shares 培训 with 女职工培训: F1 0.44, still wrong)


def test_falls_back_to_base_value():
    # 41万元 reported as 410000元 (by base fields, or as written): matched through the base unit.
    g = [gold(41, "万元", ["慰问金"]), gold(1.2, "万人", ["参加职工"])]
    p = [pred(410000, "元", "慰问金"), pred(12000, "人", "职工", base_value=12000, base_unit="人")]
    r = score_extraction(p, g)
    assert r.score.f1 == 1.0
    assert {m.via for m in r.files[0].matches} == {"base"}


def test_value_match_preferred_over_base_match():
    # 3万元 matches gold 3万元 by value; 30000元 is left for gold 30000元 (by value too).
    g = [gold(3, "万元", ["捐款"]), gold(30000, "元", ["补助"])]
    p = [pred(30000, "元", "补助"), pred(3, "万元", "捐款")]
    r = score_extraction(p, g)
    assert [m.via for m in r.files[0].matches] == ["value", "value"]
    assert r.record()["indicator_accuracy"] == 1.0


def test_optional_gold_neither_rewarded_nor_punished():
    g = [gold(38, "家", ["新建工会组织"]), gold(10, "件", ["大事"], optional=True),
         gold(1000, "名", ["群众"], optional=True)]
    found = score_extraction([pred(38, "家", "新建工会组织"), pred(10, "件", "大事")], g)
    # the 10件 prediction is removed from both sides; the missed optional 1000名 is not a miss
    assert (found.figures.matched, found.figures.predicted, found.figures.gold) == (1, 1, 1)
    assert found.record()["ignored_optional"] == 1
    assert found.files[0].misses == ()
    skipped = score_extraction([pred(38, "家", "新建工会组织")], g)
    assert skipped.score.f1 == found.score.f1 == 1.0


def test_optional_gold_does_not_steal_a_counted_match():
    # One prediction 6个, gold has a counted 6个 and an optional 6个 with the same wording: the counted wins.
    g = [gold(6, "个", ["方面"], optional=True), gold(6, "个", ["方面"])]
    r = score_extraction([pred(6, "个", "方面")], g)
    assert (r.figures.matched, r.figures.gold) == (1, 1)


def test_placeholders_scored_apart():
    g = [gold(38, "家", ["新建工会组织"]), gold(None, "元", ["津贴"], placeholder=True),
         gold(None, "名", ["职工"], placeholder=True)]
    p = [
        pred(38, "家", "新建工会组织"),
        pred(None, "元", "津贴", placeholder=True),  # the blank found as a blank
        pred(2024, "名", "职工"),  # the blank xx名 reported as a number: a false positive
    ]
    rec = score_extraction(p, g).record()
    assert (rec["matched"], rec["predicted"], rec["gold"]) == (1, 2, 1)
    assert rec["precision"] == 0.5 and rec["recall"] == 1.0
    ph = rec["placeholder"]
    assert (ph["matched"], ph["predicted"], ph["gold"]) == (1, 1, 2)
    assert (ph["precision"], ph["recall"]) == (1.0, 0.5)


def test_accuracies_over_matched_figures_only():
    g = [gold(80, "%", ["推行率"], approx="over", target=True), gold(172, "元", ["最低生活费"]), gold(9, "个", ["站点"])]
    p = [pred(80, "%", "覆盖面", approx=None, target=True), pred(172, "元", "每人每月最低生活费", target=True)]
    rec = score_extraction(p, g).record()
    # matched 2: indicators 覆盖面 (F1 0) and 每人每月最低生活费 vs 最低生活费 (5 of 9 / 5 of 5 → 0.714)
    assert rec["indicator_accuracy"] == 0.5
    assert rec["target_accuracy"] == 0.5  # 80%: both targets; 172元: predicted a target, gold not
    assert rec["approx_accuracy"] == 0.5  # 80% lost its 以上; 172元 exact on both sides


def test_files_scored_separately_and_micro_averaged():
    other = "2026_河北省_政府工作报告.csv"
    g = [gold(38, "家", ["工会"]), gold(3.68, "万亿元", ["生产总值"], file=other), gold(6.5, "%", ["增长"], file=other)]
    p = [
        pred(38, "家", "工会"),
        pred(3.68, "万亿元", "生产总值", source=f"/x/{other}#row=0"),
        pred(38, "家", "工会", source=f"/x/{other}#row=0"),  # right number, wrong file
        pred(7, "个", "项目", source="/x/unannotated.txt"),  # a file nobody annotated
    ]
    r = score_extraction(p, g)
    rec = r.record()
    assert rec["files"][F]["f1"] == 1.0
    assert rec["files"][other]["precision"] == 0.5 and rec["files"][other]["recall"] == 0.5
    assert (rec["matched"], rec["predicted"], rec["gold"]) == (2, 3, 3)
    assert rec["unscored"] == ["unannotated.txt"]


def test_gold_file_without_predictions_is_all_misses():
    r = score_extraction([], [gold(38, "家", ["工会"])])
    assert (r.score.precision, r.score.recall) == (0.0, 0.0)
    assert r.record()["indicator_accuracy"] is None  # nothing matched: undefined, not 0


def test_other_record_types_are_ignored():
    recs = [{"type": "document", "source": F, "chars": 100},
            {"type": "activity", "source": F, "date": "2024-04-10"}, pred(38, "家", "工会")]
    assert score_extraction(recs, [gold(38, "家", ["工会"])]).score.f1 == 1.0


def test_predictions_read_from_csv_cells():
    p = Predicted.from_record({"type": "figure", "source": F, "value": "1.5", "unit": "公里",
                               "target": "False", "placeholder": "", "approx": "", "indicator": "道路"})
    assert p == Predicted(file=F, source=F, value=1.5, unit="公里", indicator="道路")


def test_full_width_and_traditional_units_agree():
    r = score_extraction([pred(90, "％", "推行率"), pred(41, "萬元", "慰問金")],
                         [gold(90, "%", ["推行率"]), gold(41, "万元", ["慰问金"])])
    assert r.score.f1 == 1.0
