"""Sentence topics: the shipped model plus the cue-word prior."""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.topics import TOPICS, cue_counts, topic_of, topics


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("三是召开劳模座谈会。", "劳模"),
        ("上半年为困难职工发放慰问金41万元,慰问困难职工1159户。", "帮扶"),
        ("新建工会组织38家,净增会员3581人。", "组织建设"),
        ("举办全市职工篮球赛,12支代表队参赛。", "文体"),
        ("组织女职工参加健康体检。", "女职工"),
        ("开展安康杯竞赛,排查事故隐患31处。", "安全生产"),
        ("全市企业职代会建制率达90%,厂务公开推行率达85%。", "民主管理"),
        ("接待职工来信来访20件次,调处劳动争议5起。", "维权"),
        ("举办职工技能大赛,600名职工参加焊工、电工比武。", "技能竞赛"),
        ("市总机关开展作风建设,加强工会干部队伍建设。", "自身建设"),
        ("开展工人阶级宣传月活动,悬挂横幅158条。", "宣传教育"),
        ("工会经费收缴工作还存在较大差距,部分企业拒不缴纳。", "经费"),
        ("四、下一步工作打算", "计划"),
        ("三、存在的问题", "问题"),
    ],
)
def test_topic_of_invented_sentences(sentence: str, topic: str) -> None:
    assert topic_of(sentence) == topic


def test_batched_equals_one_by_one_and_every_answer_is_a_topic() -> None:
    sentences = [
        "新建工会组织38家。",
        "举办职工篮球赛。",
        "",
        "天气晴朗,万里无云,大家心情很好,一起去公园散步。",
    ]
    batch = topics(sentences)
    assert batch == [topic_of(s) for s in sentences]
    assert set(batch) <= set(TOPICS)
    assert topics([]) == []
    assert topic_of("   ") == "其他"


def test_cues_count_words_per_topic() -> None:
    assert cue_counts("为困难职工送温暖") == {"帮扶": 2}
    assert cue_counts("天气晴朗") == {}


def test_labels_point_into_the_seed_pages(seeds_dir: Path) -> None:
    from extract.train_topics import LABELS, load_labelled

    sentences, labels, files = load_labelled(seeds_dir, LABELS)
    assert len(sentences) >= 700 and set(labels) <= set(TOPICS)
    assert all(s.strip() for s in sentences)
    assert len(set(files)) == 4
    # The shipped model agrees with most of its own training labels (it is not a stub).
    agree = sum(p == y for p, y in zip(topics(sentences), labels, strict=True)) / len(labels)
    assert agree > 0.8


def test_fast_scores_equal_the_sparse_product_the_model_was_trained_on() -> None:
    import numpy as np

    from extract.topics import _dense_weights, _model, features, prepare, scores

    texts = ["新建工会组织38家,净增会员3581人。", "", "举办职工篮球赛篮球赛", "a", "劳模劳模劳模座谈会"]
    x = features([prepare(t) for t in texts])
    assert np.allclose(np.asarray(x.multiply(x).sum(axis=1)).ravel(), [1, 0, 1, 1, 1])
    # 篮球赛 twice: a count of 2 in one column, not two columns
    assert x[2].nnz < len("举办职工篮球赛篮球赛") * 3
    _, fast = scores(texts)
    assert np.allclose(fast, x @ _dense_weights() + _model().bias, atol=1e-5)


def test_cue_counts_count_each_cue_word_once_even_inside_a_longer_one() -> None:
    from extract.topics import _cues

    sentence = "召开劳模座谈会,表彰劳动模范和先进工作者。"
    expected: dict[str, int] = {}
    for topic, words in _cues().items():
        n = sum(1 for w in words if w in sentence)
        if n:
            expected[topic] = n
    assert expected and cue_counts(sentence) == expected


def test_sentences_prepared_together_are_prepared_as_one_by_one() -> None:
    from extract.topics import _prepare_all, prepare

    texts = ["新建工会组织38家, 净增会员3 581人。", "", "ΑΣ", "Σ 2.5万", "PM2.5\t下降", "a\x00b 1"]  # a NUL: one by one
    assert _prepare_all(texts) == [prepare(t) for t in texts]
    assert _prepare_all(texts[:5]) == [prepare(t) for t in texts[:5]]
    assert _prepare_all([]) == []
