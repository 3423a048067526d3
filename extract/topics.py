"""Sentence topics: 组织建设 维权 帮扶 劳模 技能竞赛 文体 女职工 经费 安全生产 民主管理 自身建设 宣传教育 问题 计划 其他.

A linear model (scikit-learn's logistic regression) over hashed character 1–3-grams decides each
sentence. The n-grams are hashed by ``features`` in numpy, all sentences of an article at once: the
same feature map as scikit-learn's ``HashingVectorizer`` (counts, each row scaled to unit length)
with a multiplicative hash instead of murmur, and twenty times faster, because the classifier sits on
the hot path of every extraction. Only the model's weights ship (``models/topics.npz``): hashed columns, never
an n-gram vocabulary, so no text of the pages it was trained on is in the package. Short sentences
(headings such as 三是召开劳模座谈会) carry too few n-grams for the model, so the cue words of
``lexicons/topics.yaml`` decide them, and nudge the model's scores on longer ones.

``extract/train_topics.py`` retrains the model from ``labels/topics.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from extract.errors import TopicModelError
from extract.lexicon import alternation, starts

TOPICS: tuple[str, ...] = (
    "组织建设",
    "维权",
    "帮扶",
    "劳模",
    "技能竞赛",
    "文体",
    "女职工",
    "经费",
    "安全生产",
    "民主管理",
    "自身建设",
    "宣传教育",
    "问题",
    "计划",
    "其他",
)
OTHER = "其他"
MODEL_PATH = "models/topics.npz"
_BITS = 18
N_FEATURES = 2**_BITS
NGRAM_ORDERS = (1, 2, 3)
_BASE = 0x110000  # one more than the largest code point
_MIX = 0x9E3779B97F4A7C15  # 2⁶⁴/φ, odd: spreads consecutive codes over the whole range
_SALT = {1: 0, 2: 0x51ED270B, 3: 0x2545F491}  # so that a 1-gram and a 2-gram rarely share a column
SHORT = 16  # characters: below this the cue words decide when one matches
CUE_WEIGHT = 0.6  # added to a topic's score per cue word found in a long sentence (scores are log-odds)
# Digits carry no topic; one class for all of them lets 38家 and 12家 share n-grams.
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def prepare(sentence: str) -> str:
    """The text the model sees: digits folded to 0, whitespace dropped, Latin letters lower-cased. (str.split
    cuts at the characters ``\\s`` matches, str.isspace's; a split and a join drop them faster than a sub.)"""
    return "".join(_DIGITS.sub("0", sentence).split()).lower()


_JOIN = "\x00"  # no whitespace, no digit, no case: ``prepare`` leaves it as it is, and no sentence holds one


def _prepare_all(texts: Sequence[str]) -> list[str]:
    """``[prepare(t) for t in texts]``, the substitutions run once over the texts joined (a sentence's worth of
    work each is mostly the calls); texts holding the joiner are prepared one by one."""
    joined = _JOIN.join(texts)
    if joined.count(_JOIN) != max(len(texts) - 1, 0):
        return [prepare(t) for t in texts]
    return prepare(joined).split(_JOIN) if texts else []


def _hashed(texts: Sequence[str]) -> tuple[Any, Any]:
    """(row, hashed column) of every character 1-, 2- and 3-gram of every text, in no useful order.

    An n-gram's code is its code points in base ``_BASE`` (bigger than any code point, so distinct
    n-grams of one order have distinct codes); the column is the top ``_BITS`` bits of (code + the
    order's salt) × ``_MIX`` mod 2⁶⁴ (Fibonacci hashing). N-grams never cross two texts.
    """
    import numpy as np

    lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
    codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    row = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    rows, cols = [], []
    gram = codes
    for n in NGRAM_ORDERS:
        if n == 1:
            keep = slice(None)
        else:
            gram = gram[:-1] * np.uint64(_BASE) + codes[n - 1 :]
            keep = row[: len(gram)] == row[n - 1 :]
        hashed = ((gram[keep] + np.uint64(_SALT[n])) * np.uint64(_MIX)) >> np.uint64(64 - _BITS)
        rows.append(row[: len(gram)][keep])
        cols.append(hashed.astype(np.int64))
    return np.concatenate(rows), np.concatenate(cols)


def _counts(texts: Sequence[str]) -> tuple[Any, Any, Any, Any]:
    """(row, column, count, row norm) of every distinct (text, hashed n-gram), sorted by row."""
    import numpy as np

    rows, cols = _hashed(texts)
    keys = rows * N_FEATURES + cols
    if len(texts) * N_FEATURES <= np.iinfo(np.int32).max:
        keys = keys.astype(np.int32)  # the same order, sorted twice as fast (a chunk of 2,048 texts fits)
    keys, counts = np.unique(keys, return_counts=True)
    row = keys // N_FEATURES
    count = counts.astype(np.float32)
    norm = np.sqrt(np.bincount(row, weights=count * count, minlength=len(texts))).astype(np.float32)
    return row, keys % N_FEATURES, count, norm


def features(texts: Sequence[str]) -> Any:
    """The feature matrix (len(texts) × N_FEATURES, sparse) of already ``prepare``d texts, for training."""
    from scipy.sparse import csr_matrix

    row, col, count, norm = _counts(texts)
    return csr_matrix((count / norm[row], (row, col)), shape=(len(texts), N_FEATURES))


@dataclass(frozen=True, slots=True)
class _Model:
    classes: tuple[str, ...]
    columns: Any  # int32 hashed column of each kept feature
    weights: Any  # float32 (len(columns), n_classes)
    bias: Any  # float32 (n_classes,)


@cache
def _model() -> _Model:
    import numpy as np

    ref = resources.files("extract").joinpath(MODEL_PATH)
    try:
        with ref.open("rb") as fh, np.load(fh, allow_pickle=False) as npz:
            return _Model(
                classes=tuple(str(c) for c in npz["classes"]),
                columns=npz["columns"].astype(np.int64),
                weights=npz["weights"].astype(np.float32),
                bias=npz["bias"].astype(np.float32),
            )
    except (OSError, KeyError, ValueError) as exc:
        raise TopicModelError(f"extract/{MODEL_PATH}: cannot load the topic model ({exc})") from exc


@cache
def _cues() -> dict[str, tuple[str, ...]]:
    from corpus.lexicons import load

    raw = load("extract", "lexicons/topics.yaml")
    return {topic: tuple(words or ()) for topic, words in raw["topics"].items()}


@cache
def _cue_finder() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, str], ...]]]:
    """One pattern finding, at every position, the longest cue word that starts there, and for each
    cue word every (topic, cue word) it contains as a prefix: together they give every cue word present
    in one scan instead of one ``in`` test per word."""
    words = {w for ws in _cues().values() for w in ws}
    pattern = re.compile(starts(words) + "(?=(" + alternation(words) + "))")  # longest first
    prefixes = {
        w: tuple((t, c) for t, ws in _cues().items() for c in ws if w.startswith(c)) for w in words
    }
    return pattern, prefixes


