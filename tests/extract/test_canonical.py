"""Canonical names and topics on numpy alone give what scikit-learn gives, on the seed and provincial texts;
the extraction path never imports scikit-learn."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from corpus.articles import split_document
from corpus.records import Article, Document
from extract import canonical
from extract.pipeline import extract_figures
from extract.topics import _model, features, prepare, topics
from tests.conftest import ROOT


def _articles(seeds_dir: Path, provinces_dir: Path) -> list[Article]:
    csv.field_size_limit(10**9)
    out: list[Article] = []
    for p in sorted(provinces_dir.glob("*.csv")):
        with p.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                out += split_document(Document(source=p.name, text=row["full_text"], format="csv"))
    for p in sorted(seeds_dir.glob("*.txt")):
        out += split_document(Document(source=p.name, text=p.read_text("utf-8"), format="txt"))
    return out


@pytest.fixture(scope="module")
def articles(seeds_dir: Path, provinces_dir: Path) -> list[Article]:
    return _articles(seeds_dir, provinces_dir)


def _sklearn_nearest(wordings: list[str]) -> list[str]:
    """The names the scikit-learn vectoriser gave before the numpy index replaced it."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    pairs, _ = canonical._lexicon()
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
    matrix = vec.fit_transform([w for w, _ in pairs])
    sims = (vec.transform(wordings) @ matrix.T).toarray()
    out = []
    for w, row in zip(wordings, sims, strict=True):
        best = int(row.argmax())
        near = row[best] >= canonical.THRESHOLD and pairs[best][1] not in canonical.headlines()
        near = near and canonical._spells(w, pairs[best][0])  # the same acceptance rule as the index's
        out.append(pairs[best][1] if near else w)
    return out


def test_numpy_index_equals_scikit_learns_on_the_lexicon() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    wordings = [w for w, _ in canonical._lexicon()[0]]
    vec = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)
    want = vec.fit_transform(wordings)
    index = canonical.build_index(wordings)
    assert index.vocabulary == {str(k): int(v) for k, v in vec.vocabulary_.items()}
    assert np.allclose(index.idf, vec.idf_) and np.allclose(index.rows, want.toarray())
    probe = ["全年新建基层工会组织", "城镇调查失业率", "GDP  增速"]
    assert np.allclose(index.vectors(probe), vec.transform(probe).toarray())


def test_shipped_index_is_the_lexicons() -> None:
    """models/canonical.npz was made from the lexicon as it is (else: python -m extract.build_canonical)."""
    with (ROOT / "extract" / canonical.MODEL_PATH).open("rb") as fh, np.load(fh) as npz:
        shipped = str(npz["lexicon_sha256"])
        rows = npz["rows"]
    if shipped != canonical.lexicon_digest():
        pytest.skip("the lexicon changed since models/canonical.npz was made: remade in memory until rebuilt")
    index, _ = canonical._index()
    assert np.array_equal(index.rows, rows)


def test_numpy_names_equal_scikit_learns_on_the_seed_and_provincial_texts(articles: list[Article]) -> None:
    indicators = sorted({
        f.indicator for a in articles for f in extract_figures(a, with_topics=False) if f.indicator
    })
    unseen = [w for w in indicators if canonical._by_lexicon(w) is None]
    assert len(unseen) > 300
    names = canonical.nearest(unseen)
    assert names == _sklearn_nearest(unseen)
    assert sum(n != w for n, w in zip(names, unseen, strict=True)) >= 5  # some do take a lexicon name


def test_topic_labels_equal_the_sparse_products_on_the_seed_and_provincial_texts(articles: list[Article]) -> None:
    sentences = [a.text[s.start : s.end].strip() for a in articles for s in a.sentences][:4000]
    model = _model()
    dense = np.zeros((features([""]).shape[1], len(model.classes)), dtype=np.float32)
    dense[model.columns] = model.weights
    raw = features([prepare(s) for s in sentences]) @ dense + model.bias  # scipy's sparse product
    from extract.topics import _decide_all

    want = _decide_all(sentences, [prepare(s) for s in sentences], raw, model.classes)
    assert topics(sentences) == want
    assert len(set(want)) > 8


