from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from generate.compose import compose
from generate.data import load_data
from generate.phrases import figure_phrase, format_number, mine_text
from generate.render_text import to_markdown, to_txt

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "data" / "qingchuan-2025h1.yaml"


@pytest.fixture(scope="module")
def draft():
    return compose(load_data(SAMPLE))


def test_structure(draft):
    kinds = [b.kind for b in draft.blocks]
    assert draft.title == "青川区总工会2025年上半年工作总结"
    assert kinds[:3] == ["title", "opening", "heading1"] and kinds[-2:] == ["signature", "date"]
    h1 = [b.text for b in draft.blocks if b.kind == "heading1"]
    # ten topics (计划目标 holds only targets: they go to the plan), then 问题 and 计划, 一 … 十二
    assert [h.split("、")[0] for h in h1] == ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]
    assert "存在的问题" in h1[10] and "下半年" in h1[11]
    assert draft.blocks[-1].text == "2025年7月1日" and draft.blocks[-2].text == "青川区总工会"
    assert "一是" in draft.text and "二是" in draft.text


def test_every_data_figure_placed_once_and_traceable(draft):
    data = load_data(SAMPLE)
    text = draft.text
    placed = draft.placed
    assert Counter((p.figure.value, p.figure.unit) for p in placed) == Counter((q.value, q.unit) for q in data.figures)
    for p in placed:
        assert text[p.start : p.end] == format_number(p.figure.value)
        assert text[p.end :].startswith((p.figure.unit, "余" + p.figure.unit))


def test_draft_figures_are_the_data(draft):
    from extract import figures_in

    data = load_data(SAMPLE)
    got = Counter((float(f.value), f.unit) for f in figures_in(draft.text) if f.value is not None)
    want = Counter((float(f.value), f.unit) for f in data.figures)
    assert got == want


def test_sections_do_not_share_a_frame(draft):
    bodies = [b.text for b in draft.blocks if b.kind == "body" and b.pieces]
    # the words around the figures differ from paragraph to paragraph
    skeletons = [re.sub(r"[0-9.]+", "#", b) for b in bodies]
    assert len(set(skeletons)) == len(skeletons)


@pytest.mark.parametrize(
    ("indicator", "value", "unit", "approx", "phrase"),
    [
        ("新建工会组织", 38, "家", None, "新建工会组织38家"),
        ("入会", 1150, "人", "over", "入会1150余人"),
        ("组建率", 92.5, "%", None, "组建率达92.5%"),
        ("完成全年任务", 56.3, "%", None, "完成全年任务的56.3%"),
        ("参赛职工", 3400, "人次", "about", "参赛职工约3400人次"),
        ("资金", 30, "万元", "under", "资金近30万元"),
    ],
)
def test_figure_phrase(indicator, value, unit, approx, phrase):
    from generate.data import Quantity

    text, s, e = figure_phrase(Quantity(indicator, value, unit, approx))
    assert text == phrase and text[s:e] == format_number(value)


def test_mined_frames_hold_no_number():
    text = (
        "上半年，全镇新建工会组织12家，发展会员860人。\n"
        "我们坚持走访慰问，共发放慰问金15.5万元，温暖了职工的心。\n"
        "4月10日召开了全镇工会主席会议。\n"
    )
    frames = mine_text(text, "own")
    texts = [f.text for f in frames]
    assert "上半年，全镇{0}，{1}。" in texts
    assert all(not re.search(r"\d", re.sub(r"\{\d\}", "", t)) for t in texts)
    assert any(s.unit == "万元" for f in frames for s in f.slots)


def test_user_corpus_frames(seeds_dir):
    from generate.phrases import mine_corpus

    frames, failures = mine_corpus([seeds_dir])
    assert frames and not failures
    for f in frames:
        assert not re.search(r"[0-9]", f.text.replace("{0}", "").replace("{1}", "").replace("{2}", ""))
    d = compose(load_data(SAMPLE), frames)
    assert d.title.endswith("工作总结")