@cache
def _any_cue() -> re.Pattern[str]:
    """Any cue word: an alternation of words, which the engine scans for by the words' first characters."""
    return re.compile(alternation(w for ws in _cues().values() for w in ws))


def cue_counts(sentence: str) -> dict[str, int]:
    """How many cue words of each topic occur in ``sentence`` (topics with none left out)."""
    pattern, prefixes = _cue_finder()
    if not _any_cue().search(sentence):
        return {}  # most sentences: one scan (led by the words' first characters) instead of a try at every position
    found = {pair for m in pattern.finditer(sentence) for pair in prefixes[m.group(1)]}
    counts: dict[str, int] = {}
    for topic, _ in found:
        counts[topic] = counts.get(topic, 0) + 1
    return counts


@cache
def _dense_weights() -> Any:
    """The stored columns scattered into a full (N_FEATURES, n_classes) matrix (16 MB): the plain product's
    weights, which the tests check ``_raw_scores`` against."""
    import numpy as np

    model = _model()
    full = np.zeros((N_FEATURES, len(model.classes)), dtype=np.float32)
    full[model.columns] = model.weights
    return full


@cache
def _weights_by_column() -> tuple[Any, Any]:
    """(row of each hashed column in the weights, the weights with a row of zeros last): the columns the
    model does not keep point at the zeros. Gathering from these 2 MB instead of a dense (N_FEATURES,
    n_classes) matrix of 16 MB gives the same rows, and stays in the cache."""
    import numpy as np

    model = _model()
    row = np.full(N_FEATURES, len(model.columns), dtype=np.int32)
    row[model.columns] = np.arange(len(model.columns), dtype=np.int32)
    zeros = np.zeros((1, len(model.classes)), dtype=np.float32)
    return row, np.concatenate([model.weights, zeros])


