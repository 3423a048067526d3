from __future__ import annotations

import pytest

from evaluation.text import CHARS, WORDS, prepare, visible_length


@pytest.mark.parametrize(
    ("raw", "prepared"),
    [
        ("新建工會組織３８家", "新建工会组织38家"),  # traditional + full-width digits
        ("推行率達９０％", "推行率达90%"),
        ("發放慰問金４１萬元，", "发放慰问金41万元,"),  # full-width comma → ASCII under NFKC
        ("净增会员3581人", "净增会员3581人"),  # already clean: unchanged
    ],
)
def test_prepare(raw, prepared):
    assert prepare(raw) == prepared


def test_char_tokens_keep_punctuation_drop_whitespace():
    assert CHARS.tokenize("一是 38家，\n共2人。") == ["一", "是", "3", "8", "家", "，", "共", "2", "人", "。"]


def test_word_tokens_are_jieba_words_without_spaces():
    words = WORDS.tokenize("新建工会组织 38家")
    assert "".join(words) == "新建工会组织38家"
    assert "工会" in words or "工会组织" in words
    assert all(w.strip() for w in words)


def test_visible_length():
    assert visible_length(" 工会\n 38家 ") == 5
