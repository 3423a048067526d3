"""The indicator: the shortest phrase from the text that names what a figure counts.

It stands before the number (新建工会组织38家, 发放慰问金41万元, 推行率达90%) unless that phrase is only a
verb — 组织120家企业, 培训劳务工1025人次 keeps its object; 637名职工参加 takes the noun after the unit.
Offsets are not needed downstream, only the phrase; it is always a substring of the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from extract.lexicon import alternation, lexicon

_DELIMS = "，,、;；:：。!！?？（）()“”\"《》【】[]\n\t "
_MAX_LEN = 12
# Units whose figure never counts the noun after it: 达50%以上，进一步… / 提高2个百分点
_NO_AFTER = frozenset({"%", "‰", "个百分点", "百分点", "倍", "成"})
# What a date or ordinal left behind when the scan stopped at its digits: 5月16日教育系统 → 教育系统
_DATE_REMNANT = re.compile(r"^(?:[年月日号][份底初中末]?|[.、])+")
_QUOTED = re.compile(r"“[^”]{0,20}”")


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ind = lexicon().cues["indicator"]
    lead = re.compile(rf"^(?:(?:{alternation(ind['lead'])})|\d+月(?:\d+日)?|[一二三四五六七八九十]+是)+")
    trail = re.compile(rf"(?:{alternation(ind['trail'])})+$")
    stop = re.compile(rf"{alternation(ind['stop_after'])}")
    acts = re.compile(rf"^(?:{alternation(ind['act_verbs'])})(?=..)")
    return lead, trail, stop, acts


def _clause_before(text: str, lo: int, pos: int) -> str:
    i = pos
    while i > lo and text[i - 1] not in _DELIMS and not text[i - 1].isdigit() and text[i - 1] != "%":
        i -= 1
    return _DATE_REMNANT.sub("", text[i:pos])


def _noun_after(text: str, pos: int, hi: int) -> str:
    stop = _res()[2]
    j = pos
    if j < hi and text[j] == "的":
        j += 1
    if j < hi and text[j] == "“":
        # 5场“中国梦·劳动美”系列大型文艺慰问演出: the name is part of the counted thing
        q = _QUOTED.match(text, j)
        if q:
            j = q.end()
    k = j
    while k < hi and k - j < _MAX_LEN and text[k] not in _DELIMS and not text[k].isdigit():
        k += 1
    phrase = text[j:k]
    m = stop.search(phrase)
    if m:
        phrase = phrase[: m.start()]
    return phrase


def indicator(text: str, span_start: int, span_end: int, lo: int, hi: int, unit: str = "") -> str | None:
    """The indicator of the figure spanning ``[span_start, span_end)`` within the clause ``[lo, hi)``.

    ``lo`` is the start of the clause or the end of the previous figure, whichever is later. In
    Chinese a measure word binds the noun after it (34家企事业单位, 2468名女职工), so that noun is
    what is counted when there is one; otherwise the phrase before the number is (新建工会组织38家).
    """
    lead, trail, _, acts = _res()
    after = "" if unit in _NO_AFTER else _noun_after(text, span_end, hi)
    if len(after) >= 2:
        return after
    if span_start > lo and text[span_start - 1] in "”》":
        # 市“五一劳动奖章”2名, 发放《再就业优惠证》2300多本: the quoted name is what is counted
        q = text.rfind("“" if text[span_start - 1] == "”" else "《", max(0, span_start - 24), span_start)
        if q >= 0 and span_start - q > 2:
            return text[q + 1 : span_start - 1]
    before = _clause_before(text, lo, span_start)
    if not lead.sub("", trail.sub("", before)) and lo > 0 and text[lo - 1] in ",，" and after == "":
        # 全面实行厂务公开制度，达100%: the phrase stands in the clause before
        before = _clause_before(text, max(0, lo - 14), lo - 1)
    for _ in range(2):
        before = lead.sub("", trail.sub("", before))
    if len(before) > _MAX_LEN:
        before = before[-_MAX_LEN:]
    before = acts.sub("", before)
    return before or after or None
