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
    # no new value: never silently kept; its clause stands apart, so it goes, and the review says so
    assert "走访困难职工" not in text and STALE not in text
    assert any("走访困难职工120户" in r and r.startswith("已删去") for r in d.review)
    assert "2025年上半年" in text and "2024" not in text
    for p in d.placed:
        assert text[p.start : p.end] == f"{p.figure.value:g}"
    assert d.blocks[-1].text == "2025年7月1日"


def test_like_with_a_real_report(seeds_dir):
    """Last year's report of ../shared and new data we wrote: surviving slots hold the new figures
    of their own indicators, no old figure or date stays, the data's problems and plans are in."""
    import re

    from corpus import load
    from extract import figures_in
    from generate.like import STALE, redraft

    art = next(a for a in load([str(seeds_dir / "000_d04feb335f6f5bcc.txt")]) if a.source.endswith("article=2"))
    new = data_from_mapping(
        {
            "org": "湘乡市总工会",
            "period": "2025H1",
            "topics": [
                {"name": "组织建设", "figures": [
                    {"indicator": "新建工会组织", "value": 45, "unit": "家"},
                    {"indicator": "净增会员", "value": 3900, "unit": "人"},
                    {"indicator": "农民工工会组织", "value": 9, "unit": "家"}]},
                {"name": "帮扶", "figures": [
                    {"indicator": "筹措解困资金", "value": 260.5, "unit": "万元"},
                    {"indicator": "帮扶困难职工", "value": 4300, "unit": "户"},
                    {"indicator": "救助困难职工", "value": 301, "unit": "户"}]},
                {"name": "宣传", "figures": [{"indicator": "悬挂宣传横幅", "value": 170, "unit": "条"}]},
            ],
            "problems": ["非公企业建会进度不平衡。"],
            "plans": ["推进农民工入会。"],
            "signature": {"org": "湘乡市总工会", "date": "2025-07-05"},
        }
    )
    old = [f for f in figures_in(art.text) if f.value is not None]
    d = redraft(art, new)
    text = d.text
    for phrase in ("新建工会组织45家", "净增会员3900人", "农民工工会组织9家", "筹措解困资金260.5万元",
                   "帮扶困难职工4300户", "救助困难职工301户", "宣传横幅170条"):
        assert phrase in text
    for p in d.placed:  # every number stands where its own indicator is written
        assert text[p.start : p.end] == f"{p.figure.value:g}"
        assert p.figure.indicator[-2:] in text[max(0, p.start - 12) : p.start]
    news = {(float(q.value), q.unit) for q in new.figures}
    stayed = [f.text for f in figures_in(text) if f.value is not None and (float(f.value), f.unit) not in news
              and any((float(o.value), o.unit) == (float(f.value), f.unit) for o in old)]
    assert not [s for s in stayed if not re.search(r"\d+号|\[", s)], stayed  # document numbers (湘工发14号) stay
    assert not re.search(r"\d{1,2}月\d{1,2}日", text.split("\n", 1)[1].rsplit("\n", 1)[0])
    assert "非公企业建会进度不平衡" in text and "推进农民工入会" in text
    assert d.blocks[0].text == "湘乡市总工会2025年上半年工作总结"
    assert d.blocks[-1].text == "2025年7月5日"
    assert not re.search(r"[\u4e00-\u9fff][,;:][\u4e00-\u9fff]", text)  # full-width kept
    assert any(r.startswith("已删去") for r in d.review) and any(r.startswith("核对") for r in d.review)
    assert STALE in text and any(r.startswith("待填") for r in d.review)
    # last year's events stay only where the review names them: 全市职工保龄球比赛 was held last year
    assert any("保龄球比赛" in r for r in d.review if r.startswith("核对"))


def test_like_with_a_run_on_report_keeps_its_words(seeds_dir):
    """A report whose first line runs into its text (no title line): the text stays, the title is
    the data's, a name the reader only guessed (围绕镇政府) is not replaced, 十月底 becomes ×月底."""
    path = seeds_dir.parent / "corpora" / "genres" / "21_xiangzhengonghui.txt"
    from corpus import load
    from generate.like import redraft

    art = next(iter(load([str(path)])))
    data = data_from_mapping(
        {"org": "黄家埠镇总工会", "period": "2025", "topics": [
            {"name": "组织建设", "figures": [{"indicator": "新增会员", "value": 3900, "unit": "人"}]}]}
    )
    d = redraft(art, data)
    assert d.blocks[0].text == "黄家埠镇总工会2025年工作总结"
    assert "围绕镇政府中心工作" in d.text and "截止×月底" in d.text and "十月底" not in d.text
    assert "新增会员3900人" in d.text and "4512" not in d.text
