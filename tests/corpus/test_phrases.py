"""Well-formed indicators and fragments (corpus.phrases), on sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.phrases import fragment_reason, widen


@pytest.mark.parametrize(
    ("phrase", "sentence"),
    [
        # a Latin acronym is a name, however short
        ("CPI", "全年CPI涨幅3%左右。"),
        ("GDP", "GDP增长6.5%。"),
        # items of a coordination, each with its own number, are whole
        ("职工代表提案", "受理群众来信12件、职工代表提案30件、合理化建议45条。"),
        ("合理化建议", "受理群众来信12件、职工代表提案30件、合理化建议45条。"),
        ("区优秀工会干部", "共表彰区劳动模范6人、区优秀工会干部18人、区先进集体9个。"),
        ("参赛企业", "共有45家参赛企业、2000名职工参加。"),
        # 分别 gives each item its own figure; a quote mark beside the 、 is no one-character word
        ("电诈案件数", "全区刑事立案数、电诈案件数分别下降12%、9%。"),
        ("刑事立案数", "全区刑事立案数、电诈案件数分别下降12%、9%。"),
        ("“东山品牌”", "“东山标准”、“东山品牌”分别新增8项和15项。"),
        # a first character that is part of a word, not a function word on its own
        ("所有者权益", "所有者权益总额达到31亿元。"),
        ("其他渠道筹集", "其中财政拨付8万元，其他渠道筹集3万元。"),
        # the indicator stops before its copula, however jieba reads 比达
        ("新兴产业占比", "新兴产业占比达36.5%。"),
        ("新兴产业占比", "新兴产业占比达约36%。"),
        # a phrase counted by the number before it shares no figure after the 、
        ("活动中心", "建成900平方米的活动中心、柳溪镇在企业设立的书屋等阵地。"),
        # parallel items that end alike are whole: 率 before the 、 is no item of its own
        ("职工书屋活动率", "实现示范班组验收率、职工书屋活动率达到90%。"),
        # a last character that ends a word (涉及, 惠及, 标的), not a function word of its own
        ("涉及", "来电7件次、涉及11人次。"),
        ("补贴惠及", "家电补贴惠及3.5万户。"),
        ("诉讼标的", "代理案件9件，诉讼标的36万元。"),
        # 其余 says which where its own sentence names the others of what it counts, with their figure
        ("其余村级服务站", "新建社区服务站6个、村级服务站21个，其余村级服务站4个。"),
    ],
)
def test_well_formed(phrase, sentence):
    assert fragment_reason(phrase, sentence) is None


@pytest.mark.parametrize(
    ("phrase", "sentence", "why"),
    [
        ("标单位", "全镇达标单位60家。", "cuts the word at its start"),
        ("级工会", "各级工会筹集资金12万元。", "cuts the word at its start"),
        # one-character items share the head of their neighbour: pieces, not phrases
        ("慰问省", "筹集资金5万元慰问省、市劳模30人次。", "cut at a 、"),
        ("市劳模", "筹集资金5万元慰问省、市劳模30人次。", "cut at a 、"),
        # relation words and function words are what they are
        ("比去年同期", "来信6件，比去年同期增加2件。", "begins with 比"),
        ("余元", "减免费用0.8万元余元。", "begins with 余"),
        ("对全区", "先后三次对全区企业进行检查。", "begins with 对"),
        ("结构由", "收入结构由8:2变为6:4。", "ends with 由"),
        ("用于", "资金用于9个村。", "ends with 于"),
        ("同步", "两项收入同步增长7%。", "cuts the word at its end"),
        ("XX", "XX增长5%。", "holds XX"),
        ("标", "标10万元。", "too short"),
        # … and only there: alone, or after others of another kind, the rest of what is not said
        ("其余村级服务站", "其余村级服务站4个。", "begins with 其余"),
        ("其余村级服务站", "新建社区服务站6个，其余村级服务站4个。", "begins with 其余"),
        ("其余村级服务站", "其余村级服务站4个，村级服务站21个。", "begins with 其余"),
    ],
)
def test_fragments(phrase, sentence, why):
    reason = fragment_reason(phrase, sentence)
    assert reason is not None and reason.startswith(why), reason


def test_widen_grows_a_cut_word_and_nothing_else():
    assert widen("标单位", "全镇达标单位60家。") == "达标单位"
    assert widen("慰问省", "筹集资金5万元慰问省、市劳模30人次。") is None


def test_widen_leaves_out_the_verb_it_cut():
    # 达到 is no part of what is counted: the repair drops its piece rather than take it in
    assert widen("到覆盖率", "全街道达到覆盖率95%。") == "覆盖率"
    assert widen("到新建工会", "全年达到新建工会12家。") == "新建工会"


def test_the_figure_unit_is_no_part_of_the_next_word():
    # jieba reads 名单 across 12名 + 单亲…: the indicator begins after the unit, where it should
    assert fragment_reason("单亲家庭子女", "资助12名单亲家庭子女。") is None
    assert widen("单亲家庭子女", "资助12名单亲家庭子女。") is None


def test_widen_at_the_figure_place_only():
    sentence = "在护士节期间，组织30名护士参加技能比赛。"
    assert widen("护士", sentence) is None  # found twice: which one is the figure's is not known
    assert fragment_reason("护士", sentence, sentence.index("30名护士") + 3) is None
    # never grown into an enumerator: 三是 begins the next sentence, not the indicator
    assert widen("三是做好换届", "新配工会干部19人三是做好换届选举工作。") is None
