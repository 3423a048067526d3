"""A bridge to spaCy: an article as a ``Doc`` with figures and activities as span groups.

The pipeline is a blank ``zh`` language whose tokenizer is spaCy's ``ChineseTokenizer`` with
``segmenter="jieba"``: nothing is downloaded. Two components, ``zongjie_figures`` and
``zongjie_activities``, put the records passed in ``doc.user_data`` into ``doc.spans["figures"]`` and
``doc.spans["activities"]``; each span carries its record's fields as extensions (``span._.value``,
``span._.unit``, ``span._.date``, ``span._.record`` …). Token boundaries rarely fall on a figure's
digits (jieba cuts 38家 as one word), so spans are expanded to whole tokens: a span always covers the
record's ``[start, end)``.

spaCy is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from corpus.records import Article
from extract.records import Activity, Figure

FIGURES_KEY = "figures"
ACTIVITIES_KEY = "activities"
_PENDING = "zongjie_pending"  # doc.user_data key the components read their records from

FIGURE_EXTENSIONS = (
    "value",
    "unit",
    "base_value",
    "base_unit",
    "approx",
    "indicator",
    "canonical",
    "target",
    "placeholder",
    "section",
    "topic",
)
ACTIVITY_EXTENSIONS = ("date", "action", "event", "participants")


def _register() -> None:
    """Span extensions and the two components, registered once per process."""
    from spacy.language import Language
    from spacy.tokens import Span

    for name in {*FIGURE_EXTENSIONS, *ACTIVITY_EXTENSIONS, "record", "kind"}:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if "zongjie_figures" not in Language.factories:
        Language.component("zongjie_figures", func=_figures_component)
    if "zongjie_activities" not in Language.factories:
        Language.component("zongjie_activities", func=_activities_component)


def _spans(
    doc: Any, records: Sequence[Figure] | Sequence[Activity], kind: str, fields: Sequence[str]
) -> list[Any]:
    out = []
    for rec in records:
        span = doc.char_span(rec.start, rec.end, alignment_mode="expand")
        if span is None:  # an empty or out-of-range record: nothing to point at
            continue
        for name in fields:
            setattr(span._, name, getattr(rec, name))
        span._.record = rec
        span._.kind = kind
        out.append(span)
    return out


def _figures_component(doc: Any) -> Any:
    figures = doc.user_data.get((_PENDING, FIGURES_KEY), ())
    doc.spans[FIGURES_KEY] = _spans(doc, figures, "figure", FIGURE_EXTENSIONS)
    return doc


def _activities_component(doc: Any) -> Any:
    activities = doc.user_data.get((_PENDING, ACTIVITIES_KEY), ())
    doc.spans[ACTIVITIES_KEY] = _spans(doc, activities, "activity", ACTIVITY_EXTENSIONS)
    return doc


@cache
def pipeline() -> Any:
    """The blank ``zh`` pipeline with the jieba tokenizer and both components (built once)."""
    import spacy

    _register()
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("zongjie_figures")
    nlp.add_pipe("zongjie_activities")
    return nlp


def to_doc(article: Article, figures: Sequence[Figure] = (), activities: Sequence[Activity] = ()) -> Any:
    """``article.text`` as a spaCy ``Doc`` with ``doc.spans["figures"]`` and ``doc.spans["activities"]``."""
    nlp = pipeline()
    doc = nlp.make_doc(article.text)
    doc.user_data[(_PENDING, FIGURES_KEY)] = tuple(figures)
    doc.user_data[(_PENDING, ACTIVITIES_KEY)] = tuple(activities)
    for _, component in nlp.pipeline:
        doc = component(doc)
    # The records stay reachable through span._.record; user_data must not keep them twice.
    del doc.user_data[(_PENDING, FIGURES_KEY)], doc.user_data[(_PENDING, ACTIVITIES_KEY)]
    doc.user_data["source"] = article.source
    return doc
