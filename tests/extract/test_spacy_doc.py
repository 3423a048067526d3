"""The spaCy bridge: figures and activities as span groups over a jieba-tokenised Doc."""

from __future__ import annotations

import pytest

from corpus.records import Article
from extract.activities import find_activities
from extract.records import Figure
from extract.spacy_doc import to_doc
from tests.grounding import figure_at

pytest.importorskip("spacy")

TEXT = "截至6月20日,全市共新建工会组织38家,净增会员3581人。4月29日举办了全市职工保龄球比赛,参赛职工120人。"


def _figure(number: str, unit: str, indicator: str) -> Figure:
    return figure_at(TEXT, number, unit, indicator, sentence=TEXT)


FIGURES = [
    _figure("38", "家", "新建工会组织"),
    _figure("3581", "人", "净增会员"),
    _figure("120", "人", "参赛职工"),
]


def test_every_figure_span_covers_its_number() -> None:
    article = Article(source="invented.txt", text=TEXT, year=2006)
    activities = find_activities(article, FIGURES)
    doc = to_doc(article, FIGURES, activities)
    assert doc.text == TEXT
    spans = list(doc.spans["figures"])
    assert len(spans) == len(FIGURES)
    for span, fig in zip(spans, FIGURES, strict=True):
        assert span.start_char <= fig.start and fig.end <= span.end_char
        assert TEXT[fig.start : fig.end] in span.text
        assert (span._.value, span._.unit, span._.indicator) == (fig.value, fig.unit, fig.indicator)
        assert span._.record is fig and span._.kind == "figure"
    (act_span,) = doc.spans["activities"]
    (act,) = activities
    assert act_span.start_char <= act.start and act.end <= act_span.end_char
    assert (act_span._.date, act_span._.action, act_span._.event) == (
        "2006-04-29",
        "举办",
        "全市职工保龄球比赛",
    )


def test_tokens_come_from_jieba_and_nothing_is_left_behind() -> None:
    doc = to_doc(Article(source="s", text="我会组织召开了基层工会主席会议"))
    assert "工会主席" in [t.text for t in doc] or "会议" in [t.text for t in doc]
    assert list(doc.spans["figures"]) == [] and list(doc.spans["activities"]) == []
    assert set(doc.user_data) == {"source"}