def test_text_renderers(draft):
    md = to_markdown(draft)
    assert md.startswith("# 青川区总工会2025年上半年工作总结") and "\n## 一、" in md
    txt = to_txt(draft)
    assert "\u3000\u3000一、" in txt and txt.rstrip().endswith("2025年7月1日")


def test_reads_like_an_office_wrote_it(draft):
    """What an office worker stumbles on: repeated openers, a section opening with 与此同时, cadres
    called 职工, a heading saying one thing twice, a phrase without its verb, half-width punctuation."""
    import re

    text = draft.text
    assert len(re.sub(r"\s", "", text)) >= 2500
    assert "一是上半年" not in text and "二是上半年" not in text
    for b in draft.blocks:
        if b.kind == "body":
            assert not b.text.startswith(("与此同时", "同时", "此外")), b.text[:20]
    training = next(b.text for b in draft.blocks if "培训班" in b.text)
    assert "参训学员95人" in training and "职工95" not in training
    for h in (b.text for b in draft.blocks if b.kind == "heading1"):
        head, _, tail = h.partition("、")[2].partition("，")
        assert not (tail and head[-3:] in tail), h  # 关爱女职工，女职工工作亮点纷呈
    assert "签订女职工专项集体合同140份" in text
    assert not re.search(r"[\u4e00-\u9fff][,;:()][\u4e00-\u9fff]", text)
    assert "同比增长12.2%" in text and "收缴工会经费1835万元，全年目标任务3260万元，任务完成率达56.3%" in text
    assert "力争全年新建基层工会组织80家" in text  # a target is a plan, not a result


def _records_data(level, org, title=None):
    from generate.data import data_from_records

    recs = [
        {"type": "document", "org": org, "level": level, "period": "2024", "title": title},
        {"type": "figure", "org": org, "indicator": "新建基层工会组织", "value": 46, "unit": "家", "topic": "组织建设",
         "sentence": "全年新建基层工会组织46家。"},
        {"type": "figure", "org": org, "indicator": "生产安全事故起数", "value": 18, "unit": "%", "topic": "安全生产",
         "change": {"value": 18, "unit": "%", "direction": "down"}, "sentence": "生产安全事故起数下降18%。"},
        {"type": "figure", "org": org, "indicator": "走访慰问困难职工", "value": 300, "unit": "户", "topic": "帮扶",
         "sentence": "走访慰问困难职工300户。"},
    ]
    return data_from_records(recs)


def test_a_fall_is_written_as_a_fall():
    text = compose(_records_data("县", "平安县总工会")).text
    assert "生产安全事故起数下降18%" in text and "达18%" not in text


def test_genre_and_level_from_the_data():
    union = compose(_records_data("县", "平安县总工会")).text
    assert "全区" not in union and "元旦春节" not in union and "安康杯" not in union
    gov = compose(_records_data("县", "平安县人民政府", "平安县政府工作报告")).text
    assert "工会" not in gov.split("\n", 1)[1].replace("新建基层工会组织", "")
    assert "上级党委、政府" in gov and "上级工会" not in gov and "维权" not in gov


def test_draft_takes_data_in_memory_as_the_file_does(tmp_path):
    from generate.data import data_from_records
    from generate.drafting import draft, draft_file

    assert draft(load_data(SAMPLE)).text == draft_file(SAMPLE).text
    records = [
        {"type": "document", "org": "柳林县总工会", "period": "2025H1"},
        {"type": "figure", "indicator": "新建工会组织", "value": 38, "unit": "家", "topic": "组织建设"},
    ]
    made = draft(data_from_records(records), out=tmp_path / "d.md")
    assert "新建工会组织38家" in made.text and "柳林县总工会" in (tmp_path / "d.md").read_text("utf-8")