def test_extracting_imports_neither_scikit_learn_nor_scipy(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("某县总工会2025年工作总结\n一、组织建设\n全年新建工会组织38家，新建职工书屋12个。\n", "utf-8")
    code = (
        "import sys\n"
        "from zongjie.cli import main\n"
        f"sys.argv = ['zongjie', 'extract', {str(doc)!r}, '-o', {str(tmp_path / 'o.jsonl')!r}, '--jobs', '1', '-q']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('sklearn', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr
    assert '"canonical": "新建工会组织"' in (tmp_path / "o.jsonl").read_text("utf-8")


def test_segment_cuts_as_jieba_does_on_the_seed_and_provincial_texts(articles: list[Article]) -> None:
    """extract.segment.lcut (jieba's code over the dictionary held as sorted keys) == jieba.lcut."""
    import re

    import jieba

    from extract.segment import lcut

    clauses = sorted({
        c for a in articles for c in re.split(r"[^\u4e00-\u9fffA-Za-z0-9]+", a.text) if 4 <= len(c) <= 24
    })
    assert len(clauses) > 5000
    for phrase in clauses[::3]:
        assert lcut(phrase) == jieba.lcut(phrase), phrase


def test_the_lexicon_scan_finds_what_one_find_per_wording_found(articles: list[Article]) -> None:
    """_first_occurring (one regex scan) == the first wording of the longest-first list that occurs."""
    pairs, _ = canonical._lexicon()
    indicators = sorted({f.indicator for a in articles for f in extract_figures(a, with_topics=False) if f.indicator})
    for ind in [*indicators, "新建基层工会组织", "职工之家验收率", "GDP", ""]:
        want = next(([(w, n)] for w, n in pairs if w in ind), [])
        assert canonical._first_occurring(ind) == want, ind


def _named(text: str) -> dict[tuple[float, str], str | None]:
    from extract.pipeline import extract_article

    (article,) = split_document(Document(source="t.txt", text=text, format="txt"))
    return {(f.value, f.unit): f.canonical for f in extract_article(article).figures}


def test_a_bare_change_takes_its_subjects_name() -> None:
    names = _named(
        "青岭县2011年统计公报\n初步核算，全年全县实现地区生产总值（GDP）86.5亿元，比上年增长12.6%。"
        "财政收入(不含土地出让)3.2亿元，较上年增长9.5%。\n"
    )
    assert names[(86.5, "亿元")] == "地区生产总值"  # the name before the bracketed note
    assert names[(12.6, "%")] == "地区生产总值增长"  # 比上年增长: the growth of the sentence's subject
    assert names[(3.2, "亿元")] == "财政收入"
    assert names[(9.5, "%")] == "财政收入增长"


def test_a_note_that_scopes_a_headline_name_keeps_it() -> None:
    # the note is part of the indicator, as written; the headline it scopes is still the headline
    names = _named("2018年工作回顾\n固定资产投资（不含农户）完成96.7亿元，增长11.2%。\n")
    assert names[(96.7, "亿元")] == "固定资产投资"
    assert names[(11.2, "%")] == "固定资产投资增长"


def test_a_statistics_bulletins_wordings_keep_their_headline() -> None:
    names = _named(
        "云溪区2022年上半年经济运行统计分析\n1-6月，区级一般公共预算收入完成9.86亿元，按可比口径计算增长3.2%。"
        "规模以上工业完成增加值15.34亿元，增长24.6%。6月份当月规上工业增加值增长6.7%。"
        "社会消费品零售总额87.43亿元，同比增长13.9%，两年平均增长5.2%。\n"
    )
    assert names[(9.86, "亿元")] == "一般公共预算收入"  # the district's own level (区级) is its total
    assert names[(3.2, "%")] == "一般公共预算收入增长"  # how it was computed is no part of the name
    assert names[(15.34, "亿元")] == "规模以上工业增加值"  # nor the verb inside it
    assert names[(24.6, "%")] == "规模以上工业增加值增长"
    assert names[(6.7, "%")] == "规模以上工业增加值增长"  # nor the month
    assert names[(5.2, "%")] == "社会消费品零售总额增长"


def test_an_amount_a_level_changed_by_is_not_the_level() -> None:
    names = _named("2023年工作总结\n2023年，农村居民人均可支配收入达到21500元，人均收入增加1207元。\n")
    assert names[(21500, "元")] == "农村居民人均可支配收入"
    assert names[(1207, "元")] is None


def test_an_urban_and_rural_wording_names_urban_then_rural() -> None:
    names = _named(
        "2024年工作总结\n2024年，城乡居民人均可支配收入分别增长6.2%和7.4%。"
        "城乡居民收入从31200元、14800元分别提高到33100元、15900元。"
        "城乡居民人均可支配收入均增长5.8%左右。\n"
    )
    assert names[(6.2, "%")] == "城镇居民人均可支配收入增长"
    assert names[(7.4, "%")] == "农村居民人均可支配收入增长"
    assert [names[(v, "元")] for v in (31200, 14800, 33100, 15900)] == [
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
        "城镇居民人均可支配收入",
        "农村居民人均可支配收入",
    ]
    assert names[(5.8, "%")] == "城镇居民人均可支配收入增长"  # one figure for both: no second half


def test_a_bare_change_with_no_figure_before_takes_the_headline_named_in_its_sentence() -> None:
    names = _named("2024年工作总结\n2024年，全县生产总值稳步提升，五年平均增长6.9%；人均生产总值稳步提高，年均增长5.1%。\n")
    assert names[(6.9, "%")] == "地区生产总值增长"
    assert names[(5.1, "%")] != "地区生产总值增长"  # 人均生产总值 is another indicator
    # the subject is read as a head: 人均生产总值 and 工业投资 are not the headlines they hold
    said = "全县生产总值稳步提升，五年平均增长"
    assert canonical.named_last(said, len(said)) == "地区生产总值"
    for other in ("人均生产总值稳步提高，年均增长", "工业投资较快回升，年均增长", "今年以来，年均增长"):
        assert canonical.named_last(other, len(other)) is None, other


def test_two_indicators_of_one_phrase_take_a_figure_each() -> None:
    names = _named(
        "2019年工作总结\n2019年，全部财政收入和一般预算收入分别增长9.6%和8.1%。"
        "全县城镇和农村常住居民人均可支配收入分别提高5.2%和7.7%。\n"
    )
    assert names[(9.6, "%")] == "财政收入增长"
    assert names[(8.1, "%")] == "一般公共预算收入增长"
    assert names[(5.2, "%")] == "城镇居民人均可支配收入增长"  # 城镇和农村: urban first, as 城乡 is
    assert names[(7.7, "%")] == "农村居民人均可支配收入增长"
    both = _named("2019年工作总结\n2019年，全县城镇居民人均可支配收入与农民人均纯收入都增长7.9%左右。\n")
    assert both[(7.9, "%")] == "城镇居民人均可支配收入增长"  # one figure for both: the first, beside the rural the urban


def test_the_total_of_a_part_is_not_the_total_of_the_place() -> None:
    names = _named(
        "2025年政府工作报告\n2025年，全市生产总值达到1320亿元，其中滨江新区经济总量突破300亿元，"
        "湖西都市圈经济总量达到2100亿元，临港开发区规上工业增加值增长9.4%。"
        "全年海洋生产总值增长6.3%，脱贫县农村居民人均可支配收入增长8.6%，残疾人新增就业1200人。"
        "全社会固定资产投资增长5.5%，五年累计城镇新增就业4.6万人，确保全县一般公共预算收入增长6%。\n"
    )
    assert names[(1320, "亿元")] == "地区生产总值"
    for part in ((300, "亿元"), (2100, "亿元"), (9.4, "%"), (6.3, "%"), (8.6, "%"), (1200, "人")):
        assert names[part] not in canonical.headlines(), part
    # a scope, a time or a verb before the wording leaves the place's total
    assert names[(5.5, "%")] == "固定资产投资增长"
    assert names[(4.6, "万人")] == "城镇新增就业"
    assert names[(6, "%")] == "一般公共预算收入增长"


def test_a_total_opening_on_the_reporting_places_name_is_its_own() -> None:
    names = _named(
        "宁川县2016年政府工作报告\n初步测算，2015年宁川县完成GDP 88.4亿元，增长9.1%；"
        "青石镇财政收入突破2600万元。\n"
    )
    assert names[(88.4, "亿元")] == "地区生产总值"
    assert names[(9.1, "%")] == "地区生产总值增长"
    assert names[(2600, "万元")] not in canonical.headlines()  # a town of the county
    assert canonical.of_own_place("宁川县完成GDP", None) == "地区生产总值"  # nobody named: taken as the reporter
    assert canonical.of_own_place("宁川县完成GDP", "平溪县人民政府") is None  # another county


def test_a_near_wording_takes_a_name_only_when_it_spells_it() -> None:
    assert canonical.nearest(["粮食年产量"]) == ["粮食产量"]
    # near in characters, other things: a car plant's output, a sown area, a water body
    assert canonical.nearest(["汽车总产量", "粮食播种面积", "优良水体比例"]) == ["汽车总产量", "粮食播种面积", "优良水体比例"]


def test_a_name_with_another_head_after_it_counts_what_its_unit_measures() -> None:
    names = _named(
        "2024年工作总结\n2024年，全市实际使用外资6.2亿美元，新设外资企业57家。"
        "为3100名农民工追回工资4200万元，其中农民工工会组织新建9家。"
        "走访慰问困难职工146户，发放慰问金和慰问品38万元。\n"
    )
    assert names[(6.2, "亿美元")] == "实际使用外资"
    assert names[(57, "家")] != "实际使用外资"  # firms, not money
    assert names[(4200, "万元")] != "农民工"  # wages, not workers
    assert names[(9, "家")] != "农民工"
    assert names[(3100, "名")] == "农民工"
    assert names[(38, "万元")] == "慰问金"  # 和慰问品 after it: still money
    assert not canonical.fits_unit("外资研发中心", "实际使用外资", "家")
    assert canonical.fits_unit("实际使用外资", "实际使用外资", "家")  # its head is the name's: not judged here


def test_a_gift_is_named_by_what_was_given_not_to_whom() -> None:
    from extract import figures_in

    (gift,) = figures_in("为环卫工人送去防暑降温物品价值6.5万元。")
    assert gift.indicator == "防暑降温物品"  # what the value is of: the goods (价值 after them says so)
    (money,) = figures_in("向困难职工送上慰问金12万元。")
    assert (money.indicator, money.canonical) == ("慰问金", "慰问金")


def test_a_bar_a_count_clears_is_no_headline() -> None:
    from extract import figures_in

    bar, count = figures_in("到2027年，生产总值超150亿元的县达到12个。")
    assert (bar.value, bar.approx, bar.canonical) == (150, "over", None)  # the bar the counties clear
    assert count.indicator == "生产总值超150亿元的县"  # what is counted holds the bar
    (level,) = figures_in("全县生产总值突破150亿元。")
    assert level.canonical == "地区生产总值"  # over a round number, but the county's own level


def test_model_workers_are_not_the_needy_among_them() -> None:
    names = _named("2024年工作总结\n2024年，评选县级劳动模范12名，走访慰问困难劳模9人。\n")
    assert names[(12, "名")] == "劳动模范"
    assert names[(9, "人")] == "困难劳模"


def test_lexicon_names_keep_apart_what_a_comparison_must_not_mix() -> None:
    names = _named(
        "2024年工作总结\n2024年，全社会研发经费投入86亿元，研发经费投入强度2.4%。"
        "城镇调查失业率5.1%，城镇登记失业率2.9%。新增就业岗位1.2万个，下岗失业人员实现再就业3100人。\n"
    )
    assert names[(86, "亿元")] == "研发经费投入"  # an amount, not its ratio to GDP
    assert names[(2.4, "%")] == "研发经费投入强度"
    assert names[(5.1, "%")] == "城镇调查失业率"
    assert names[(2.9, "%")] == "城镇登记失业率"  # registered, not surveyed
    assert names[(1.2, "万个")] != "再就业"  # jobs offered, not people re-employed


def test_a_goal_set_for_a_named_thing_takes_its_name() -> None:
    from extract import figures_in

    (goal,) = figures_in("今年提出地区生产总值增长6.5%左右的目标。")
    assert (goal.canonical, goal.target) == ("地区生产总值增长", True)
    _, beaten_goal, _ = figures_in("增长18%，高于年初确定10%的目标8个百分点。")
    assert beaten_goal.indicator == "目标"  # nothing named before it: the sentence's figures settle whose


def test_a_level_after_steps_climbed_is_the_level_of_what_climbed() -> None:
    from extract import figures_in

    steps, level, growth = figures_in("全市生产总值连续跨越2个千亿元台阶，达到3260亿元、增长6.1%。")
    assert steps.canonical != "地区生产总值"  # the steps are counted, not the GDP
    assert (level.canonical, growth.canonical) == ("地区生产总值", "地区生产总值增长")
    _, rate = figures_in("全县城镇化率提高1.4个百分点，达到52.3%。")
    assert rate.indicator == "城镇化率"  # the change verb is no part of the name


def test_an_acronym_a_threshold_and_the_other_names_of_headline_indicators() -> None:
    named = _named(
        "全县完成GDP203亿元。3000万元以上固定资产投资达到96亿元。全口径财政收入14.2亿元，增长4.1%。"
        "城乡居民收入分别增长7%和8%。\n"
    )
    assert named[(203, "亿元")] == "地区生产总值"  # GDP then its number: no code like G20
    assert named[(3000, "万元")] is None  # a threshold names a category; it is no investment (ANNOTATION.md)
    assert named[(96, "亿元")] == "固定资产投资"
    assert named[(14.2, "亿元")] == "财政收入"
    assert named[(4.1, "%")] == "财政收入增长"
    assert named[(7, "%")] == "城镇居民人均可支配收入增长"  # 城乡居民收入 in a report: per head, disposable
    assert named[(8, "%")] == "农村居民人均可支配收入增长"


def test_how_far_a_growth_beats_the_average_is_its_excess_not_a_growth() -> None:
    from extract.pipeline import figures_in

    text = "全市规上工业增加值增长7.8%，高于全省平均1.2个百分点。\n"
    assert [f.indicator for f in figures_in(text)] == ["规上工业增加值"] * 2  # 全省平均 is what it is compared with
    named = _named(text)
    assert named[(7.8, "%")] == "规模以上工业增加值增长"
    assert named[(1.2, "个百分点")] is None  # the excess over the province's average is no growth of the city's


def test_town_and_country_is_no_town_of_its_own() -> None:
    # 城镇 reads like a place (城 + 镇) opening the indicator; it is the urban part of the investment
    named = _named("全社会固定资产投资完成2656亿元；其中城镇固定资产投资1980亿元。\n")
    assert named[(2656, "亿元")] == "固定资产投资"
    assert named[(1980, "亿元")] != "固定资产投资"


def test_a_chained_change_takes_the_name_of_what_it_measures_whatever_came_before() -> None:
    # the first report makes its bare 增长 a known wording; the second's chained change must still be named anew
    _named("2022年统计公报\n分季度看，一季度增长6.1%。\n")
    names = _named("2022年统计公报\n一般公共预算收入完成9.86亿元，同比下降5.4%；剔除留抵退税因素后，按可比口径计算增长3.2%。\n")
    assert names[(3.2, "%")] == "一般公共预算收入增长"


def test_a_unions_rates_are_its_own_not_a_groups() -> None:
    names = _named(
        "渠江市建筑业工会2016年工作总结\n全市企业建会率达到93.6%，会员入会率98%。农民工入会率由上年的61.5%提高到74.2%，"
        "建筑业企业建会率88%。\n"
    )
    assert names[(93.6, "%")] == "建会率"
    assert names[(98, "%")] == "入会率"
    # the migrant workers' rate: a group's rate is the unions' (three of the four blind annotators who met one)
    assert names[(74.2, "%")] == "入会率"
    assert names[(88, "%")] == "建会率"  # the construction union's own trade: its own rate
    county = _named("青岭县总工会2016年工作总结\n建筑业企业建会率88%。\n")
    assert county[(88, "%")] != "建会率"  # in a county union's report, one trade's
    # a union's committee names itself before another rate than a union's: women's committees formed
    committee = _named(
        "标题：青岭县总工会女职工委员会2016年工作总结\n发文单位：青岭县总工会女职工委员会\n正文：\n"
        "基层工会女职工委员会组建率达到91.5%。\n"
    )
    assert committee[(91.5, "%")] != "建会率"


def test_a_rates_change_in_points_is_not_the_rate() -> None:
    names = _named("青岭县总工会2016年工作总结\n全县建会率达到82.5%，比上年提高6.2个百分点。\n")
    assert names[(82.5, "%")] == "建会率"
    assert names[(6.2, "个百分点")] is None  # how far the rate moved, not the rate


def test_a_share_of_the_plan_is_not_the_headline_it_measures() -> None:
    from extract import figures_in

    figs = figures_in("全县新发展会员1200人，完成全年目标的62.3%。新建工会组织45家，完成年度目标的90%。")
    assert [(f.value, f.canonical) for f in figs] == [(1200, "发展会员"), (62.3, None), (45, "新建工会组织"), (90, None)]
    *_, task = figures_in("确保上半年完成全年建会任务的65%以上、发展会员任务的60%以上。")
    assert task.canonical is None  # 发展会员任务的60%: a share of the task, in a list after the first 完成
    (_, share) = figures_in("全县一般公共预算收入完成12.08亿元，完成年度预算的93.6%。")
    assert share.canonical not in ("一般公共预算收入", "一般公共预算收入增长")


def test_a_whole_named_after_a_share_or_a_verb_keeps_its_headline() -> None:
    from extract import figures_in

    figs = figures_in("地方级税收占全县一般公共预算收入的79.6%，有力支撑全县一般公共预算收入完成13.52亿元、同口径增长4.3%。")
    assert [(f.value, f.canonical) for f in figs][1:] == [(13.52, "一般公共预算收入"), (4.3, "一般公共预算收入增长")]
    amount, share = figures_in("税收收入占全县财政总收入21.6亿元的86.7%。")
    assert (amount.indicator, amount.canonical) == ("全县财政总收入", "财政收入")  # the whole's amount
    assert share.canonical not in ("财政收入", "财政收入增长")  # a share of it, not its growth (占全县 is no place)


def test_the_union_rate_of_a_kind_of_enterprise_is_the_unions_rate() -> None:
    from extract import figures_in

    figs = figures_in("全县非公有制企业建会率达到81.3%，单独建会企业建会率达到93.5%。新发展会员2400人，是去年的1.6倍。")
    assert [(f.value, f.canonical) for f in figs] == [(81.3, "建会率"), (93.5, "建会率"), (2400, "发展会员"), (1.6, None)]
    (f,) = figures_in("脱贫县农村居民人均可支配收入15200元。")
    assert f.canonical != "农村居民人均可支配收入"  # a kind's part of another whole stays apart


def test_retail_sales_said_as_zero_words_is_the_total_but_not_its_parts() -> None:
    from extract import figures_in

    figs = figures_in("11月当月实现零售额24.6亿元，增长9.5%。网络零售额12.8亿元。新能源汽车零售额3.2亿元。")
    assert [(f.value, f.canonical) for f in figs] == [
        (24.6, "社会消费品零售总额"),
        (9.5, "社会消费品零售总额增长"),
        (12.8, "网络零售额"),
        (3.2, "新能源汽车零售额"),
    ]


def test_a_development_zones_own_totals_in_its_own_report() -> None:
    from corpus.articles import split_document
    from corpus.records import Document
    from extract import extract_article

    text = "云溪高新技术产业开发区管理委员会2021年工作总结\n\n全年园区完成固定资产投资63.2亿元，比上年增长14.8%。\n"
    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    assert article.org == "云溪高新技术产业开发区管理委员会"
    figs = extract_article(article).figures
    assert [(f.value, f.canonical) for f in figs] == [(63.2, "固定资产投资"), (14.8, "固定资产投资增长")]
    [county] = split_document(Document(source="t.txt", text="青州县2021年工作总结\n\n园区完成固定资产投资63.2亿元。\n", format="txt"))
    assert extract_article(county).figures[0].canonical != "固定资产投资"  # a county's zone: a part


def test_a_citys_share_and_a_goal_still_to_be_done_keep_their_names() -> None:
    from extract import figures_in

    figs = figures_in("全县实现社会消费品零售总额12.5亿元，其中城市零售额7.92亿元。")
    assert [(f.value, f.canonical) for f in figs] == [(12.5, "社会消费品零售总额"), (7.92, "城市零售额")]  # 城市 is no place
    figs = figures_in("四季度全县需完成固定资产投资30.7亿元以上，规模以上工业增加值当季增速须达到9.5%以上。")
    assert [(f.value, f.canonical) for f in figs] == [(30.7, "固定资产投资"), (9.5, "规模以上工业增加值增长")]



def test_a_sentence_opening_on_no_subject_takes_the_one_before() -> None:
    from extract import figures_in

    figs = figures_in("全县生产总值提前两年完成规划目标。2015年，初步核算达到182.4亿元，五年平均增长10.6%。人均生产总值3.9万元。")
    assert [(f.value, f.canonical) for f in figs] == [
        (182.4, "地区生产总值"),
        (10.6, "地区生产总值增长"),
        (3.9, "人均生产总值"),  # a sentence naming its own
    ]
    assert [f.canonical for f in figures_in("全县经济平稳。2020年达到50亿元。")] == [None]  # no headline before


def test_a_kind_of_workers_or_enterprises_rate_is_the_unions_rate() -> None:
    names = _named(
        "河湾区总工会2024年工作总结\n全区新就业形态劳动者入会率达到82.5%，教职工入会率98.6%，已建会企业职工入会率达到"
        "91.3%。小型企业建会率达到62%，在建重点项目建会率达到96%。女职工委员会组建率80%，新建工会驿站3个。\n"
    )
    assert [names[(v, "%")] for v in (82.5, 98.6, 91.3)] == ["入会率"] * 3
    assert [names[(v, "%")] for v in (62, 96)] == ["建会率"] * 2
    assert names[(80, "%")] != "建会率"  # the women's committees', not the unions'
    assert names[(3, "个")] != "新建工会组织"  # stations, not unions


def test_new_members_of_a_kind_are_new_members() -> None:
    names = _named("河湾区总工会2024年工作总结\n全区新增新就业形态劳动者会员1180人，发展会员5320人，完成全年任务的106.4%。\n")
    assert names[(1180, "人")] == "发展会员"
    assert names[(106.4, "%")] != "发展会员"  # a completion of the count


def test_the_rates_of_new_forms_of_work_and_places_are_the_unions_rates() -> None:
    names = _named(
        "青岭市总工会2022年新就业形态劳动者入会工作总结\n截至年底，全市快递企业建会率达到95.1%，外卖配送站点建会率86%，"
        "区域建会率稳定在90%以上，已建会企业入会率达到93.4%。\n"
    )
    assert [names[(v, "%")] for v in (95.1, 86, 90, 93.4)] == ["建会率", "建会率", "建会率", "入会率"]


def test_a_tables_column_of_goals_done_is_not_the_growth_beside_it() -> None:
    names = _named(
        "青岭高新区2023年主要经济指标完成情况\n指标名称｜单位｜2023年完成｜同比增长（%）｜完成年度目标（%）\n"
        "地区生产总值｜亿元｜212.6｜7.1｜101.3\n一般公共预算收入｜亿元｜14.08｜6.5｜98.7\n"
    )
    assert names[(7.1, "%")] == "地区生产总值增长" and names[(6.5, "%")] == "一般公共预算收入增长"
    assert names[(101.3, "%")] is None and names[(98.7, "%")] is None  # how much of the year's goal was done


def test_the_names_a_list_of_changes_takes_from_the_figures_before_it() -> None:
    names = _named(
        "青岭县2017年政府工作报告\n一、2016年工作回顾\n全县生产总值跃上一个新台阶，由上年的118.4亿元增加到127.9亿元。"
        "城镇常住居民人均可支配收入25410元，农村常住居民人均可支配收入12630元，分别增长7.8%和8.6%。"
        "城镇居民和农村居民人均消费支出分别达到18260元和9870元。\n"
    )
    assert names[(118.4, "亿元")] == names[(127.9, "亿元")] == "地区生产总值"  # not the step climbed (新台阶)
    assert names[(7.8, "%")] == "城镇居民人均可支配收入增长" and names[(8.6, "%")] == "农村居民人均可支配收入增长"


def test_one_figure_for_town_and_country_residents_is_all_residents() -> None:
    names = _named(
        "青岭县2021年政府工作报告\n二、“十四五”主要目标\n城乡居民收入年均增长8%以上。\n"
        "三、2020年工作回顾\n城乡居民人均可支配收入分别增长5.2%和7.4%。全镇完成财税收入4620万元。\n"
    )
    assert names[(8, "%")] == "居民人均可支配收入增长"  # said of neither half
    assert (names[(5.2, "%")], names[(7.4, "%")]) == ("城镇居民人均可支配收入增长", "农村居民人均可支配收入增长")
    assert names[(4620, "万元")] == "财政收入"  # 财税收入: a township's fiscal revenue


def test_a_zones_union_cites_the_zones_totals_as_its_places() -> None:
    from corpus.articles import split_document
    from corpus.records import Document
    from extract import extract_article

    text = "桐湾经济开发区工会工作委员会2016年工作报告\n\n园区全年实现规模以上工业增加值38.4亿元，增长9.1%。\n"
    [article] = split_document(Document(source="t.txt", text=text, format="txt"))
    figs = extract_article(article).figures
    assert [(f.value, f.indicator, f.canonical) for f in figs] == [
        (38.4, "园区规模以上工业增加值", "规模以上工业增加值"),
        (9.1, "园区规模以上工业增加值", "规模以上工业增加值增长"),
    ]


def test_new_unions_of_a_kind_of_school_are_new_union_organisations() -> None:
    named = _named("柳川县教育工会2022年上半年工作总结\n上半年逐校上门做工作，新建民办学校工会6个，新发展会员142人。\n")
    assert named[(6, "个")] == "新建工会组织"
    assert named[(142, "人")] == "发展会员"


def test_the_quarter_or_the_push_before_a_headline_leaves_it_a_headline() -> None:
    text = "青岭县2024年前三季度经济运行分析\n三季度当季实现社会消费品零售总额30.4亿元，增长6.1%。\n下半年，要全力确保全年地区生产总值增长6.5%。\n"
    named = _named(text)
    assert named[(30.4, "亿元")] == "社会消费品零售总额"
    assert named[(6.5, "%")] == "地区生产总值增长"


def test_a_median_is_no_mean_and_a_nominal_rise_is_the_incomes() -> None:
    names = _named(
        "桃溪县2024年一季度城乡居民收支情况\n一季度，全县居民人均可支配收入7915元，同比名义增长5.9%，实际增长5.6%。"
        "农村居民人均可支配收入中位数4870元，增长6.2%。\n下半年，要紧盯全年固定资产投资增长10%的目标。\n"
    )
    assert names[(7915, "元")] == "居民人均可支配收入"
    assert names[(5.9, "%")] == names[(5.6, "%")] == "居民人均可支配收入增长"
    assert names[(4870, "元")] != "农村居民人均可支配收入"
    assert names[(6.2, "%")] != "农村居民人均可支配收入增长"
    assert names[(10, "%")] == "固定资产投资增长"  # the goal a result is kept to (紧盯…的目标)


def test_a_part_named_more_narrowly_than_its_whole_is_not_the_headline() -> None:
    from extract import figures_in

    # 其中地方财政收入 under 财政总收入, 其中非公企业建会率 under 企业建会率: parts, not the whole the name is for
    figs = figures_in("全年财政总收入3.42亿元，比上年增长11.2%，其中地方财政收入2.05亿元，增长9.8%。")
    assert [f.canonical for f in figs] == ["财政收入", "财政收入增长", None, None]
    figs = figures_in("全县企业建会率达到90.5%，其中非公企业建会率88.1%。")
    assert [f.canonical for f in figs] == ["建会率", None]
    # a part of the time counts the same thing, and a part named as the headline itself is it
    figs = figures_in("全镇新增就业920人，其中城镇新增就业340人。")
    assert [f.canonical for f in figs][1] == "城镇新增就业"
    figs = figures_in("两年累计新建工会组织51家，其中2022年24家、2023年27家。")
    assert [f.canonical for f in figs][1:] == ["新建工会组织", "新建工会组织"]


def test_a_union_building_task_and_a_projects_or_qualified_founding_rate_are_headlines() -> None:
    # 完成全年建会任务20家的60%: the task is of the new unions; 在建工程项目建会率 (a building union's own rate) and
    # 符合条件企业的建会率 are the place's 建会率; 始终保持在 is no part of the name
    named = _named(
        "桐川镇工会2024年上半年工作总结\n上半年新建基层工会11家，完成全年建会任务20家的55%。"
        "在建工程项目建会率达到96%，符合条件企业的建会率达到90%，百人以上企业建会率始终保持在98%以上。\n"
    )
    assert named[(20, "家")] == "新建工会组织"
    assert named[(96, "%")] == named[(90, "%")] == named[(98, "%")] == "建会率"
