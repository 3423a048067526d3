from __future__ import annotations

from generate.data import data_from_mapping

LAST_YEAR = (
    "东湖镇总工会2024年上半年工作总结\n"
    "2024年上半年，镇总工会围绕中心工作，扎实推进各项任务。\n"
    "一、组织建设\n"
    "上半年新建工会组织12家，发展会员860人。\n"
    "二、帮扶工作\n"
    "节日期间发放慰问金15万元，走访困难职工120户。\n"
)

DATA = data_from_mapping(
    {
        "org": "东湖镇总工会",
        "period": "2025H1",
        "topics": [
            {
                "name": "组织建设",
                "figures": [
                    {"indicator": "新建工会组织", "value": 15, "unit": "家"},
                    {"indicator": "发展会员", "value": 940, "unit": "人"},
                ],
            },
            {"name": "帮扶", "figures": [{"indicator": "慰问金", "value": 18.5, "unit": "万元"}]},
        ],
        "signature": {"org": "东湖镇总工会", "date": "2025-07-01"},
    }
)


def _article(text):
    from corpus.articles import split_document
    from corpus.records import Document

    return split_document(Document(source="last.txt", text=text, format="txt"))[0]


def test_like_puts_new_figures_in_old_places():
    from generate.like import STALE, redraft

    d = redraft(_article(LAST_YEAR), DATA)
    text = d.text
    assert "新建工会组织15家" in text and "发展会员940人" in text and "发放慰问金18.5万元" in text
    assert f"走访困难职工{STALE}户" in text  # no new value: never silently kept
    assert any("120户" in n for n in d.notes)
    assert "2025年上半年" in text and "2024" not in text
    for p in d.placed:
        assert text[p.start : p.end] == f"{p.figure.value:g}"
    assert d.blocks[-1].text == "2025年7月1日"