def test_a_share_is_written_with_the_figure_it_is_a_share_of():
    from corpus import split_articles
    from corpus.records import Document
    from evaluation.facts import Fact, score_facts
    from extract import extract_article, figures_in
    from generate.data import data_from_records

    text = (
        "今年以来，全镇新建基层工会12家，占应建工会数10家的120%。"
        "全年上缴工会经费8.5万元，占年初任务的85%。"
    )
    (article,) = split_articles(Document(source="share.txt", text=text, format="text"))
    recs = extract_article(article).records()
    shares = [r for r in recs if r.get("type") == "figure" and (r.get("indicator") or "").startswith("占")]
    assert shares  # the extractor reads the relation word into the indicator: the case at hand
    data = data_from_records(recs, "share.txt")
    draft = compose(data)
    assert "新建基层工会12家，为应建工会数10家的120%" in draft.text
    assert "上缴工会经费8.5万元，为年初任务的85%" in draft.text
    back = [f for f in figures_in(draft.text) if f.value is not None]
    facts = [Fact(float(q.value), q.unit, q.indicator, q.approx, canonical=q.canonical) for q in data.figures]
    result = score_facts(facts, back)
    assert result.counts.matched == len(data.figures) == result.counts.predicted


def _round_trip_of(text: str):
    """The data extract reads from ``text``, its draft, and the draft's figures scored against the data."""
    from corpus import split_articles
    from corpus.records import Document
    from evaluation.facts import Fact, score_facts
    from extract import extract_article, figures_in
    from generate.data import data_from_records

    (article,) = split_articles(Document(source="t.txt", text=text, format="text"))
    data = data_from_records(extract_article(article).records(), "t.txt")
    draft = compose(data)
    back = [f for f in figures_in(draft.text) if f.value is not None]
    facts = [Fact(float(q.value), q.unit, q.indicator, q.approx, canonical=q.canonical) for q in data.figures]
    return data, draft, score_facts(facts, back)


def test_a_count_not_read_after_its_name_is_written_number_first():
    # 服务热线电话36个 reads as a phone line's number and 青年文明号3个 as a serial number: neither is
    # read back as a figure, so both are written as the source said them, the noun after the measure word
    data, draft, result = _round_trip_of("今年以来，全县接听36个服务热线电话，评出区级“青年文明号”3个。")
    assert {q.indicator for q in data.figures} == {"服务热线电话", "青年文明号"}
    assert "36个服务热线电话" in draft.text and "3个青年文明号" in draft.text
    assert result.counts.matched == result.counts.predicted == len(data.figures)


def test_a_unit_named_in_an_indicator_stays_and_a_number_in_it_goes():
    from generate.data import data_from_mapping

    data = data_from_mapping(
        {
            "org": "石门县人民政府",
            "period": "2025",
            "topics": [
                {
                    "name": "经济发展",
                    "figures": [
                        {"indicator": "千万元以上企业", "value": 35, "unit": "家"},
                        {"indicator": "在3个园区新建标准厂房", "value": 12, "unit": "万平方米"},
                    ],
                }
            ],
        }
    )
    text = compose(data).text
    assert "千万元以上企业35家" in text  # 千万元 is no number of its own: read back, one figure
    assert "3个园区" not in text and "12万平方米" in text  # 3个 would be read as a figure the data lacks


def test_an_earlier_level_is_written_as_one_and_binds():
    # 9件次 and 40人次 (与去年同期的…相比), 4批次 and 20人次 (比去年…) are last year's: written as the
    # period's they would say the office received them now
    data, draft, result = _round_trip_of(
        "今年共受理职工来信来访6件次、13人次，与去年同期的9件次40人次相比，分别下降33.3%和67.5%。"
        "其中来访2批次、5人次，比去年4批次、20人次，分别递减50%和75%。全县财政收入3.2亿元，较上年增长6.4%。"
    )
    earlier = {q.value: q.earlier for q in data.figures if q.earlier}
    assert earlier == {9: "去年同期", 40: "去年同期", 4: "去年", 20: "去年"}
    assert "去年同期为9件次，去年同期为40人次" in draft.text and "去年为4批次，去年为20人次" in draft.text
    assert "财政收入3.2亿元，增长6.4%" in draft.text  # a change measured from last year is none
    assert result.counts.matched == result.counts.predicted
    bound = {(f.value, f.unit) for f, _ in result.supported}
    assert bound >= {(9, "件次"), (40, "人次"), (4, "批次"), (20, "人次")}


