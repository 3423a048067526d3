"""Sentences: cut at 。！？； and line breaks, never inside quotes or brackets."""

from __future__ import annotations

import pytest

from corpus.sections import find_sections
from corpus.sentences import MAX_OPEN, split_sentences


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("新建工会12家。发展会员300人!完成了吗?完成了;很好", ["新建工会12家。", "发展会员300人!", "完成了吗?", "完成了;", "很好"]),
        ("开展“安全发展。国泰民安”主题活动。好", ["开展“安全发展。国泰民安”主题活动。", "好"]),
        ("学习《工会法。条例》全文。", ["学习《工会法。条例》全文。"]),
        ("会议(扩大。会议)召开。", ["会议(扩大。会议)召开。"]),
        ("会议（扩大；会议）召开。", ["会议（扩大；会议）召开。"]),
        ("【要点。一】内容。", ["【要点。一】内容。"]),
        ('建设"职工之家。示范"单位。', ['建设"职工之家。示范"单位。']),
        ("他说:“好。”然后走了。", ["他说:“好。”", "然后走了。"]),
        ("第一行\n  第二行 \n\n第三行", ["第一行", "第二行", "第三行"]),
        ("开展“活动\n继续。", ["开展“活动", "继续。"]),  # a line break closes an open quote
        ("多余的右括号)在这里。下一句。", ["多余的右括号)在这里。", "下一句。"]),
    ],
)
def test_split(text, sentences):
    assert _texts(text) == sentences


def test_unclosed_quote_gives_up():
    text = "“" + "很长的内容," * (MAX_OPEN // 5) + "结束。下一句。"
    assert _texts(text)[-1] == "下一句。"


def test_section_of_each_sentence():
    text = "开头。\n一、组织建设\n新建12家。一是摸底,完成排查。二是攻坚。\n二、权益维护\n签订合同。\n"
    sections = find_sections(text)
    got = [(text[s.start : s.end], sections[s.section].path[-1] if s.section >= 0 else None) for s in split_sentences(text, sections)]
    assert got == [
        ("开头。", None),
        ("一、组织建设", "一、组织建设"),
        ("新建12家。", "一、组织建设"),
        ("一是摸底,完成排查。", "一是摸底"),
        ("二是攻坚。", "二是攻坚"),
        ("二、权益维护", "二、权益维护"),
        ("签订合同。", "二、权益维护"),
    ]


def test_a_run_without_sentence_ends_is_cut_into_bounded_pieces():
    from corpus.sentences import MAX_SENTENCE

    # A table flattened into one line: figures and commas, no full stop for 30,000 characters.
    cells = "，".join(f"第{i}项新建工会组织{i}家" for i in range(2000))
    sentences = split_sentences(cells)
    assert len(sentences) > 1 and max(s.end - s.start for s in sentences) <= MAX_SENTENCE
    # Cut after a comma, so no figure is split: the pieces put together give the text back.
    assert "".join(cells[s.start : s.end] for s in sentences) == cells
    assert all(cells[s.end - 1] == "，" for s in sentences[:-1])


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a long line cut where the page ended, and a list cut after its 、: one sentence each
        (
            "全年新建基层工会组织四十二家，发展会员一千三百余人，建立职工之\n家二十个。\n下一句。",
            ["全年新建基层工会组织四十二家，发展会员一千三百余人，建立职工之\n家二十个。", "下一句。"],
        ),
        ("走访慰问困难职工、\n劳动模范共计三百户。", ["走访慰问困难职工、\n劳动模范共计三百户。"]),
        # a blank line after a word no paragraph ends on; a paragraph that opens on —— wraps too
        ("——五年来，发展加快。全县财政收入由\n\n三亿元增加到五亿元。", ["——五年来，发展加快。", "全县财政收入由\n\n三亿元增加到五亿元。"]),
        # a short line, a heading, a table row, a list item ending on its figure or a blank line still
        # ends what stands before it
        ("全年新建基层工会组织三十八家，发展会员1200人\n走访慰问困难职工265户", ["全年新建基层工会组织三十八家，发展会员1200人", "走访慰问困难职工265户"]),
        ("一、组织建设\n全年新建工会组织。", ["一、组织建设", "全年新建工会组织。"]),
        ("全年新建基层工会组织四十二家并且已经\n（二）帮扶工作", ["全年新建基层工会组织四十二家并且已经", "（二）帮扶工作"]),
        ("全年新建基层工会组织四十二家并且已经\n| 指标 | 数值 |", ["全年新建基层工会组织四十二家并且已经", "| 指标 | 数值 |"]),
        ("全年新建基层工会组织四十二家并且已经\n\n发展会员。", ["全年新建基层工会组织四十二家并且已经", "发展会员。"]),
        # a title line, however long, ends on its title word (…工作总结, …工作报告)
        ("青岭县人力资源和社会保障局2023年工作总结\n全年城镇新增就业3260人。", ["青岭县人力资源和社会保障局2023年工作总结", "全年城镇新增就业3260人。"]),
        ("禾丰市第二人民医院2024年一季度运行情况\n一季度平均住院日7.6天。", ["禾丰市第二人民医院2024年一季度运行情况", "一季度平均住院日7.6天。"]),
    ],
)
def test_a_wrapped_line_is_not_a_sentence_end(text: str, sentences: list[str]) -> None:
    assert _texts(text) == sentences
