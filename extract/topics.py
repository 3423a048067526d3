"""Sentence topics: 组织建设 维权 帮扶 劳模 技能竞赛 文体 女职工 经费 安全生产 民主管理 自身建设 宣传教育 问题 计划 其他.

A linear model over hashed character n-grams (scikit-learn's ``HashingVectorizer``, 1–3 characters)
decides each sentence. Only the model's weights ship (``models/topics.npz``): hashed columns, never
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

from corpus.errors import ZongjieError

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
N_FEATURES = 2**18
NGRAMS = (1, 3)
SHORT = 16  # characters: below this the cue words decide when one matches
CUE_WEIGHT = 0.6  # added to a topic's score per cue word found in a long sentence (scores are log-odds)
# Digits carry no topic; one class for all of them lets 38家 and 12家 share n-grams.
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_SPACE = re.compile(r"\s+")


class TopicModelError(ZongjieError):
    """The shipped topic model is missing or unreadable."""


def prepare(sentence: str) -> str:
    """The text the model sees: digits folded to 0, whitespace dropped."""
    return _SPACE.sub("", _DIGITS.sub("0", sentence))


def vectorizer() -> Any:
    """The feature map shared by training and prediction (stateless: nothing to store)."""
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(
        analyzer="char",
        ngram_range=NGRAMS,
        n_features=N_FEATURES,
        alternate_sign=False,
        norm="l2",
        lowercase=True,
    )


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
    import yaml

    raw = yaml.safe_load(resources.files("extract").joinpath("lexicons/topics.yaml").read_text("utf-8"))
    return {topic: tuple(words or ()) for topic, words in raw["topics"].items()}


def cue_counts(sentence: str) -> dict[str, int]:
    """How many cue words of each topic occur in ``sentence`` (topics with none left out)."""
    counts = {}
    for topic, words in _cues().items():
        n = sum(1 for w in words if w in sentence)
        if n:
            counts[topic] = n
    return counts


@cache
def _dense_weights() -> Any:
    """The stored columns scattered into a full (N_FEATURES, n_classes) matrix, built once (16 MB)."""
    import numpy as np

    model = _model()
    full = np.zeros((N_FEATURES, len(model.classes)), dtype=np.float32)
    full[model.columns] = model.weights
    return full


def scores(texts: Sequence[str]) -> tuple[tuple[str, ...], Any]:
    """The model's score of every topic for every text: (classes, array of shape (n, n_classes))."""
    model = _model()
    x = vectorizer().transform([prepare(t) for t in texts])
    return model.classes, x @ _dense_weights() + model.bias


def decide(sentence: str, row: Any, classes: Sequence[str]) -> str:
    """One sentence's topic from the model's scores ``row`` (over ``classes``) and the cue words."""
    if not prepare(sentence):
        return OTHER
    cues = cue_counts(sentence)
    if cues and len(prepare(sentence)) < SHORT:
        return max(cues, key=lambda t: (cues[t], -TOPICS.index(t)))
    row = row.copy()
    for i, topic in enumerate(classes):
        row[i] += CUE_WEIGHT * cues.get(topic, 0)
    return str(classes[int(row.argmax())])


def topics(texts: Iterable[str]) -> list[str]:
    """The topic of each sentence, batched: one sparse product for all of them."""
    items = list(texts)
    if not items:
        return []
    classes, raw = scores(items)
    return [decide(text, row, classes) for text, row in zip(items, raw, strict=True)]


def topic_of(sentence: str) -> str:
    """The topic of one sentence, e.g. 为困难职工发放慰问金 → 帮扶."""
    return topics([sentence])[0]