def scores(texts: Sequence[str]) -> tuple[tuple[str, ...], Any]:
    """The model's score of every topic for every text: (classes, array of shape (n, n_classes))."""
    return _model().classes, _raw_scores([prepare(t) for t in texts])


def _raw_scores(prepared: Sequence[str]) -> Any:
    """The same product as ``features(prepared) @ weights + bias``, without building the sparse
    matrix: each row's weights are gathered, scaled by their counts and summed in one ``reduceat``."""
    import numpy as np

    model = _model()
    out = np.zeros((len(prepared), len(model.classes)), dtype=np.float32)
    row, col, count, norm = _counts(prepared)
    if len(row):
        filled = np.flatnonzero(norm > 0)
        starts = np.searchsorted(row, filled)
        row_of, weights = _weights_by_column()
        # take: the same rows as weights[row_of[col]], gathered faster than by fancy indexing; scaled in place
        # (the same products, without a second array of them)
        gathered = weights.take(row_of[col], axis=0)
        gathered *= count[:, None]
        sums = np.add.reduceat(gathered, starts, axis=0)
        out[filled] = sums / norm[filled, None]
    return out + model.bias


def _decide_all(texts: Sequence[str], prepared: Sequence[str], raw: Any, classes: Sequence[str]) -> list[str]:
    """Each sentence's topic from the model's scores and the cue words: cue words alone decide short
    sentences (headings) that hold one; on longer ones each cue word adds ``CUE_WEIGHT`` to its topic."""
    import numpy as np

    column = {c: i for i, c in enumerate(classes)}
    raw = np.array(raw, dtype=np.float32)  # a copy: the cue words are added in place
    fixed: dict[int, str] = {}
    for i, (text, ready) in enumerate(zip(texts, prepared, strict=True)):
        if not ready:
            fixed[i] = OTHER
            continue
        cues = cue_counts(text)
        if not cues:
            continue
        if len(ready) < SHORT:
            fixed[i] = max(cues, key=lambda t: (cues[t], -TOPICS.index(t)))
            continue
        for topic, n in cues.items():
            j = column.get(topic)
            if j is not None:
                raw[i, j] += CUE_WEIGHT * n
    best: list[int] = raw.argmax(axis=1).tolist() if len(raw) else []  # Python ints, not numpy scalars, to index
    names = [str(c) for c in classes]
    return [fixed.get(i) or names[b] for i, b in enumerate(best)]


def decide(sentence: str, row: Any, classes: Sequence[str]) -> str:
    """One sentence's topic from the model's scores ``row`` (over ``classes``) and the cue words."""
    return _decide_all([sentence], [prepare(sentence)], row[None, :], classes)[0]


_CHUNK = 2048  # sentences scored at once: the gathered weights take (their n-grams × topics) floats


def topics(texts: Iterable[str]) -> list[str]:
    """The topic of each sentence, batched: one product per 2,048 sentences."""
    items = list(texts)
    out: list[str] = []
    for i in range(0, len(items), _CHUNK):
        chunk = items[i : i + _CHUNK]
        prepared = _prepare_all(chunk)
        out += _decide_all(chunk, prepared, _raw_scores(prepared), _model().classes)
    return out


def topic_of(sentence: str) -> str:
    """The topic of one sentence, e.g. 为困难职工发放慰问金 → 帮扶."""
    return topics([sentence])[0]
