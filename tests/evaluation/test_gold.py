from __future__ import annotations

import json

import pytest

from evaluation.errors import EvaluationError
from evaluation.gold import parse_gold, read_gold
from tests.conftest import GOLD


def test_annotation_guide_form_with_quote():
    line = json.dumps({"file": "archive/a.txt", "value": 38, "unit": "家", "approx": None,
                       "indicator": ["新建工会组织", "新建工会"], "target": False, "placeholder": False,
                       "optional": False, "quote": "新建工會組織38家"}, ensure_ascii=False)
    [g] = parse_gold([line], "g.jsonl")
    assert (g.file, g.value, g.unit, g.indicator, g.quote, g.start) == (
        "a.txt", 38, "家", ("新建工会组织", "新建工会"), "新建工會組織38家", None)


def test_project_form_with_offsets_reads_every_gold_file():
    files = sorted(GOLD.glob("*/*.jsonl"))
    assert files
    for path in files:
        figures = read_gold(path)
        assert figures, path
        assert all(g.start is not None and g.end is not None and g.start <= g.end for g in figures)
        assert all(g.placeholder or g.value is not None for g in figures)


def test_offsets_point_at_the_number_in_the_seed(seeds_dir):
    text = (seeds_dir / "000_d04feb335f6f5bcc.txt").read_text(encoding="utf-8")
    figures = [g for g in read_gold(GOLD / "seeds" / "000_d04feb335f6f5bcc.jsonl") if not g.placeholder]
    arabic = [g for g in figures if text[g.start : g.end].isdigit()]
    assert len(arabic) > 50
    assert all(float(text[g.start : g.end]) == g.value for g in arabic)


def test_indicator_as_a_single_string_and_placeholder_without_value():
    [g] = parse_gold(['{"file": "b.txt", "value": null, "unit": "人", "indicator": "会员", "placeholder": true}'], "g")
    assert (g.value, g.indicator, g.placeholder) == (None, ("会员",), True)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("{not json", "not JSON"),
        ('{"value": 38, "unit": "家"}', "no 'file'"),
        ('{"file": "a.txt", "value": null, "unit": "家"}', "no numeric 'value'"),
        ('{"file": "a.txt", "value": 3, "unit": "家", "approx": "more"}', "approx must be"),
        ('{"file": "a.txt", "value": 3, "unit": "家", "start": -1}', "offset"),
    ],
)
def test_bad_lines_name_file_and_line(line, reason):
    with pytest.raises(EvaluationError) as info:
        parse_gold(["", line], "gold.jsonl")
    assert str(info.value).startswith("gold.jsonl:2: ")
    assert reason in str(info.value)
