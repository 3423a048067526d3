"""extract → draft → extract on real articles of ../shared and on the sample data.

Scored as ``zongjie evaluate draft --data`` scores: a figure of the draft counts only where its value
and unit are a data figure's and its indicator, read back by the extractor, agrees with that
figure's (``evaluation.facts.binding``). Recall is over the data's figures: a data figure whose
indicator is a fragment the draft cannot honestly repair (标单位 is widened to 达标单位, 到建制率
loses 达's piece, 占应建工会数 is written as a share of the figure before it; 级工会, 慰问省, 比去年同期,
- of 46-55人 cannot) is left out and listed in the draft's review, never written as if it were a
phrase. Issue 14 asks 0.98, and ``RECALL`` is that level: a change named by its relation word alone
(分别递减…) is written in a sentence of its own, a count two coordinated items share (甲企业、乙企业358户)
with both items, the rest (其余工会组织) in the sentence of the others it refers to. What is left out are
heads the sentence explains only by items before the count (两个层面), a change named by a relation
word that is no phrase (增加41人), people an event visited counted in its name (慰问…职工100多人, not
its participants), figures the extractor misreads (三次产业 as 3次, an event that is a clause) and
table values the prose extractor does not read (negative changes, days).
"""

from __future__ import annotations

from pathlib import Path

from evaluation.drafts import fragments_in
from evaluation.facts import Fact, score_facts
from generate.compose import compose
from generate.data import data_from_records, load_data
from generate.errors import DataError

RECALL = 0.98  # measured: 758/773 of the data's figures written and bound (issue 14 asks 0.98)
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "data" / "qingchuan-2025h1.yaml"
# seeds (union summaries, four pages), and across genres: unions of county, town, school and
# enterprise; county and district governments; a town, a street office; a state enterprise, a
# factory; a school; a tax bureau; a provincial government report
GENRES = (
    "19_xianzonggonghui.txt", "21_xiangzhengonghui.txt", "22_jiaoyugonghui.txt", "23_qiyegonghui.txt",
    "02_xianzhengfugongzuobaogao.txt", "05_xianzhengfugongzuobaogao.txt", "12_quzhengfugongzuobaogao.txt",
    "15_xiangzhen.txt", "18_jiedao.txt", "24_guoqi.txt", "26_qiye.txt", "45_xuexiao.txt", "48_shuiwu.txt",
)


def _facts(data):
    return [Fact(float(q.value), q.unit, q.indicator, q.approx, canonical=q.canonical) for q in data.figures]


def _round_trip(data, facts=None):
    from extract import figures_in

    draft = compose(data)
    back = [f for f in figures_in(draft.text) if f.value is not None and not f.placeholder]
    return draft, back, score_facts(facts if facts is not None else _facts(data), back)


def test_round_trip_on_real_articles(seeds_dir):
    from corpus import load

    shared = seeds_dir.parent
    paths = [str(seeds_dir), *(str(shared / "corpora" / "genres" / g) for g in GENRES)]
    paths.append(str(shared / "corpora" / "provinces-2026" / "2026_吉林省_政府工作报告.csv"))
    from extract import extract_article

    articles = matched = stated = written = data_total = 0
    fragments, wrong = [], []
    for a in load(paths):
        assert hasattr(a, "text"), a
        try:
            data = data_from_records(extract_article(a).records(), a.source)
        except DataError:
            continue  # an article with nothing to report
        draft, back, result = _round_trip(data)
        articles += 1
        matched += result.counts.matched
        stated += result.counts.predicted
        written += len(draft.placed)
        data_total += len(data.figures)
        fragments += [(a.source, *f) for f in fragments_in(back)]
        wrong += [(a.source, f.indicator, f.value, f.unit) for f in result.unsupported]
    print(f"{articles} articles: binding precision {matched}/{stated}, recall {matched}/{data_total} of the "
          f"data's figures ({written} written: the rest are fragments, in the review)")
    assert articles >= 20
    assert not wrong, wrong[:5]
    assert matched == stated
    assert matched / data_total >= RECALL
    assert not fragments, fragments[:5]


def test_round_trip_on_the_sample():
    from evaluation.facts import collect_facts
    from evaluation.inputs import read_data

    data = load_data(SAMPLE)
    draft, back, result = _round_trip(data, collect_facts(read_data(SAMPLE)))  # as `evaluate draft` reads it
    assert not result.unsupported and not result.misbound
    assert result.counts.matched == len(data.figures) == len(draft.placed)
    assert not fragments_in(back)
    assert not draft.review
