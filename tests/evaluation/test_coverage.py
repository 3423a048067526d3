from __future__ import annotations

import pytest

from evaluation.coverage import section_coverage, strip_marker


@pytest.mark.parametrize(
    ("heading", "core"),
    [("一、积极协调劳动关系。", "积极协调劳动关系"), ("（二）加强宣传教育", "加强宣传教育"), ("3. 做好困难职工帮扶", "做好困难职工帮扶"),
     ("第四部分 下半年工作打算", "下半年工作打算"), ("2024年工作回顾", "2024年工作回顾")],
)
def test_strip_marker(heading, core):
    assert strip_marker(heading) == core


def test_covered_by_heading_or_by_content():
    ref = ["一、组织建设扎实推进", "二、困难职工帮扶", "三、下半年工作打算"]
    draft_text = "今年工会组织建设成效明显。积极开展送温暖活动。"
    draft_headings = ["一、组织建设稳步推进"]  # 组织建设…推进: heading F1 ≥ 0.5
    cov = section_coverage(ref, draft_text, draft_headings)
    # 困难职工帮扶: content words 困难 职工 帮扶 absent from the draft; 下半年 工作 打算 absent too
    assert cov.covered == ("一、组织建设扎实推进",)
    assert cov.missed == ("二、困难职工帮扶", "三、下半年工作打算")
    assert cov.share == pytest.approx(1 / 3)
    talked = section_coverage(ref, draft_text + "做好困难职工帮扶工作。")
    assert "二、困难职工帮扶" in talked.covered


def test_no_reference_sections_no_coverage():
    assert section_coverage([], "任何文字").share is None
