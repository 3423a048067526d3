"""Records read as the source writes them (CONTRACT.md): its own punctuation and full-width characters,
in simplified characters, at the offsets of the normalised text the extractor matches on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpus
from corpus.normalise import normalise, to_simplified
from corpus.records import Article, Failure
from extract import extract_article
from extract.render import build_page
from tests.conftest import ROOT, SHARED

SAMPLES = ROOT / "samples" / "reports"
GBK = SAMPLES / "柳溪镇总工会2024年工作总结-GBK.txt"
QINGCHUAN = SAMPLES / "青川县总工会2025年上半年工作总结.txt"
# Written for this test: a trade union's summary in traditional script, full-width digits and punctuation.
TRADITIONAL = (
    "青川縣總工會2025年工作總結\n\n"
    "一、組織建設\n\n"
    "（一）擴大覆蓋面。全年新建工會組織３８家，發展會員1200人，組建率達96.5％。\n\n"
    "（二）服務職工。發放慰問金41萬元（其中政府籌集20.5萬元），4月10日召開職工代表大會，參會代表150人。\n"
)


def _articles(path: Path) -> list[Article]:
    items = list(corpus.load([str(path)]))
    assert not [i for i in items if isinstance(i, Failure)]
    return [i for i in items if isinstance(i, Article)]


def _as_read(path: Path) -> str:
    from corpus.readers.encoding import decode

    return decode(path.read_bytes(), str(path))[0]


def test_gbk_sample_records_keep_its_punctuation() -> None:
    source = _as_read(GBK)
    (article,) = _articles(GBK)
    result = extract_article(article)
    assert len(article.display) == len(article.text) and article.display != article.text
    assert result.figures
    for f in result.figures:
        # the number as written, at the offsets extraction found in the normalised text
        assert normalise(article.display[f.start : f.end]) == article.text[f.start : f.end]
        assert f.sentence in source and f.text in source
        assert "," not in f.sentence and f.sentence.endswith(("。", "；", "！"))
    commas = [f for f in result.figures if "，" in f.sentence]
    assert commas, "the sample's sentences hold ，"
    fig = next(f for f in result.figures if f.value == 436)
    assert fig.sentence == "全年新建企业工会8家，发展会员436人，全镇已建工会企业达到64家，职工入会率达92%。"
    assert fig.section == "一、组织建设"
    assert article.title == "柳溪镇总工会2024年工作总结"


def test_traditional_text_reads_simplified_with_its_own_full_width_characters(tmp_path: Path) -> None:
    path = tmp_path / "總結.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    (article,) = _articles(path)
    assert article.title == "青川县总工会2025年工作总结"
    result = extract_article(article)
    by_value = {f.value: f for f in result.figures}
    f38 = by_value[38]
    assert article.display[f38.start : f38.end] == "３８" and article.text[f38.start : f38.end] == "38"
    assert f38.text == "新建工会组织３８家" and f38.unit == "家"
    assert f38.sentence == "全年新建工会组织３８家，发展会员1200人，组建率达96.5％。"
    assert "，" in f38.sentence and "３８" in f38.sentence
    assert f38.section.startswith("一、组织建设 > （一）扩大覆盖面")
    share = by_value[96.5]
    assert article.display[share.start : share.end] == "96.5" and share.text.endswith("96.5％")
    part = by_value[20.5]
    assert "（其中政府筹集20.5万元）" in part.sentence
    (activity,) = result.activities
    assert activity.date == "2025-04-10" and "，" in activity.sentence and "職" not in activity.sentence


def test_traditional_pages_of_the_genres_corpus_read_as_written() -> None:
    folder = SHARED / "corpora" / "genres"
    if not folder.is_dir():
        pytest.skip(f"the genres corpus is not at {folder} (it lives in ../shared, beside the checkout)")
    checked = 0
    for name in ("07_xianzhengfugongzuobaogao.txt", "20_xianzonggonghui.txt"):
        path = folder / name
        written = to_simplified(path.read_text("utf-8"))
        assert written != path.read_text("utf-8")  # the page is in traditional script
        for article in _articles(path):
            for f in extract_article(article).figures:
                assert f.sentence in written and f.text in written
                assert normalise(article.display[f.start : f.end]) == article.text[f.start : f.end]
                checked += 1
    assert checked > 10


def test_show_page_and_jsonl_keep_the_source_punctuation(tmp_path: Path) -> None:
    page = build_page(QINGCHUAN).html
    assert "（一）扎实推进工会组建。" in page and "今年以来，县总工会" in page
    assert "(一)扎实推进" not in page and "今年以来,县总工会" not in page
    from bulk.io import write_records
    from extract.batch import extract_paths

    out = tmp_path / "r.jsonl"
    write_records(extract_paths([str(QINGCHUAN)], jobs=1), out)
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    figs = [r for r in records if r["type"] == "figure"]
    assert any(r["section"] == "一、夯实基层组织基础 > （一）扎实推进工会组建" for r in figs)
    assert all("," not in r["sentence"] for r in figs)