def test_a_change_named_by_its_relation_word_alone_is_written_on_its_own():
    # 25件60人次 with no joiner: the extractor names the changes 递减 only. Put after 上年同期为60人次 they
    # would read as that figure's; in a sentence of their own they say no more than the data does
    data, draft, result = _round_trip_of(
        "今年共调解职工劳动纠纷18件、32人次,与上年同期的25件60人次相比,分别递减28%和46.7%。全年新建职工书屋9个。"
    )
    assert [q.indicator for q in data.figures if q.direction] == ["递减", "递减"]
    assert "上年同期为60人次。与上年同期相比，递减28%，递减46.7%。" in draft.text
    assert result.counts.matched == result.counts.predicted == len(data.figures)


def test_a_count_two_coordinated_items_share_is_written_with_both():
    # 科技型企业、瞪羚企业215户: jieba cuts 瞪羚 into two characters, so 瞪羚企业 reads as an item cut at
    # the 、; the 215户 are both items', and the draft says so rather than leave the figure out
    data, draft, result = _round_trip_of("年内培育科技型企业、瞪羚企业215户，新增规上工业企业48户。")
    assert "科技型企业和瞪羚企业215户" in draft.text
    assert any("科技型企业和瞪羚企业" in r for r in draft.review)
    assert result.counts.matched == result.counts.predicted == len(data.figures) == 2


def test_the_rest_is_written_in_the_sentence_that_names_the_others():
    # 其余 says which only after the others: the draft writes it in their sentence, as the source's
    # paragraph had it, and neither the draft nor its review leaves it out
    data, draft, result = _round_trip_of(
        "今年新建基层工会21家。其中企业工会12家，会员860人，学校工会5家，会员240人。其余工会组织4家，会员95人。"
    )
    assert "学校工会5家，会员240人，其余工会组织4家，会员95人。" not in draft.text  # 工会组织 is not 学校工会
    data, draft, result = _round_trip_of(
        "今年新建基层工会组织21家。其中企业工会组织12家，会员860人，学校工会组织5家，会员240人。其余工会组织4家，会员95人。"
    )
    assert "学校工会组织5家，会员240人，其余工会组织4家，会员95人。" in draft.text
    assert result.counts.matched == result.counts.predicted == len(data.figures)


def test_coordinated_items_are_joined_only_when_parallel():
    from generate.compose import _coordinated
    from generate.data import Quantity

    def joined(sentence: str, name: str) -> str | None:
        return _coordinated(Quantity(name, 5, "户", sentence=sentence), None)

    assert joined("培育科技型企业、瞪羚企业215户。", "瞪羚企业") == "科技型企业和瞪羚企业"
    assert joined("慰问省、市劳模80人。", "市劳模") is None  # one-character item: another rule's case
    assert joined("走访困难职工、瞪羚企业215户。", "瞪羚企业") is None  # not the same head
    assert joined("认定甲类企业、乙类企业、瞪羚企业215户。", "瞪羚企业") is None  # three items, not two
    assert joined("培育科技型企业、瞪羚企业等215户。", "瞪羚企业") is None  # no count right after


def test_an_event_named_with_its_participants_is_written_without_them():
    from evaluation.facts import collect_facts, score_facts
    from extract import figures_in
    from generate.data import data_from_mapping

    raw = {
        "org": "城南区总工会",
        "period": "2025",
        "topics": [
            {
                "name": "重点活动",
                "activities": [
                    {
                        "event": "有60位教师参加的书法比赛",
                        "action": "举办",
                        "participants": {"value": 60, "unit": "位"},
                    },
                    {"event": "3个街道的90人参加的安全知识测试", "participants": {"value": 90, "unit": "人"}},
                ],
            }
        ],
    }
    draft = compose(data_from_mapping(raw))
    assert "举办书法比赛，参赛选手60位" in draft.text and "有60位教师" not in draft.text
    assert "安全知识测试，参加人员90人" in draft.text and "3个街道" not in draft.text
    result = score_facts(collect_facts(raw), [f for f in figures_in(draft.text) if f.value is not None])
    assert result.counts.matched == result.counts.predicted == 2
