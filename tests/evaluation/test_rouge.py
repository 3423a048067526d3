"""Our ROUGE equals Google's rouge-score, fed the same tokens, to the fourth decimal on real text."""

from __future__ import annotations

import random

import pytest
from rouge_score import rouge_scorer

from evaluation.rouge import lcs_length, rouge, rouge_l, rouge_n
from evaluation.scoring import Score
from evaluation.text import CHARS, WORDS, prepare
from tests.evaluation.texts import perturbed, province_text, seed_text

# rouge-score's ROUGE-L fills a pure-Python table: slices keep the reference run to about a second.
SLICE = 1500


def _reference(ref: str, cand: str, tokenizer) -> dict[str, Score]:
    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], tokenizer=tokenizer)
    got = scorer.score(ref, cand)  # (target, prediction)
    return {k: Score(v.precision, v.recall, v.fmeasure) for k, v in got.items()}


def _assert_equal(ours: dict[str, Score], theirs: dict[str, Score]) -> None:
    for key in ("rouge1", "rouge2", "rougeL"):
        for field in ("precision", "recall", "f1"):
            assert getattr(ours[key], field) == pytest.approx(getattr(theirs[key], field), abs=5e-5), (key, field)


def _pairs(seeds_dir, provinces_dir) -> list[tuple[str, str, str]]:
    hebei = province_text(provinces_dir, "河北省")
    henan = province_text(provinces_dir, "河南省")
    seed0 = seed_text(seeds_dir, "000_d04feb335f6f5bcc.txt")  # traditional characters
    seed1 = seed_text(seeds_dir, "001_0c16e3edcfdc46a7.txt")
    return [
        ("two province reports", hebei[:SLICE], henan[:SLICE]),
        ("a report and its redraft", hebei[2000 : 2000 + SLICE], perturbed(hebei[2000 : 2000 + SLICE])),
        ("two seed pages", seed0[:SLICE], seed1[:SLICE]),
        ("a seed page and its redraft", seed1[-SLICE:], perturbed(seed1[-SLICE:])),
        ("a trade-union page and a government report", seed1[:SLICE], henan[:SLICE]),
    ]


@pytest.mark.parametrize("tokenizer", [CHARS, WORDS], ids=["char", "word"])
def test_rouge_equals_rouge_score_on_real_text(seeds_dir, provinces_dir, tokenizer):
    for name, ref, cand in _pairs(seeds_dir, provinces_dir):
        ref, cand = prepare(ref), prepare(cand)
        ours = rouge(tokenizer.tokenize(ref), tokenizer.tokenize(cand))
        theirs = _reference(ref, cand, tokenizer)
        _assert_equal(ours, theirs)
        assert 0.0 < ours["rouge1"].f1 < 1.0, name  # neither trivial case: the check has teeth


def test_redraft_scores_between_unrelated_and_identical(provinces_dir):
    hebei = prepare(province_text(provinces_dir, "河北省")[:SLICE])
    henan = prepare(province_text(provinces_dir, "河南省")[:SLICE])
    toks = CHARS.tokenize
    same = rouge_l(toks(hebei), toks(hebei)).f1
    redraft = rouge_l(toks(hebei), toks(perturbed(hebei))).f1
    other = rouge_l(toks(hebei), toks(henan)).f1
    assert same == 1.0
    assert other < redraft < same


@pytest.mark.parametrize(
    ("reference", "candidate", "expected"),
    [
        # identical: every score 1
        ("新建工会组织38家。", "新建工会组织38家。", {"rouge1": 1.0, "rouge2": 1.0, "rougeL": 1.0}),
        # no character shared: 0
        ("工会组织", "慰问金额", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
        # empty draft: 0, not an error
        ("新建工会组织38家", "", {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}),
        # 发放慰问金 vs 慰问金发放: all 5 characters shared; bigrams 发放 放慰 慰问 问金 against
        # 慰问 问金 金发 发放 share 3 of 4; the LCS is 慰问金, 3 of 5.
        ("发放慰问金", "慰问金发放", {"rouge1": 1.0, "rouge2": 0.75, "rougeL": 0.6}),
    ],
)
def test_rouge_by_hand(reference, candidate, expected):
    got = rouge(CHARS.tokenize(reference), CHARS.tokenize(candidate))
    assert {k: round(s.f1, 6) for k, s in got.items()} == expected
    theirs = _reference(reference, candidate, CHARS)
    _assert_equal(got, theirs)


def test_rouge_n_counts_repeats_clipped():
    # reference 人人 (1 bigram, 2 unigrams), candidate 人人人: unigram overlap clipped to 2 of 3.
    s = rouge_n(list("人人"), list("人人人"), 1)
    assert (s.precision, s.recall) == (pytest.approx(2 / 3), 1.0)


def _lcs_table(a, b) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def test_bit_parallel_lcs_equals_the_table():
    rng = random.Random(5)
    alphabet = "工会职工家人元万"
    for _ in range(500):
        a = [rng.choice(alphabet) for _ in range(rng.randint(0, 70))]
        b = [rng.choice(alphabet) for _ in range(rng.randint(0, 70))]
        assert lcs_length(a, b) == _lcs_table(a, b)


def test_lcs_is_fast_on_whole_reports(provinces_dir):
    import time

    a = CHARS.tokenize(prepare(province_text(provinces_dir, "河北省")))
    b = CHARS.tokenize(prepare(province_text(provinces_dir, "河南省")))
    assert len(a) > 5000 and len(b) > 5000
    t0 = time.perf_counter()
    n = lcs_length(a, b)
    assert 0 < n < min(len(a), len(b))
    assert time.perf_counter() - t0 < 2.0
