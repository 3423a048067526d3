"""extract → draft → extract on every seed article: the draft adds no figure and loses almost none."""

from __future__ import annotations

from collections import Counter

from generate.compose import compose
from generate.data import data_from_records
from generate.errors import DataError


def test_round_trip_on_seeds(seeds_dir):
    from corpus import load
    from extract import extract_article, figures_in

    want_total = back_total = extra_total = got_total = 0
    articles = 0
    for a in load([seeds_dir]):
        assert hasattr(a, "text"), a
        try:
            data = data_from_records(extract_article(a).records(), a.source)
        except DataError:
            continue  # an article with nothing to report
        articles += 1
        draft = compose(data)
        want = Counter((float(f.value), f.unit) for f in data.figures)
        got = Counter(
            (float(f.value), f.unit)
            for f in figures_in(draft.text)
            if f.value is not None and not f.placeholder
        )
        want_total += sum(want.values())
        got_total += sum(got.values())
        back_total += sum((want & got).values())
        extra_total += sum((got - want).values())
    assert articles >= 5
    assert extra_total == 0, f"{extra_total} of {got_total} draft figures are not in the data"
    assert back_total / want_total >= 0.98, f"{back_total}/{want_total} data figures came back"
