"""BLEU is sacrebleu's own figure (tokenize="zh") on the prepared texts."""

from __future__ import annotations

import pytest
import sacrebleu

from evaluation.bleu import corpus_bleu, sentence_bleu
from evaluation.drafts import score_drafts
from evaluation.text import prepare
from tests.evaluation.texts import perturbed, province_text, seed_text


def test_equals_sacrebleu_on_real_text(seeds_dir, provinces_dir):
    hebei = province_text(provinces_dir, "河北省")[:3000]
    henan = province_text(provinces_dir, "河南省")[:3000]
    seed = seed_text(seeds_dir, "002_01cb83bc8ead8b46.txt")[:3000]
    pairs = [(perturbed(hebei), hebei), (henan, hebei), (perturbed(seed), seed)]
    for cand, ref in pairs:
        c, r = prepare(cand), prepare(ref)
        theirs = sacrebleu.sentence_bleu(c, [r], tokenize="zh").score
        assert sentence_bleu(c, r) == pytest.approx(theirs, abs=5e-5)
        assert 0 < theirs < 100
    cands = [prepare(c) for c, _ in pairs]
    refs = [prepare(r) for _, r in pairs]
    theirs = sacrebleu.corpus_bleu(cands, [refs], tokenize="zh").score
    assert corpus_bleu(cands, refs) == pytest.approx(theirs, abs=5e-5)
    # and the draft report pools the same way
    report = score_drafts([("d", c, "r", r) for c, r in pairs])
    assert report.corpus_bleu == pytest.approx(theirs, abs=5e-5)


@pytest.mark.parametrize(
    ("candidate", "reference", "expected"),
    [
        ("今年新建工会组织38家，净增会员3581人。", "今年新建工会组织38家，净增会员3581人。", 100.0),
        ("慰问金额", "工会组织", 0.0),
        ("", "工会组织", 0.0),
    ],
)
def test_edges(candidate, reference, expected):
    assert sentence_bleu(candidate, reference) == pytest.approx(expected, abs=1e-9)


def test_no_pairs_no_bleu():
    assert corpus_bleu([], []) == 0.0
