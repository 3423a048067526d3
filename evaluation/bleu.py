"""BLEU through sacrebleu itself (``tokenize="zh"``), on texts already prepared.

sacrebleu is the reference implementation, so we call it rather than re-derive it. One pair gets
``sentence_bleu`` (effective n-gram order, exponential smoothing: the figure sacrebleu prints for one
hypothesis); a set of pairs gets ``corpus_bleu``, which pools the n-gram counts of all pairs.
Both are on sacrebleu's 0–100 scale.
"""

from __future__ import annotations

from collections.abc import Sequence


def sentence_bleu(candidate: str, reference: str) -> float:
    import sacrebleu  # heavy-ish: imports its tokenizers and regex tables

    return float(sacrebleu.sentence_bleu(candidate, [reference], tokenize="zh").score)


def corpus_bleu(candidates: Sequence[str], references: Sequence[str]) -> float:
    """Pooled BLEU of aligned pairs (``references[i]`` is the one reference of ``candidates[i]``)."""
    import sacrebleu

    if not candidates:
        return 0.0
    return float(sacrebleu.corpus_bleu(list(candidates), [list(references)], tokenize="zh").score)
