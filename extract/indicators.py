"""The indicator: the shortest phrase from the text that names what a figure counts.

It stands before the number (新建工会组织38家, 发放慰问金41万元, 推行率达90%) unless that phrase is only a
verb — 组织120家企业, 培训劳务工1025人次 keeps its object; 637名职工参加 takes the noun after the unit.
Offsets are not needed downstream, only the phrase; it is always a substring of the sentence.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from extract.canonical import known, lexicon_name
from extract.figures import RANGE_JOIN
from extract.lexicon import Endings, alternation, lexicon, starts
from extract.records import Figure, changed
from extract.targets import GOAL_NOTED, GOAL_OF, TASK_OF

_DELIMS = "，,、;；:：。!！?？（）()“”\"《》【】[]\n\t …"
_MAX_LEN = 12
# Units whose figure never counts the noun after it: 达50%以上，进一步… / 提高2个百分点
_NO_AFTER = frozenset({"%", "‰", "个百分点", "百分点", "倍", "成"})
# What a date or ordinal left behind when the scan stopped at its digits: 5月16日教育系统 → 教育系统
_DATE_REMNANT = re.compile(r"^(?:[年月日号][份底初末]?|[.、])+")  # not 中: 2025年中央及省级…
_BLANK_YEAR = re.compile(r"(?:19|20)?[xX×＊*]{2}年(?:度)?(?:上半年|下半年|全年)?")
_APPROX_AFTER = re.compile(r"^(?:左右|上下|以上|以下|以内)")
_ASPECTS = frozenset({"方面", "领域", "类别", "批次"})
_QUOTED = re.compile(r"“[^”]{0,20}”")
# the last characters of cues.yaml's org_ends: a cheap test first (a character class searched in C, not a set
# built from the phrase's characters)
_ORG_END_CHAR = re.compile("[司团厂院校行社站心]")
_SUBJECT_DID = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:企业|单位|行业)(?:全年|当年|上半年|一季度|前三季度)?(?:实现|完成)(?=[\u4e00-\u9fff]{2})")
_UNION_ACTING = re.compile(
    r"[\u4e00-\u9fff]{1,6}?(?:总工会|工会工委|工会联合会|工会)(?=收缴|筹集|投入|发放|开展|举办|培训|走访|慰问|救助|拨付|下拨|争取|落实|调解|受理|资助|指导|督促|推动|引导)"
)
_MULTIPLIERS = "万亿千百"  # 亿元 is 元 with a multiplier
# 是2011年的1.88倍, 是“十五”末的4.6倍, 是上年同期的2.2倍: a ratio to an earlier level of the thing named before
_RATIO_OF = re.compile(r"是[^，,。;；]{0,12}的$")
# 增长18%,高于年初确定10%的目标8个百分点: 10% is the goal of what grew, 8 points its excess
_GOAL_AFTER = re.compile(r"的((?:预期|年度|计划|考核)?目标)")
# a share of the things named after it: 90%以上的行政村 (not 2%的比例, 8%的目标, 92.6%的合理区间)
_SHARE_OF_THINGS = re.compile(
    r"(?:以上|左右)?的(?!比例|比重|目标|预期|年度|计划|考核|控制|调控|区间|水平|速度|增速|增幅|幅度|标准|份额|增量|警戒线)(?=[\u4e00-\u9fff])"
)
_LISTED = ("和", "及", "、")  # 所有乡镇和90%的行政村: the things listed before the share are not what it is of
_GOALS = frozenset({"目标", "预期目标", "年度目标", "计划目标", "考核目标"})
_TASKS = frozenset({"任务", "年度任务", "全年任务", "目标任务", "年度目标任务", "全年目标任务"})  # 新增就业8000人的年度任务
# … or after the figure before it in a list of goals (增长12%、固定资产投资增长20%的目标 → 固定资产投资)
_GROWN_IN_LIST = re.compile(r"[、，,]?([\u4e00-\u9fff]{2,10}?)(?:增长|增速|提高|下降)")
# What a goal is set for, before its value: 确定生产总值增长8%的目标 → 生产总值
_GOAL_OF = re.compile(r"(?:确保实现|力争实现|确定|提出|设定|确立|定为|确保|实现|完成|力争|锚定|瞄准|紧盯|盯紧|对标|围绕)的?(?:全年|今年|全市|全县|全区|全省)*([\u4e00-\u9fff]{2,10}?)(?:增长|增速|提高|下降)$")


# A date between the phrase and its number: 全市生产总值从2021年的2.4万亿元 (the scan stopped at 2021).
_DATE_BEFORE = re.compile(r"(?:\d{4}年(?:\d{1,2}月)?(?:底|末|初)?|\d{1,2}月(?:\d{1,2}日)?)(?:的)?$")


# 比2005年末增加29家, 比“十五”末增长18.6%: a comparison with a year or a plan's end
# (比2019年同期增长14.7%: with the same months of a year before the last, a two-year comparison;
# 较五年前增长23.5%: with the years before, counted back)
_DATED = (
    r"(?:比|较)(?:(?:19|20)\d\d年|[“\"]?(?:十[一二三四]?五|[七八九]五)[”\"]?|(?:[一二三四五六七八九十两]|\d{1,2})年前)"
    r"(?:末|底|期末|同期)?(?:的)?"
)
_DATED_BEFORE = re.compile(rf"{_DATED}$")
_DATED_AT = re.compile(_DATED)


@cache
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    ind = lexicon().cues["indicator"]
    keeps = alternation(ind["lead_keeps"])
    lead = re.compile(rf"^(?:(?!{keeps})(?:{alternation(ind['lead'])})|(?:19|20)\d\d年(?:度)?(?:末|底|初)?|\d+月(?:\d+日)?|[一二三四五六七八九十]+是)+")
    trail = re.compile(rf"{starts(ind['trail'])}(?:{alternation(ind['trail'])}|{_DATED})+$")
    stop = re.compile(rf"{alternation(ind['stop_after'])}")
    acts = re.compile(rf"^(?:{alternation(ind['act_verbs'])})+(?=..)")
    return lead, trail, stop, acts


@cache
def _purposes() -> tuple[str, ...]:
    return tuple(lexicon().cues["indicator"]["purposes"])


@cache
def _act_for() -> re.Pattern[str]:
    """为一线职工送去防暑降温物品, 向困难职工送上慰问金, 为消费者挽回经济损失: a preposition, whom it was for,
    the act, then what was given or won back (the group before the act is the recipient, not what is counted)."""
    ind = lexicon().cues["indicator"]
    verbs = alternation([*ind["act_verbs"], *ind["won_back_verbs"]])
    # 为 of 作为, 成为, 认为 …, 向 of 横向, 导向, 面向 … and 给 of 供给 are no prepositions
    return re.compile(rf"(?:(?<![作成认因以更行称视列评定改较最极尤分转变])为|(?<![横方导面走转去双流志意偏动指定外内])向|(?<![供补交配])给)[\u4e00-\u9fff]{{2,10}}?(?:{verbs})(?=[\u4e00-\u9fff]{{2}})")


@cache
def _counted_for() -> re.Pattern[str]:
    """为23家复工企业协调口罩1.5万只: the recipients counted before the clause, then the act: what follows is given."""
    ind = lexicon().cues["indicator"]
    verbs = alternation([*ind["act_verbs"], *ind["won_back_verbs"]])
    return re.compile(rf"[\u4e00-\u9fff]{{1,10}}?(?:{verbs})(?=[\u4e00-\u9fff]{{2}})")


_FOR_COUNTED = re.compile(r"(?<![作成认因以更行称视列评定改较最极尤分转变])[为向给][\d.,，万千百十一二三四五六七八九两]+[\u4e00-\u9fff]{1,2}$")


_ACRONYM_NOTE = re.compile(r"[(（][A-Za-z&]{2,6}[)）]$")


def _trim(phrase: str) -> str:
    """``phrase`` without its trail words, then its lead words; not down to one character (完成率124.2%:
    率 alone names nothing, 完成 belongs to it)."""
    if len(phrase) > 2 and phrase.endswith(_EACH_END):
        phrase = phrase[:-2]  # 资助标准提高到每人4000元: each one's, said of the amount (每人 alone stays: 每人200元)
    elif len(phrase) > 4 and phrase.startswith(_EACH_END) and phrase[2:4] in _GIVING_VERBS:
        phrase = phrase[2:]  # 2,860名教师每人发放慰问金200元: the money given, each one's said before it
    kept = _strip_trail(_before_change_start(phrase))
    if kept.endswith((")", "）")):
        kept = _ACRONYM_NOTE.sub("", kept)  # 国内生产总值（GDP）: the acronym is the same name again
    trimmed = _strip_lead(kept)
    return kept if len(trimmed) == 1 else trimmed


def _after_etc(phrase: str) -> str:
    """What follows the last 等 that ends a list (A、B等C: C), where 等 is a word of its own (not 等级)."""
    cuts = _cuts(phrase)
    k = phrase.rfind("等", 0, len(phrase) - 2)
    while k >= 0 and not (k in cuts and k + 1 in cuts):
        k = phrase.rfind("等", 0, k)
    return phrase[k + 1 :] if k >= 0 else phrase


def _strip_trail(phrase: str) -> str:
    """``phrase`` without the words after what is counted (达到, 为, 的 …), but not the last character of a
    word that ends like one (``trail_keeps``: 为 goes from 慰问金额为, not from 违法行为; 的 not from 诉讼标的)."""
    if not _trail_words().ends(phrase):
        return phrase  # the pattern ends with a trail word at the end ($; a phrase holds no line break): no match
    trail = _res()[1]
    m = trail.search(phrase)
    if not m:
        return phrase
    start = m.start()
    keeps, breaks = _trail_keeps()
    if phrase.endswith(keeps, 0, start + 1) and not phrase.endswith(breaks, 0, start + 1):
        return phrase[: start + 1] + trail.sub("", phrase[start + 1 :])
    return phrase[:start]


@cache
def _lead_keeps() -> tuple[str, ...]:
    return tuple(lexicon().cues["indicator"]["lead_keeps"])


@cache
def _trail_words() -> Endings:
    """The trail words, and a line break (where ``$`` also matches): what a phrase the trail pattern strips ends with."""
    return Endings((*lexicon().cues["indicator"]["trail"], "\n"))


@cache
def _trail_keeps() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words ending like a trail word, and the longer words that end like those but split before it)."""
    ind = lexicon().cues["indicator"]
    return tuple(ind["trail_keeps"]), tuple(ind["trail_breaks"])


def _strip_lead(phrase: str) -> str:
    """``phrase`` without the words before what is counted (全年, 共, 已, 和 …), cut between words only:
    和 goes from 和新建, not from 和谐企业; 及 from 及职工, not from 及时."""
    if not phrase or (phrase[0] not in _lead_starts() and not phrase[0].isdecimal()):
        return phrase  # no lead word, month or 一是 can start it (most phrases): no match to try
    m = _res()[0].match(phrase)
    if not m:
        return phrase
    end = m.end()
    if end >= len(phrase):
        # nothing but lead words: 全区基层工会58个 still counts the unions
        return next((w for w in _lead_nouns() if phrase.endswith(w)), "")
    cuts = _cuts(phrase)
    if end not in cuts:
        end = max(c for c in cuts if c < end)
    rest = phrase[end:]
    note = _WORD_NOTE.match(rest)
    # 全区(县)新建工会: not (县)新建工会
    return rest[note.end() :] if note and note.end() < len(rest) else rest


@cache
def _lead_starts() -> frozenset[str]:
    """The characters a match of ``_res()``'s lead pattern can start with (a digit aside): a lead word's first
    character, or a numeral of 一是 … 十是."""
    return frozenset(w[0] for w in lexicon().cues["indicator"]["lead"]) | frozenset("一二三四五六七八九十")


@lru_cache(maxsize=1 << 14)
def _cuts(phrase: str) -> frozenset[int]:
    from extract.segment import lcut

    cuts, pos = {0}, 0
    for word in lcut(phrase):
        pos += len(word)
        cuts.add(pos)
    return frozenset(cuts)


@cache
def _names_and_measures() -> tuple[re.Pattern[str], re.Pattern[str]]:
    ind = lexicon().cues["indicator"]
    org = re.compile(rf"^.{{2,}}?(?:{alternation(ind['org_ends'])})(?=[\u4e00-\u9fff]{{2}})")
    measure = re.compile(rf"(?:{alternation(ind['measure_nouns'])})$")
    return org, measure


@cache
def _relational() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a phrase that only states a change or comparison, a change verb at its start, one at its end)."""
    rel = lexicon().cues["indicator"]["relational"]
    scope = alternation(rel["scope"])
    verbs = alternation(rel["change"])
    compare = alternation(rel["compare"])
    # 比去年同期多9个: 多 and 少 (净增, 净减) are a change only after a comparison's 比 or 较 (多 alone is many, 少 few)
    against = alternation(w for w in rel["scope"] if w[0] in "比较")
    whole = re.compile(
        rf"^(?:{scope}|{_DATED})*(?:(?:{verbs})(?:到|至|为|了)?|(?:{compare})(?:{alternation(rel['compared_with'])})*)$"
        rf"|^(?:{against}|{_DATED})(?:多|少|净增|净减|新增)了?$"
    )
    # 药占比下降至: the verb with its 至 (not 降至, which leaves 药占比下)
    at_end = re.compile(rf"{starts([*rel['scope'], *rel['change']])}(?:{scope}|{_DATED})*(?:{verbs})(?:到|至|为)?$")
    return whole, re.compile(rf"^(?:{scope})*(?:{verbs})"), at_end


@cache
def _change_verb() -> re.Pattern[str]:
    return re.compile(alternation(lexicon().cues["indicator"]["relational"]["change"]))


@cache
def _scope() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon().cues['indicator']['relational']['scope'])}|{_DATED})+")


@cache
def _scope_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(lexicon().cues['indicator']['relational']['scope'])})+$")


def _scope_only(phrase: str) -> bool:
    """同比, 较上年同期: words that scope a change, naming nothing counted (nor a change)."""
    return bool(_scope().fullmatch(phrase)) or bool(_relational()[0].match(phrase))


def is_relational(phrase: str | None) -> bool:
    """True for a phrase that names no counted thing, only a change or comparison: 增长, 分别下降,
    提升至, 高于全国平均水平. Such a figure measures the thing named before it in the sentence."""
    return bool(phrase) and bool(_relational()[0].match(phrase or ""))


# A qualifier in brackets between the phrase and its number: 税收收入(不含土地出让)3.2亿元
_QUALIFIER = re.compile(r"[(（][^()（）,，;；:：。\d]{1,24}[)）]$")


# (利用外资比“十三五”时期增长40%: a change against the plan before, after its name)
_PLAN_BEFORE = re.compile(
    r"(?:由|从|比|较)?“(?:十[一二三四]?五|[七八九]五)”(?:末|期末|初|期间|时期)?(?:的)?"
    r"(?:(?:分别)?(?:增长|下降|提高|增加|减少|降低))?$"
)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")
_LAST_NOT_HAN = re.compile(r".*[^\u4e00-\u9fff]", re.S)  # match: up to the last character that is not Chinese


_YEARS_LEAD = ("过去", "最近")
_CHANGED_OVER = re.compile(r"(?:来|间|里)?(?:累计|共|合计)?(?:增长|增加|提高|提升|翻|新增|净增|下降|减少|降低)")


def _clause_before(text: str, lo: int, pos: int) -> str:
    while pos > lo and text[pos - 1] == " ":
        pos -= 1  # 人均分红 3500元
    if pos > lo and text[pos - 1] in ")）" and (q := _QUALIFIER.search(text, max(lo, pos - 26), pos)):
        if q.start() > lo and not _pinyin_ends(text, pos, lo):
            pos = q.start()
    i = pos
    years_at: tuple[int, int] | None = None
    while i > lo:
        if "\u4e00" <= text[i - 1] <= "\u9fff":
            # a run of Chinese characters (no delimiter, digit or bracket among them) is passed in one step
            last = _LAST_NOT_HAN.match(text, lo, i)
            i = last.end() if last else lo
            continue
        if not (
            (
                text[i - 1] not in _DELIMS
                or _broken_word(text, i - 1, lo)
                or _pinyin_ends(text, i, lo)
                or (i < pos and _note_inside(text, i, lo, pos))
            )
            and text[i - 1] != "%"
        ):
            break
        if text[i - 1] == ")" and (k := _pinyin_ends(text, i, lo)):
            i = k  # 地区(qū)生产(chǎn)总值: a converter's pinyin inside the word
            continue
        if i < pos and text[i - 1] in ")）" and (k := _note_inside(text, i, lo, pos)):
            i = k  # 实行厂(政)务公开: a bracketed character inside the word
            continue
        if text[i - 1].isdigit():
            k = i - 1
            while k > lo and (text[k - 1].isdigit() or text[k - 1] == "."):
                k -= 1
            latin_after = i < pos and text[i].isascii() and text[i].isalpha()
            latin_before = k > lo and text[k - 1].isascii() and text[k - 1].isalpha()
            # 65岁以上老人, 60周岁以上老年人, 700分以上学生: an age, a score, a bound qualifies the noun (a number
            # that is a figure itself stands before ``lo``)
            aged = text.startswith(_AGED, i) or bool(_BOUND_QUALIFIER.match(text, i, pos))
            # 生产总值比2019年增长12%: the year a change is against stands inside the phrase
            against = k > lo and text[k - 1] in "比较" and (
                (i - k == 4 and text.startswith("年", i)) or (i - k <= 2 and text.startswith("年前", i))
            )
            # 高新技术企业5年增加2万多家: the years a change took stand inside the phrase too
            over_years = i - k <= 1 and text.startswith("年", i) and bool(_CHANGED_OVER.match(text, i + 1, pos))
            if over_years:
                # (the years are no part of what is counted, nor 近 or 过去 before them; the verb goes as a trail word)
                k -= 2 if text.endswith(_YEARS_LEAD, lo, k) else 1 if text.endswith("近", lo, k) else 0
                years_at = (k, i + 1)
                i = k
                continue
            if not (latin_after or latin_before or aged or against):
                break  # a number, not part of a word like 5G, 4K or PM2.5
            i = k
            continue
        i -= 1
    end = pos
    while end > i and text[end - 1] in " \n":
        end -= 1
    if i > lo and text[i - 1] == "”" and (plan := _PLAN_BEFORE.search(text, max(lo, i - 12), end)):
        if plan.start() > lo:  # 全县财政收入由“十二五”末的3.1亿元: the phrase stands before the plan's name
            return _clause_before(text, lo, plan.start())
    date = _DATE_BEFORE.search(text, max(lo, i - 12), pos) if i > lo and text[i - 1].isdigit() else None
    if date and date.end() == pos and date.start() > lo:
        # 全市生产总值从2021年的2.4万亿元: the phrase stands before the date (国内生产总值比2000年的26.35亿元: and
        # before the comparison's 比)
        at = date.start()
        if text[at - 1] in "比较" and not text.endswith(("占比", "对比"), lo, at) and at - 1 > lo:
            at -= 1
        return _clause_before(text, lo, at)
    phrase = _joined(text[i:pos] if years_at is None else text[i : years_at[0]] + text[years_at[1] : pos])
    if (
        i > lo
        and text[i - 1] == "”"
        and len(_strip_trail(phrase)) <= 2
        and (quote := text.rfind("“", max(lo, i - 16), i - 1)) >= 0
    ):
        # 认定省级“隐形冠军”企业30家: a quoted name is part of the phrase, with what stands before it
        return _clause_before(text, lo, quote) + text[quote:i] + phrase
    if (
        i > lo
        and text[i - 1] == "、"
        and (_TOTAL_END.search(phrase) or _PEOPLE_ITEM.fullmatch(phrase))
        and (listed := _list_before(text, lo, i, pos))
    ):
        # 走访慰问困难职工、劳动模范共计45人, 走访慰问困难职工、劳模112人次: a number after a list of names (of
        # people, when no total word says so), none with a number of its own, counts every item of it
        return listed
    if i > lo and (text[i - 1] == "、" or text[i - 1].isdigit()) and "等" in phrase[:-2]:
        # 3号线、5号线等轨道交通线2条: the scan stopped inside a list; what the list is of is counted
        phrase = _after_etc(phrase)
    if (blank := _BLANK_YEAR.match(phrase)) and blank.end() < len(phrase):
        phrase = phrase[blank.end() :]  # 20xx年实现经济总收入: a template's blanked year is no part of it
    elif (
        _BLANK_CHAR.search(phrase)  # a template's blank at all (rarely): only then are its blanks listed
        and (place := list(_BLANK_PLACE.finditer(phrase)))
        and place[-1].end() < len(phrase)
    ):
        phrase = phrase[place[-1].end() :]  # 数据库中XX区共有登记企业: what stands after the blanked name
    if i > lo and text[i - 1] in "%‰":
        return _APPROX_AFTER.sub("", phrase)  # 增长11%左右,2010年达到: 左右 belongs to the number
    if i > lo and text[i - 1].isdigit():
        rest = _DATE_REMNANT.sub("", phrase)  # 5月16日教育系统: the scan stopped at the date's digits
        if rest == phrase and (unit := _unit_prefix(rest)) and is_relational(rest[len(unit) :]):
            rest = rest[len(unit) :]  # 较上年的8.1天缩短0.5天: the unit of a number that is no figure of its own
        if not _trim(rest) and text.startswith("年", i) and i - 4 > lo and text[i - 4 : i].isdigit():
            # 茶叶产量2030年达到8万吨: the phrase stands before the year
            return _clause_before(text, lo, i - 4)
        return rest
    return phrase


def _unit_prefix(phrase: str) -> str:
    """The unit a phrase opens on (天缩短 → 天), longest first; a word that opens on one (人员) is no unit."""
    units = lexicon().units
    for n in (4, 3, 2, 1):
        if len(phrase) > n and phrase[:n] in units and phrase[: n + 1] not in _WORDS_OPENING_ON_UNITS:
            return phrase[:n]
    return ""


_WORDS_OPENING_ON_UNITS = frozenset({"人员", "人口", "人数", "人均", "户均", "户籍", "家庭", "元旦", "天然", "次数", "个人", "名单", "项目", "所有", "座谈"})
_HAN = re.compile(r"[\u4e00-\u9fff]")
_AGED = ("岁", "周岁")
_BOUND_QUALIFIER = re.compile(r"[\u4e00-\u9fff]{0,2}?及?以[上下]")
_TOTAL_END = re.compile(r"(?:共计|合计|总计|共有|共|等)$")  # 困难职工、困难劳模、一线职工等1320人次: the list, in all
_LIST_REACH = 30  # how far back a list before a total is looked for
# … or before a number with no total word, a last item naming people (劳模, 社区职工): not a clause (、覆盖119.2万人)
_PEOPLE = (
    "职工|劳模|模范|人员|群众|党员|会员|妇女|儿童|老人|学生|农民工|干部|员工|教师|志愿者|代表|军人|残疾人|工人"
    "|劳动者|子女|家属|骑手|快递员"
)
_PEOPLE_ITEM = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{_PEOPLE})")
_LIST_LEN = 20  # the most of a list an indicator keeps (its last items)
_ITEM_LEN = 8  # the most of the first item kept, in whole words


def _list_before(text: str, lo: int, i: int, pos: int) -> str | None:
    """The list of names ending at the 、 before ``i`` and running to ``pos`` (its total word included), or None
    when a number stands in it. The first item keeps its last words (镇总工会联合镇民政办走访慰问困难职工 →
    走访慰问困难职工), a long list its last items."""
    j = i - 1
    while j > max(lo, i - _LIST_REACH) and (text[j - 1] not in _DELIMS or text[j - 1] == "、"):
        if text[j - 1].isdigit():
            return None
        j -= 1
    first = text[j : text.index("、", j)]
    if not first or (j == lo and lo > 0 and text[lo - 1] not in _DELIMS):
        return None  # 销售收入142亿元、利税20亿元: the scan met the figure before, not the list's start
    if len(first) > _ITEM_LEN:
        j += min((c for c in _cuts(first) if len(first) - c <= _ITEM_LEN), default=len(first) - _ITEM_LEN)
    while pos - j > _LIST_LEN and (k := text.find("、", j, pos)) >= 0:
        j = k + 1
    return _joined(text[j:pos])
# A template's blank: 近___名, XX区
_BLANK = re.compile(r"[_＿]{2,}|[xX×]{2,}")
_BLANK_PLACE = re.compile(r"(?:[_＿]{2,}|[xX×]{2,})[省市县区镇乡村]?")
_BLANK_CHAR = re.compile("[_＿xX×]")  # what a blank is made of
_APPROX_CHARS = frozenset("余多")
_APPROX_END = re.compile(r"(?:将近|不足|不到|超过|大约|近|约|逾)$")
# A bracketed note of one or two characters inside a word: 厂(政)务公开, 村(居)务, 村(社区)
_WORD_NOTE = re.compile(r"[(（][\u4e00-\u9fff]{1,2}[)）]")


def _broken_word(text: str, k: int, lo: int) -> bool:
    """A line break inside the sentence, or a lone space between two Chinese characters: a word broken by
    a PDF or a scraper (固定资产投\n资完成, 补助水 平), not a boundary."""
    if text[k] == "\n":
        return k > lo  # a break inside a sentence only wraps its line (corpus.sentences decided that)
    return (
        text[k] in " \n"
        and k - 1 >= lo
        and k + 1 < len(text)
        and bool(_HAN.match(text[k - 1]))
        and bool(_HAN.match(text[k + 1]))
    )


def _joined(phrase: str) -> str:
    if "(" in phrase:
        phrase = _PINYIN.sub("", phrase)
    return phrase.replace(" ", "").replace("\n", "") if (" " in phrase or "\n" in phrase) else phrase


# Pinyin a machine conversion left in brackets after a character: 現(xiàn)在, 總(zǒng)值
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\)")


def _note_inside(text: str, i: int, lo: int, pos: int) -> int:
    """Where a bracketed note ending at ``i`` starts, when Chinese stands on both sides of it, or 0: one
    of one or two characters (厂(政)务公开, 过亿元的县(市)增加到), or a longer qualifier with only a
    short word between it and the number (药品收入(不含饮片)占比达35%)."""
    k = max(text.rfind("(", max(lo, i - 14), i), text.rfind("（", max(lo, i - 14), i))
    short = bool(_WORD_NOTE.fullmatch(text, k, i))
    if k <= lo or not (short or (_QUALIFIER.fullmatch(text, k, i) and pos - i <= 4)):
        return 0
    return k if _HAN.match(text, k - 1) and i < len(text) and _HAN.match(text, i) else 0


def _pinyin_ends(text: str, i: int, lo: int) -> int:
    """Where a bracketed pinyin group ending at ``i`` starts, or 0."""
    if i - 1 < lo or text[i - 1] != ")":
        return 0
    k = text.rfind("(", max(lo, i - 10), i)
    return k if k > lo and _PINYIN.fullmatch(text, k, i) else 0


# How what was counted ended up, after it: 任务如期完成, 民生实事全面完成, 项目全部建成
_DONE_AFTER = re.compile(r"(?:如期|全面|全部|顺利|基本|圆满|提前|按期|按时|超额|均已|已经|已)?(?:完成|实现|建成|落实|到位|达标|投用|投运|投产|开工|竣工|运营|开通|启用)$")


def _unit_at(phrase: str, k: int) -> bool:
    units = lexicon().units
    return any(phrase[k : k + n] in units for n in (1, 2))


def _kept_at(phrase: str, k: int, cuts: frozenset[int]) -> bool:
    """A whole word that begins with a stop word starts at ``k`` (在谈项目, 在册党员; not 在岗位)."""
    return any(phrase.startswith(w, k) and k + len(w) in cuts for w in _lead_keeps())


def _stops_at(m: re.Match[str], cuts: frozenset[int]) -> bool:
    """A stop word ends the noun where it is a word of its own; 中 (among) also where jieba joins it to
    the next word (5家企业中有3家), but never at the start: 100个中小学校."""
    if m.group() == "中":
        return m.start() > 0 and m.start() in cuts
    if m.group() == "等":
        # the end of a list before the next number (40万吨聚氯乙烯等50项); not before the list's kind and the head
        # (200名厂(场)等企事业单位工会干部)
        return m.end() == len(m.string) and m.start() in cuts
    if m.group() in ("以上", "以下") and _LEVEL_BEFORE.search(m.string, 0, m.start()):
        return False  # 63名市级以上劳动模范, 大专以上学历: the level is part of who is counted
    if m.start() not in cuts or (m.group() == "慰问" and _VISIT_NOUN.match(m.string, m.end())):
        return False  # 5场慰问演出, 200份慰问品: a noun, not the act (5.2万元慰问困难职工)
    # a word of its own (职工参加), or the first of a verb and its object that jieba keeps as one (职工通过考核,
    # 项目并网发电; not 企业开展调研, what was done three times in 3次对接企业开展调研)
    return m.end() in cuts or (m.group() in _VERB_OBJECT_STARTS and min(c for c in cuts if c > m.start()) - m.start() >= 4)


_VERB_OBJECT_STARTS = frozenset({"通过", "参加", "参与", "获得", "并"})
# stop words that end the noun after a count only where a noun stands before them (stop_after's 设立, 成立, 达:
# 21家爱心企业设立…, but 40多人成立了女子乐队)
_ACTS_OF_THOSE_COUNTED = frozenset({"设立", "成立", "达"})
_VISIT_NOUN = re.compile(r"演出|品|金|信|团|活动|组")


def _noun_after(text: str, pos: int, hi: int) -> str:
    stop = _res()[2]
    if pos < hi and text[pos] in _ENUMERATOR_FIRST and _ENUMERATOR.match(text, pos, hi):
        return ""  # 新配工会干部19人三是认真做好…: the next point of a list whose punctuation a converter lost
    if pos < hi and text[pos] in "(（" and (remark := _REMARK.match(text, pos, hi)) and text.startswith("的", remark.end()):
        pos = remark.end()  # 把1000元（市里规定为500元）的慰问金: the remark is on the amount; the noun follows it
    if text.startswith("的基础上", pos):
        return ""  # 建成职工书屋86家的基础上再新建20家: the level built on, named before it
    j = pos
    if j < hi and text[j] in "的级":
        j += 1  # 5万吨的生产线; 30万吨级泊位: the class a berth is of, the berth counted
    named = j
    while j < hi and text[j] == "“":
        # 3场“劳动者之歌”巡回演出: the name is part of the counted thing
        q = _QUOTED.match(text, j)
        if not q:
            break
        j = q.end()
    if j < hi and text[j].isdigit() and (aged := _AGED_QUALIFIER.match(text, j, hi)) and _HAN.match(text, aged.end()):
        j = named = aged.end()  # 为1.46万名80周岁以上老人发放…: an age says which people, the people are counted
    elif j < hi and text[j].isdigit() and (size := _SIZE_QUALIFIER.match(text, j, hi)) and _HAN.match(text, size.end()):
        # 建成20个500千伏输变电工程, 2座35万千瓦光热发电项目: the size says which works; the works are counted
        j = named = size.end()
    k, reach = j, min(hi, j + _MAX_LEN + 4)
    while k < reach and not text[k].isdigit():
        if "\u4e00" <= text[k] <= "\u9fff":
            k = _HAN_RUN.match(text, k, reach).end()  # type: ignore[union-attr]  # a run of Chinese characters in one match
            continue
        if text[k] in "(（" and k > j and text[k - 1] in _PLACE_KINDS and (places := _PLACE_NOTE.match(text, k)):
            k = places.end()  # 45个县（市、区）: the note says which places, inside what is counted (17个乡镇（街道）总工会)
            continue
        note = _WORD_NOTE.match(text, k) if text[k] in "(（" and k > j else None
        if note and (
            (_HAN.match(text, note.end()) and text[note.end()] != "的")
            or (k - j == 1 and (note.end() >= hi or text[note.end()] in _DELIMS))
        ):
            # 58个村(社区)服务站: a note inside the noun, not after it (5个系统(产业)的职工); 分解到12个村（居）: the
            # other name of a one-character noun, at its end
            k = note.end()
            continue
        if text[k] in _DELIMS or _BLANK.match(text, k):
            break  # 代表队近___名职工: a template's blank stands for a number
        k += 1
    phrase = text[j:k]
    if not phrase or _relational()[1].match(phrase):
        return ""  # 由66户整合至12户, 3.68万亿元增长到: a verb follows, not the counted noun
    if phrase[0] in _APPROX_CHARS and (1 in _cuts(phrase) or _unit_at(phrase, 1)):
        return ""  # 0.6万元余元: an approximation (and a unit) left after the unit, no noun
    if k < hi and (text[k].isdigit() or _BLANK.match(text, k)) and (near := _APPROX_END.search(phrase)):
        phrase = phrase[: near.start()]  # 13支代表队近500名职工: 近 is the next number's
    phrase = _before_change_start(phrase)  # 25人以上企业建会率由上年的81%提高到…: the start of the next figure's change
    # Cut between words only: 中 and 在 stop the noun where a word starts (5家企业中有), not inside 中心 or 存在
    stops = list(stop.finditer(phrase))
    verbs = list(_change_verb().finditer(phrase, 2))
    # jieba's words only where a cut is to be made
    cuts = _cuts(phrase) if stops or verbs or len(phrase) > _MAX_LEN else frozenset()
    m = next((m for m in stops if _stops_at(m, cuts) and not _kept_at(phrase, m.start(), cuts)), None)
    if m and not m.start() and m[0] in _ACTS_OF_THOSE_COUNTED:
        m = None  # 40多人成立了女子乐队: no noun before the act (21家爱心企业设立…: the firms, before it)
    if m:
        phrase = phrase[: m.start()]
    done = _DONE_AFTER.search(phrase)
    if done and done.start() >= 2:
        phrase = phrase[: done.start()]  # 10万套保交楼任务如期完成: the task, not its completion
    # a change verb ends it too: 12支投资基金整合为…
    v = next((v for v in verbs if v.start() in cuts and v.end() <= len(phrase)), None)
    if v:
        phrase = phrase[: v.start()]
    if len(phrase) > _MAX_LEN:
        phrase = phrase[: max(c for c in cuts if c <= _MAX_LEN) or _MAX_LEN]
    if len(phrase) <= 6 and _SAID_OF.search(phrase) and text.startswith("的", j + len(phrase)):
        # 8家规模较大的企业, 3家女职工较多的企业: what is said of them before 的, the things after it
        return _noun_after(text, j + len(phrase) + 1, hi) or phrase
    if phrase in _ASPECTS and text.startswith("的", j + len(phrase)):
        # 8个方面的重点整改措施: the aspects are of something; that is what is counted
        return _noun_after(text, j + len(phrase), hi) or phrase
    if j > named and len(phrase) <= 2:
        # 2万套“安居”“宜居”工程: a bare head noun says little without the names before it
        phrase = text[named:j] + phrase
    return phrase


# a change's start, said after what changes and before its first figure (由上年的, 由三年前的, 由2015年底的)
_FROM_WHEN = re.compile(
    r"[由从](?:上一?年|去年|前年|年初|上年[底末]|去年[底末]|上一?学年|目前|现在|原来|过去|[一二两三四五六七八九十\d]{1,2}年前"
    r"|(?:19|20)\d\d年(?:底|末)?)(?:同期)?的?$"  # (由去年同期的54.2%: the same part of the year before)
)


def _before_change_start(phrase: str) -> str:
    """``phrase`` without the start of a change said at its end (职工人均年收入由三年前的 → 职工人均年收入), before the
    number or after the one before: what changes, not when its change started."""
    if "由" not in phrase and "从" not in phrase:
        return phrase  # most phrases say no start: no search
    start = _FROM_WHEN.search(phrase)
    if start and not start.start() and "同期" in start[0]:
        return phrase  # 存贷比为68.8%，由去年同期的65.1%: all start, no name (the figure before it names it, as before)
    return phrase[: start.start()] if start else phrase


_SAID_OF = re.compile(r"(?:较多|较大|较小|较高|较好|较强|较重|突出|困难|集中|密集)$")
_PLACE_KINDS = frozenset("县市区旗镇乡")
_PLACE_WORD = r"(?:[市区县旗镇乡]|特区|街道|自治县|林区|开发区|新区)"
_PLACE_NOTE = re.compile(rf"[(（]{_PLACE_WORD}(?:[、,，]{_PLACE_WORD})*[)）]")
# a size before a noun that classes it (500千伏, 35万千瓦, 10万吨级); a size with no noun after it is a figure of its own
_SIZE_QUALIFIER = re.compile(r"[\d.]+(?:万|亿)?(?:千伏|千瓦|兆瓦|吨|立方米|平方米|公里|千米|亩)级?(?:及以上|以上)?的?(?![\d.，,、。;；])")
_AGED_QUALIFIER = re.compile(r"\d{1,3}\s*(?:周岁|岁)(?:及|或)?(?:以上|以下|以内)?的?")
# The next point of a list right after a number: 三是…, 其二…, 第四，…
_ENUMERATOR = re.compile(r"[一二三四五六七八九十]+是|其[一二三四五六七八九]|第[一二三四五六七八九十]+[，,、]")
_ENUMERATOR_FIRST = frozenset("一二三四五六七八九十其第")
# A bracketed remark on an amount, right after its unit (1000元（市里规定为500元）的慰问金)
_REMARK = re.compile(r"[(（][^()（）。;；]{1,20}[)）]")
# A level a bound of 以上/以下 qualifies, inside what is counted (市级以上劳动模范, 中级以上职称, 本科以上学历)
_LEVEL_BEFORE = re.compile(r"(?:级|大专|本科|硕士|高中|初中|规模|限额)$")  # 规模以上企业, 限额以上单位: a class


_OWN_KINDS = ("社区", "街道", "公司", "集团", "医院", "学校", "本局", "本院", "本校", "本厂")
_OWN_KIND_FIRST = frozenset(k[0] for k in _OWN_KINDS)


def without_own_name(phrase: str, org: str | None) -> str:
    """``phrase`` without the reporting organisation's name before what is counted: 幸福里社区辖区面积 in 幸福里社区's
    report is its 辖区面积, 社区组建志愿服务队 its 组建志愿服务队 (社区工会, a kind of union, stays)."""
    if not org or (phrase[:1] not in _OWN_KIND_FIRST and phrase[:1] != org[:1]):
        return phrase  # most phrases: neither the name nor a kind word can start them
    if phrase.startswith(org) and len(phrase) - len(org) >= 2:
        return _trim(phrase[len(org) :]) or phrase
    kind = next((k for k in _OWN_KINDS if phrase.startswith(k) and org.endswith(k[-2:])), None)
    if kind and len(phrase) - len(kind) >= 3 and _ACTS_AFTER_KIND.match(phrase, len(kind)):
        return _trim(phrase[len(kind) :]) or phrase  # the kind is who acted: 社区组建…, 公司将新增…
    return phrase


# What the organisation did, after its kind word: 社区组建志愿服务队, not 社区工会 (a kind of union)
_ACTS_AFTER_KIND = re.compile(r"组建|开展|举办|新建|新增|建成|投入|共|现有|将|累计|全年|完成|实现|发放|帮助|慰问|走访|引进|招聘|培训")


# 全县14个乡镇中, 218家规上工业企业中: the things among which some are counted
_AMONG = re.compile(r"[\d０-９一二三四五六七八九十百千]+\s*[个家所户名座]([\u4e00-\u9fff]{1,8}?)(?:中|当中|里)[，,]?$")
_COUNTED_OPENER = re.compile(r"^(?:其中|这其中|内|中)")
_THOSE_WITH = ("的有", "的达", "的共有")  # …，常住人口超过3万人的有5个: a count of those the clause says


def those_counted(text: str, sent_lo: int, clause_lo: int, at: int) -> str | None:
    """The name of a count of those its clause says something of (全县14个乡镇中，常住人口超过3万人的有5个 →
    常住人口超过3万人的乡镇; 其中下降20%以上的有17家 → 下降20%以上): the clause before 的有, and what they are among.
    None when the clause does not end so before the number."""
    if not text.endswith(_THOSE_WITH, clause_lo, at):
        return None
    cut = text.rfind("的", clause_lo, at)
    said = _COUNTED_OPENER.sub("", text[clause_lo:cut].strip())
    if not 2 <= len(said) <= _MAX_LEN + 6 or not _HAN.match(said):
        return None
    among = _AMONG.search(text, sent_lo, clause_lo)
    return f"{said}的{among[1]}" if among else said


def whole_phrase(text: str, lo: int, hi: int) -> str | None:
    """The clause ``[lo, hi)`` as one phrase, a figure inside it included, without its lead and trail words:
    生产总值超200亿元的县 (the bar is part of what is counted). None when it is too long to be a name."""
    phrase = _trim(text[lo:hi].strip())
    return phrase if 2 <= len(phrase) <= _MAX_LEN + 8 else None


def indicator(text: str, span_start: int, span_end: int, lo: int, hi: int, unit: str = "") -> str | None:
    """The indicator of the figure spanning ``[span_start, span_end)`` within the clause ``[lo, hi)``.

    ``lo`` is the start of the clause or the end of the previous figure, whichever is later. In
    Chinese a measure word binds the noun after it (34家企事业单位, 2468名女职工), so that noun is
    what is counted when there is one; otherwise the phrase before the number is (新建工会组织38家).
    """
    _, trail, _, acts = _res()
    if unit == "倍" and _RATIO_OF.search(text, max(lo, span_start - 14), span_start):
        return None  # the sentence's figure before it names what is compared (in_sentence settles it)
    if unit in _NO_AFTER and (goal := _GOAL_AFTER.match(text, span_end, hi)):
        # 高于年初确定10%的目标: the goal's value (in_sentence names whose); 确定生产总值增长8%的目标 names it
        before = _clause_before(text, lo, span_start)
        # 确定生产总值增长8%的目标; …增长12%、固定资产投资增长20%的目标: what grows, named right before
        grown = _GOAL_OF.search(before) or _GROWN_IN_LIST.fullmatch(before)
        return grown.group(1) + goal.group(1) if grown else goal.group(1)
    done = _DONE_TO.match(text, span_end, hi) if unit in _TIMES else None
    if done and 1 in _cuts(text[span_end : done.end()]):  # 对 a word of its own, not of 对接
        return done.group(1)  # 先后三次对全区企业进行了督促检查: what was done three times
    after = "" if unit in _NO_AFTER else _noun_after(text, span_end, hi)
    if after and _ADMITTED.match(after) and text.startswith("的", span_end + len(after)):
        # 为4名考上大学的困难职工子女: those admitted are the children the clause before 的 describes
        after = _noun_after(text, span_end + len(after) + 1, hi) or after
    if len(after) < 2 and unit not in _NO_AFTER:
        after = _named_past_clause(text, span_end, hi) or after
    elif text.startswith(_purposes(), span_end) and lexicon().units.get(unit.lstrip(_MULTIPLIERS)) == "money":
        after = ""  # 投入资金120万元改造学生宿舍: what the money went to, not what it is
    if (after in _GOALS or after in _TASKS or after.endswith(_GOAL_ENDS)) and text.startswith("的", span_end):
        after = ""  # 新增线路12条的目标, 利润1.6亿元的经营目标: the goal is of what stands before the number
    if (
        unit not in _NO_AFTER  # (85%基层工会被评为“合格职工之家”: a share of the unions)
        and (won_by := _WON_NAMED.match(text, span_end, hi))
        and (title := _QUOTED_TITLE.match(text, won_by.end(), hi))
        and not text.startswith("奖", title.end())  # (12部文艺作品获得“五个一工程”奖: the works are counted)
    ):
        # 236名选手获"技术能手"称号, 42名职工被命名为“技术标兵”, 12人被推荐授予“市技术能手”: the title they won,
        # quoted after the verb
        return title[1]
    if after in _WINNERS and (won := text.find(after, span_end, hi)) >= 0 and _AWARDED.match(text, won + len(after), hi):
        return _verb_phrase(text, won + len(after), hi) or after  # 2名职工获得县五一劳动奖章: what they won
    if len(after) >= 2 and text.startswith("的", span_end):
        # 年产能力5万吨的生产线: the number measures the capacity, not the line
        named = trail.sub("", _clause_before(text, lo, span_start))
        if _names_and_measures()[1].search(named):
            after = ""
    if after in _AGENTS and not _AT_PLACE.search(text, max(0, span_start - 14), span_start):
        # 推动27家企业建立职代会制度: firms, by what they did (a count of a kind as wide as 企业 names little alone; not
        # where something was done: 在86家企业开展劳动竞赛 counts the firms, as 在8个社区设立… the communities)
        at = text.find(after, span_end, span_end + 2)
        agent_did = _AGENT_DID.match(text, at + len(after), hi) if at >= 0 else None
        if agent_did is not None:
            return after + agent_did[1] + agent_did[2]
    if len(after) >= 2:
        return after
    if span_start > lo and text[span_start - 1] in "”》\"":
        # 获“五一劳动奖章”3名, 发放《就业援助卡》800多张, 评出"技术能手"40名 (straight quotes, as a converter
        # leaves them): the quoted name is what is counted
        opening = {"”": "“", "》": "《"}.get(text[span_start - 1], '"')
        q = text.rfind(opening, max(0, span_start - 24), span_start - 1)
        if q >= 0 and span_start - q > 2:
            return text[q + 1 : span_start - 1]
    before = _clause_before(text, lo, span_start).lstrip("-—–~～")  # 增长5%—5.5%: the range's dash
    if (
        len(before) <= 1
        and (noted := _BRACKETED_BEFORE.search(text, max(0, span_start - 16), span_start))
        and GOAL_NOTED.search(text, max(0, noted.start() - 8), noted.start() + 1)
    ):
        # 完成全年任务（80家）的33.8%: the figure in the brackets notes the goal; the phrase before them names
        before = _clause_before(text, max(0, noted.start() - 2 * _MAX_LEN), noted.start())
    if unit in _BATCHES and before.endswith("分") and (in_batches := _verb_phrase(text, span_end, hi)):
        # 组织一线职工分6批开展疗休养: the batches are of what was done in them, not of those who went
        return _DONE_IN_BATCHES.sub("", in_batches) or in_batches
    if ("为" in before or "向" in before or "给" in before) and (gift := _act_for().search(before)):
        before = before[gift.end() :]
    elif (
        (k := span_start - len(before)) >= lo
        and _FOR_COUNTED.search(text, max(0, k - 10), k)
        and (gift := _counted_for().match(before))
        and len(before) - gift.end() >= 2
    ):
        before = before[gift.end() :]  # 为23家复工企业协调口罩1.5万只: the masks, not the firms (counted before)
    if (gave := _GAVE_TO.search(before)) and len(before) - gave.end() >= 2:
        before = before[gave.end() :]  # 为环卫工人、快递员等户外劳动者送去清凉包: what was given, not to whom
    if "予" in before and (given := _GIVEN.search(before)) and len(before) - given.end() >= 2:
        before = before[given.end() :]  # 对按期建会的企业给予奖励500元: the reward, not who earned it
    if not after and (joined := _joined_in(text, before, span_end, hi, unit)):
        return joined
    if not after and before.endswith("有") and counts_people(unit) and (did := _what_they_did(text, span_end, hi)):
        return did  # 建筑系统有392人通过考试取得了安全生产合格证: those who got it, not the system
    trimmed = _trim(before)
    if (
        unit == "%"
        and (len(trimmed) <= 1 or before.endswith(_LISTED))  # (二是约30%的小微企业工会: 二 is the point's number)
        and (share := _SHARE_OF_THINGS.match(text, span_end, hi))
        and (things := _verb_phrase(text, share.end(), hi))
    ):
        # 全省85%以上的疾控建设项目已经完成, 所有乡镇和90%的行政村通了油路: a share of the things after 的 (and what
        # they did), not the clause before nor the things listed before it
        return things
    if not trimmed and lo > 0 and text[lo - 1] in ",，" and after == "":
        # 全面实行厂务公开制度，达100%: the phrase stands in the clause before (not a figure's: 共有36名职工参加，
        # 其中8名获得… counts those who won, not 名职工参加)
        clause = _clause_before(text, max(0, lo - 14), lo - 1)
        said = _STEP_UP.sub("", text[max(0, lo - 1 - len(clause) - 1) : lo - 1])  # (跃上一个新台阶: no figure)
        if not any(ch.isdigit() for ch in said) and not _CN_FIGURE.search(said):  # (nor 百分之十二以上，达到七千元)
            before = clause
            trimmed = _trim(before)
    # trimmed twice (a lead word can stand behind a trail word's removal); a second time changes nothing
    # when the first did not
    before = trimmed if trimmed == before else _trim(trimmed)
    before = _STEP_UP.sub("", before) or before  # 全县生产总值跃上一个新台阶，由上年的135.2亿元…: the GDP's
    # the pattern's match ends with a change verb at $: a phrase that ends with none is not searched
    verb = _relational()[2].search(before) if _change_ends_phrase().ends(before) else None
    if verb and verb.start() >= 2 and len(_strip_lead(before[: verb.start()])) < 2 and _DATED_AT.match(before, verb.start()):
        before = before[verb.start() :]  # 但仍比2019年同期下降2.6%: a change against a year, of what was named before
    elif verb and verb.start() >= 2:
        # 耕层厚度提升2.1%: what rose, not that it rose; 生产总值确保增长6%, 全社会投资要增长5%: nor the resolve
        before = _RESOLVE_END.sub("", before[: verb.start()])
        before = _GOAL_SET_END.sub("", before) or before  # 生产总值增速目标设定为年均增长6%: nor how it was set
    if (
        len(before) > _LONG
        and (act := _LAST_ACT.match(before))
        and act.end() >= 5
        and len(before) - act.end() >= 2
        and not _relational()[1].match(before, act.end())  # 合作经济组织发展到: 组织 the noun
        and not before.startswith("发展", act.end())
        and not (before.endswith("组织", 0, act.end()) and before.endswith(_ORGANISED, 0, act.end() - 2))
    ):
        # 围绕全县重点工程组织劳动竞赛18项, 职工技术创新成果累计申报专利163项: what was done, from its verb
        before = before[act.end() - 2 :]
    if made := _PART_MADE.fullmatch(before) or _TIME_THEN_MADE.fullmatch(before):
        # 企业全年实现营业收入: what was made, not who made it nor when; but 省市重点项目全年完成投资: a bare 投资 is the
        # projects', and 园区全年实现规模以上工业增加值 the zone's (a part of a county; the whole of the zone's own report)
        keep = len(made["what"]) <= 2 or made.re is _PART_MADE
        before = made["who"] + made["what"] if keep else made["what"]
    elif (inner := _TIME_INSIDE.fullmatch(before)) and len(inner[1]) >= 2:
        before = inner[1]  # 户外劳动者服务站点今年新增7个: the thing stands before the time, its verb after
    if (
        (brought := _BROUGHT_TO.fullmatch(before))
        and not _PEOPLE_ITEM.fullmatch(brought["act"])
        and not counts_people(unit)
    ):
        # 组织劳模和一线职工疗休养3批: the batches are of the activity (a count of people is of those brought to it)
        before = brought["act"]
    if len(before) > _MAX_LEN:
        before = _last_words(before)
    if (made := _SUBJECT_DID.match(before)) and len(before) - made.end() >= 2 and "限额以上" not in before:
        # (限额以上企业实现零售额: the class's retail sales, not the place's 社会消费品零售总额)
        before = before[made.end() :]  # 规模以上工业企业实现营业收入2846.3亿元: what they made, not who
    if (acting := _UNION_ACTING.match(before)) and len(before) - acting.end() >= 4:
        before = before[acting.end() :]  # 区教育工会收缴工会经费: the union reporting what it did
    if _ORG_END_CHAR.search(before, 0, len(before) - 2):  # one of them before the last two characters
        acted = _names_and_measures()[0].sub("", before)  # 华兴纺织有限公司投资 → 投资
        # … but 社区卫生服务中心占比 is the centres' share, not an act of theirs; 新建民办学校工会 counts the schools'
        # unions, no act of a school's
        before = before if acted.startswith(("占", "工会", "职代会", "职工之家")) or acted in ("比重", "比例") else acted
    if before.startswith("占") and len(before) > 2 and unit not in _NO_AFTER:
        before = before[1:]  # 新建工会42家,占应建工会数40家的105%: 40家 counts what was to be built
    stripped = acts.sub("", _strip_lead(before))
    before = stripped if len(stripped) != 1 else before  # 完成率124.2%: 率 alone names nothing
    if before.lstrip(_MULTIPLIERS) in lexicon().units:
        before = ""  # 建立职代会120家,达60%: the previous figure's unit; the sentence's figures settle it
    if before and before[-1] in _DISPOSAL_CHARS and len(before) > 1 and len(before) - 1 in _cuts(before):
        before = ""  # 分别把800、300元的助学金: what 把 takes stands after the number
    helped = before in _HELPED or text.endswith(("已有", "共有"), max(lo, span_start - 2), span_start)
    if helped and _ACHIEVED.match(text, span_end, hi) and (achieved := _verb_phrase(text, span_end, hi)):
        return achieved  # 帮助312人实现再就业, 推荐2人获得市五一劳动奖章, 已有131户实现解困脱困: what they achieved
    if len(before) >= _LONG:
        before = _after_last_act(before)
    # 有180人参加的技能培训班, nothing before: those who took part are counted, not the class
    took_part = _TOOK_PART.match(text, span_end, hi)
    return _head_of_clause(before) or after or (took_part and took_part.group(1)) or _verb_phrase(text, span_end, hi) or None


# A clause before 的 that says what those counted do or have (在工作岗位上进行生产劳动的职工, 参加培训的学员,
# 符合条件的企业): the head after it is what is counted
_CLAUSE_BEFORE_DE = re.compile(r"进行|参加|参与|从事|获得|取得|符合|享受|坚守|岗位上|前来|来自|收到|返还|下拨|拨付|争取到")
_ADMITTED = re.compile(r"考上|考取|考入")
# people (or households, firms, communities) something was given to, before what was given
# those counted by a word as wide as their kind, and what they did right after it (27家企业建立职代会制度, 12名职工实现
# 技能等级提升; 参加 is said apart: _joined_in, _TOOK_PART; 通过 is how, not what: 415名职工通过考核取得了…)
_AGENTS = frozenset({"企业", "单位", "职工", "家庭", "学校", "村", "社区", "户", "人", "会员", "员工", "基层工会", "工会"})
_AGENT_DID = re.compile(r"(建立|开展|实现|签订|获得|完成|建成|成立|组建|落实|推行|实行)了?(?!的)([^，,。；;、：:！？!?\d\s]{1,10})")
# where something was done (在86家企业开展劳动竞赛), or who was brought to do it (组织86家企业、9000多名职工开展劳动竞赛):
# those counted are named by their kind alone
_AT_PLACE = re.compile(r"(?:在|到|赴|组织|动员|发动|带领)[^，,。；;在到赴]{0,8}$")
_GAVE_TO = re.compile(rf"(?:{_PEOPLE}|家庭|企业|社区)(?:送去|送上|送来|捐赠|发放)(?![额款金物])")  # (企业捐赠额: a noun)
_NOT_A_HEAD = re.compile(r"比重|比例|占比|率|数量|总数|水平")
_ANYONE = frozenset({"职工", "人数", "农民", "人员", "人口", "居民", "群众", "人", "户"})
# those who can win something, said before what they won (42名选手获得技术等级晋升: what they won is counted)
_WINNERS = _ANYONE | {"选手", "教师", "学生", "会员", "干部", "同志", "队员", "运动员", "党员", "青年"}


def _head_of_clause(phrase: str) -> str:
    k = phrase.rfind("的")
    if k < 4 or len(phrase) - k - 1 < 2 or not _CLAUSE_BEFORE_DE.search(phrase, 0, k):
        return phrase
    head = phrase[k + 1 :]
    # 参加基本养老保险的职工2.18万人: who they are only with what they joined (职工 alone names anyone)
    return phrase if _NOT_A_HEAD.search(head) or head in _ANYONE else head


_DONE = re.compile(r"了|过")
# What a reward or help is given with, before the amount: 给予奖励500元, 予以补助2000元
_GIVEN = re.compile(r".*(?:给予|予以)")
# 由46人组成的骨干队伍: the size of a group; the group is what the number counts
_FORMED = re.compile(r"(?:组成|构成)(?=的)")
# Taking part, right after a count of people (组织3213人次参加62场次的岗位练兵)
_JOIN_WORDS = "参加|参与|参训|参赛|参会"
_JOINS = re.compile(_JOIN_WORDS)
# 举办5期有180人参加的…培训班: a count of events, the people in them said in a clause before the events
_WITH_PARTICIPANTS = re.compile(rf"有[^，,。;；:：!！?？]{{1,10}}?(?:{_JOIN_WORDS})的")

# Verbs of bringing people to take part, before their number; they name nothing (组织200名职工参加 …)
_BRINGS = frozenset({"组织", "动员", "发动", "带领", "选派", "吸引", "推荐", "引导", "鼓励", "邀请"})
_PEOPLE_FAMILIES = frozenset({"person", "person_times", "household"})


@lru_cache(maxsize=256)
def counts_people(unit: str | None) -> bool:
    """Whether a figure in ``unit`` counts people or households (人, 名, 万人次, 户: their families in units.tsv)."""
    return bool(unit) and lexicon().units.get((unit or "").lstrip(_MULTIPLIERS)) in _PEOPLE_FAMILIES


def _named_past_clause(text: str, pos: int, hi: int) -> str:
    """What a number counts when a clause stands between it and the noun: 由46人组成的骨干队伍 → 骨干队伍,
    举办6期有240人参加的焊工培训班 → 培训班 (the head of the last item of the list)."""
    if pos >= hi or text[pos] not in "组构有":
        return ""  # (what all three patterns start with: a quick test first)
    if formed := _FORMED.match(text, pos, hi):
        return _noun_after(text, formed.end(), hi)
    events = _WITH_PARTICIPANTS.match(text, pos, hi)
    if not events:
        return ""
    end = events.end()
    while end < hi and text[end] not in "，,。;；:：!！?？\n":
        end += 1
    last = _NAME_SPLIT.split(text[events.end() : end])[-1]  # the list's last item
    from extract.segment import lcut

    words = lcut(last)
    head = words[-1] if len(words) > 1 and len(words[-1]) >= 2 else last
    return head if 2 <= len(head) <= _MAX_LEN else ""


# What people counted after 有 did, its last verb and object: 通过严格考试取得了安全生产合格证 → 取得安全生产合格证
_DID = re.compile(r".*(取得|获得|考取|通过|参加|参与|完成|实现)了?(?!的)([\u4e00-\u9fff“”]{2,12})$")


def _words_end(text: str, pos: int, hi: int) -> int:
    """Where the words after ``pos`` stop: a delimiter or a digit (the next number)."""
    end = pos
    while end < hi and text[end] not in _DELIMS and not text[end].isdigit():
        end += 1
    return end


def _what_they_did(text: str, pos: int, hi: int) -> str:
    did = _DID.match(text, pos, _words_end(text, pos, hi))
    return did.group(1) + did.group(2).replace("“", "").replace("”", "") if did else ""


def _joined_in(text: str, before: str, pos: int, hi: int, unit: str) -> str:
    """组织3213人次参加62场次的岗位练兵 → 参加; 组织197人参加对厂务公开的问卷调查 → 参加问卷调查: people a verb
    brought to take part are counted by what they took part in."""
    joins = _JOINS.match(text, pos, hi) if text.startswith("参", pos) and counts_people(unit) else None
    if not joins or text.startswith("的", joins.end()) or not (_strip_lead(before) in _BRINGS or before.endswith("的")):
        return ""  # 有180人参加的培训班 is said by _TOOK_PART; 8个系统的197人参加: whose they were, not what
    what = text[joins.end() : _words_end(text, joins.end(), hi)]
    what = what[what.rfind("的") + 1 :] if "的" in what else ("" if what.startswith("对") else what)
    return joins.group() + what if len(what) <= _MAX_LEN - 2 else joins.group()
# A count whose measure word is its own noun, then the verb of taking part and the event it names
# (有180人参加的技能培训班, 有300人次参与的义诊活动): what took part is counted, the verb says so
_HELPED = frozenset({"帮助", "推荐", "已有", "有", "共有", "促进", "带动", "扶持", "帮扶", "推动", "使"})
_ACHIEVED = re.compile(r"实现|获得|荣获|获|走上|取得")
_AWARDED = re.compile(r"获得|荣获|被评为|被授予|被命名为")
_GOAL_ENDS = ("目标", "目标任务")
# those counted and the verb of what they won, before the title's quotes (选手获, 职工荣获, 被命名为)
# (5家基层工会被市总工会命名为, 12人被推荐授予: who named them between)
_WON_NAMED = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:被[\u4e00-\u9fff]{0,8}?)?(?:荣获|获得|获评|获|评为|授予|命名为|表彰为)")
_QUOTED_TITLE = re.compile(r"[“\"]([^”\"，,。；;]{2,16})[”\"]")
_TOOK_PART = re.compile(rf"({_JOIN_WORDS})的")
# Prepositions whose object follows them: before the number, the phrase names who acted, not what counted
_DISPOSAL_CHARS = frozenset("把将")
_DISPOSAL = re.compile(r"[把将](?!近)")
# How often something was done to what a preposition names: 三次对全区企业进行了督促检查, 两轮向企业开展走访
_TIMES = frozenset({"次", "轮", "遍"})
_DONE_TO = re.compile(
    r"(?:对|向|为|给)[^，,。;；:：\d]{1,30}?(?:进行|开展|组织)了?([\u4e00-\u9fff]{2,6}?)(?=[，,。;；]|$)"
)


def _verb_phrase(text: str, pos: int, hi: int) -> str:
    """9户建立了困难职工档案 → 建立困难职工档案: with no noun before or after, what the counted did names them."""
    k = pos
    while k < hi and k - pos < _MAX_LEN + 2 and not text[k].isdigit():
        if text[k] == "“" and (q := _QUOTED.match(text, k)):
            k = q.end()  # 1200人次参与“安康杯”竞赛: the quoted name is what they took part in
            continue
        if text[k] in _DELIMS:
            break
        k += 1
    phrase = _DONE.sub("", text[pos:k].lstrip("的")).replace("“", "").replace("”", "")
    return phrase if len(phrase) >= 3 else ""  # 89.4%的公园实现免费开放: 的 joins them, it is no part




@cache
def _lead_nouns() -> tuple[str, ...]:
    """Lead words that name what is counted when nothing else does (基层工会, 各级工会), longest first."""
    words = lexicon().cues["indicator"]["lead"]
    return tuple(sorted((w for w in words if w.endswith(("工会", "企业", "单位"))), key=len, reverse=True))

_NOT_FIRST = frozenset({"及", "和", "与", "或", "以上", "以下", "的", "等", "之", "其"})
_NOT_FIRST_STARTS = frozenset(w[0] for w in _NOT_FIRST)


_LONG = 9  # a phrase this long may hold a clause before what was done
# … whose 组织 is a noun: 召开全县工会组织建设推进会, 基层党组织, 农村经济组织
_ORGANISED = ("工会", "党", "基层", "经济", "社会", "群团", "妇女", "青年", "团", "自治")
# match: up to the last verb of doing that opens what the number counts (the verb kept)
_LAST_ACT = re.compile(r".*(?:组织|建立|申报|开展|举办|创建|评选|实施|接待|受理|查处|破获|抓获)", re.S)


_ACTS = re.compile(
    r"举办|开展|组织|排查|整改|查出|看望|慰问|走访|申请到|申请|获得|荣获|获|审查|资助|帮助|表彰|评出|评选|召开|接待|受理|办理"
)


_JOINERS = frozenset("和及、与")
_MEASURED = re.compile(r"(?:时间|率|数|量|额|标准|提高|增加|下降|减少|增长)")


def _after_last_act(phrase: str) -> str:
    """A long phrase of who did what (举办基层工会主席和委员培训班, 排查并整改隐患, 看望慰问从教30年以上的乡村教师):
    what the last act was done to, the shortest phrase naming what is counted (ANNOTATION.md); the act with it when
    that is a word or less (送清凉)."""
    acts = [m for m in _ACTS.finditer(phrase) if m.end() < len(phrase)]
    if not acts:
        return phrase
    cuts = _cuts(phrase)
    last = next((m for m in reversed(acts) if m.start() in cuts and m.end() in cuts), None)
    if last is None:
        return phrase
    rest = phrase[last.end() :].lstrip("了到")
    if "的" in rest or phrase[last.start() - 1 : last.start()] in _JOINERS or rest[:1] in _JOINERS or _MEASURED.search(rest):
        # 开展工资集体协商的企业: the act names those counted; 竞赛奖金和表彰奖励: one of two things; 平均办理时间,
        # 资助标准提高到: what is measured of the act
        return phrase
    return rest if len(rest) >= 2 else phrase[last.start() :]


def _last_words(phrase: str) -> str:
    """The end of a long phrase, cut between words (jieba), never inside one: 全县民营经济增加值占生产总值的比重
    → 民营经济增加值占生产总值的比重, not 营经济增加值占生产总值的比重."""
    if len(phrase) <= _MAX_LEN + 4 and phrase[:1] not in _NOT_FIRST_STARTS:
        # all its words fit and the first is none to leave out (three phrases in four): the cut would keep them all
        return phrase
    from extract.segment import lcut  # jieba's cut, without its second-long dictionary load

    words = lcut(phrase)
    k = len(words)
    while k > 0 and sum(map(len, words[k - 1 :])) <= _MAX_LEN + 4:
        k -= 1
    while k < len(words) - 1 and words[k] in _NOT_FIRST:
        k += 1  # 县级及以上医院门诊预约诊疗率: not 以上医院…
    return "".join(words[k:]) or phrase[-_MAX_LEN:]


# --- the figures of one sentence, together ----------------------------------------------------------

_LIST_JOINER = re.compile(r"^(?:|、|和|及|与|或|至|到|-|—|–|~|～|,|的|降到|降至|增至|增加到|减少到|提高到|上升到|下降到)$")
# 交通事故起数和受伤人数分别下降12%、9%: the named things, then 分别 and a verb, then the list
# … or, with no names of its own, a second list after the first: 分别达到12万吨、3万吨,分别是2015年的1.2倍、1.5倍
# (…分别比“十三五”时期增长19.1%、120%: a base in quotes between 分别 and the change)
_RESPECTIVELY = re.compile(
    r"([^,，;；:：。!?！？\n]{0,40}?)分别(?:[\u4e00-\u9fff]{0,6}?|是[^,，;；:：。!?！？]{0,12}的|[比较]“[^”]{2,4}”[\u4e00-\u9fff]{0,4}?"
    # (分别由2015年底的82.4%、80.1%提高到…: from a year's levels)
    r"|[由从](?:(?:19|20)\d\d\s*年|上年|去年)?(?:底|末|初)?的?)$"
)
_NAME_SPLIT = re.compile(r"和|、|及|与|以及")
_TOTALS = re.compile(r"总数|总量|数量|总计|合计|累计|累计总数|总规模|规模|总和|累计达到|总数达到")
_LIST_SPLIT = re.compile(r"、")
_LAST_FIGURE = re.compile(
    r".*(?<![A-Za-z\d.])\d+(?:\.\d+)?(?:%|个百分点|[万亿千百]?(?:元|人|户|家|个|项|吨|倍))(?:左右|以上)?[、，,]"
)  # a figure in a list's words, not PM2.5 nor a year
_LIST_GAP = re.compile(r"^[^\d,，;；:：。!?！？]{0,6}?(?:、|和|及|与)$")


def _with(f: Figure, phrase: str) -> Figure:
    return changed(f, indicator=phrase, canonical=known(phrase))


@cache
def _implied() -> re.Pattern[str]:
    """工业用电量和货运总量年均增长9%和7%: names joined by 和, a change, then the list."""
    rel = lexicon().cues["indicator"]["relational"]
    return re.compile(
        rf"([^,，;；:：。!?！？\n]{{2,40}}?(?:和|、|及|与)[^,，;；:：。!?！？\n]{{2,30}}?)"
        rf"(?:{alternation(rel['scope'])})*(?:{alternation(rel['change'])})(?:到|至|为|了)?$"
    )


_IMPLIED_STOPS = ",，;；:：。!?！？\n"  # what ``_implied`` matches nowhere: its pattern's excluded characters
# match: up to the last of them (one scan back from the end, not one rfind a character)
_LAST_IMPLIED_STOP = re.compile(f".*[{_IMPLIED_STOPS}]", re.S)


def _implied_respectively(text: str, lo: int, pos: int) -> re.Match[str] | None:
    # The cheap tests first: a change verb must end right before the list, and a joiner stand after the
    # clause's last stop (no match spans one, so the search starts past it: the same match, found without
    # trying every earlier start against every way of splitting the names).
    if not _change_words().ends_at(text, lo, pos):
        return None
    if stop := _LAST_IMPLIED_STOP.match(text, lo, pos):
        lo = stop.end()
    if not any(c in text[lo:pos] for c in "和、及与"):
        return None
    return _implied().search(text, lo, pos)


@cache
def _change_ends_phrase() -> Endings:
    """What a phrase ends with when a change verb ends it: a verb (with its 到, 至 or 为), or a line break (where
    ``$`` also matches)."""
    verbs = lexicon().cues["indicator"]["relational"]["change"]
    return Endings((*(v + after for v in verbs for after in ("", "到", "至", "为")), "\n"))


@cache
def _change_words() -> Endings:
    """Every change verb, alone and with 到, 至, 为 or 了 after it: what ``_implied`` ends with."""
    verbs = lexicon().cues["indicator"]["relational"]["change"]
    return Endings(v + after for v in verbs for after in ("", "到", "至", "为", "了"))


def _respectively(group: list[Figure], text: str) -> list[Figure]:
    """A list of figures after ``X和Y分别…`` takes X, Y in order, when the counts agree."""
    out = list(group)
    heads = _shared_heads()
    i = 0
    earlier: list[str] = []  # the names of the sentence's last 分别 list
    # each figure looks 48 characters back for 分别; a sentence with none there (most) is told so once
    respectively = "分别" in text[max(0, out[0].start - 48) : out[-1].start]
    while i < len(out):
        lo = max(0, out[i].start - 48)
        m = _RESPECTIVELY.search(text, lo, out[i].start) if respectively and "分别" in text[lo : out[i].start] else None
        if not m:
            m = _implied_respectively(text, lo, out[i].start)
            if m and i and m.start(1) < out[i - 1].end:
                m = None  # …由82.4%、80.1%提高到96.2%、93.7%: names holding the figures before are none
        if not m and not earlier:
            i += 1
            continue
        j = i + 1  # the list: figures joined by 、 和 及 与 (each may carry its unit)
        while j < len(out) and _LIST_GAP.match(text[out[j - 1].end : out[j].start]):
            j += 1
        if not m:
            # …分别占年计划104%和98%,较上年增长12%和9%: a change of the last list, in order
            gap = _GAP_JOINER.sub("", text[after_unit(out[i - 1], text) : out[i].start]) if i else ""
            # (…分别由82.4%、80.1%提高到96.2%、93.7%, 从2020年的…提高到2025年的…: the levels reached, in order)
            undated = _GAP_JOINER.sub("", _GAP_DATE.sub("", gap))
            if earlier and len(earlier) == j - i and (_scope_only(gap) or is_relational(gap) or is_relational(undated)):
                for k, name in enumerate(earlier):
                    out[i + k] = _with(out[i + k], name)
                i = j
            else:
                i += 1
            continue
        said = m.group(1)
        if (figure := _LAST_FIGURE.search(said)) is not None:
            said = said[figure.end() :]  # 提出生产总值增长9%左右、财政收入和…分别增长: the names after the figure before
        names = [n for n in _NAME_SPLIT.split(said) if n and not _scope_only(n)]
        held = False
        if _DISPOSAL.match(text, m.end(1) + 2):
            names = []  # 甲单位和乙单位分别把800、300元的助学金…: who gave, not what was given
        totals = bool(_TOTALS.fullmatch(said))
        if totals:
            names = []  # 新增合作社27家、家庭农场45家，总数分别达到1 142家和386家: the totals of the things just added
        if not names:
            # 资产总额52亿元、净资产18亿元,同比分别增长8%、11%: the figures just before
            # name the list, in order, as an earlier 分别 list does
            listed = [f.indicator or "" for f in out[max(0, i - (j - i)) : i]]
            if totals:
                listed = [_ADDED.sub("", n) or n for n in listed]
            if len(earlier) == j - i:
                names = earlier
            elif len(listed) == j - i and len(set(listed)) == len(listed) and not any(map(is_relational, listed)):
                names = listed
            held = True  # names the figures before already hold, however long
        if len(names) == 1 and names[0].startswith("城乡") and j - i == 2:
            # 城乡居民收入分别增长6%和8%: the towns', then the villages'
            names = ["城镇" + names[0][2:], "农村" + names[0][2:]]
        longest = _MAX_LEN
        if len(names) > j - i and len(paused := [n for n in _LIST_SPLIT.split(said) if n and not _scope_only(n)]) == j - i:
            # 建筑业和交通运输业事故起数、死亡人数分别下降…: 和 joins inside a name, 、 between the names (whose
            # last words may run a word past the longest name kept)
            names, longest = [_last_words(n) if len(n) > _MAX_LEN else n for n in paused], _MAX_LEN + 2
        if len(names) != j - i or j - i < 2:
            i = j  # as many names as figures, or none is named (the names are not tidied for nothing: jieba cuts them)
            continue
        names = _shared_head([_strip_lead(_scope_end().sub("", n)) for n in names], heads)  # 治安案件同比 → 治安案件
        if all(n and (held or len(n) <= longest) for n in names):
            for k, name in enumerate(names):
                out[i + k] = _with(out[i + k], name)
            earlier = names
        i = j
    return out


@cache
def _shared_heads() -> frozenset[str]:
    return frozenset(lexicon().cues["indicator"]["shared_heads"])


def _shared_head(names: list[str], heads: frozenset[str]) -> list[str]:
    """人参、食用菌全产业链产值 → 人参全产业链产值, 食用菌全产业链产值; 刑事、治安案件 → 刑事案件, 治安案件:
    short names before a longer last one share its head (the last name less its first word, cut by jieba;
    ``heads``: the words that end a first word the short names share, cues' ``shared_heads``)."""
    if len(names) >= 2 and all(len(n) == 1 for n in names[:-1]) and len(names[-1]) >= 3:
        return [n + names[-1][1:] for n in names[:-1]] + names[-1:]  # 肉、奶产量 → 肉产量, 奶产量
    last = names[-1]
    if len(names) >= 2 and (
        ends := {h for h in heads if all(n.endswith(h) for n in names[:-1]) and 0 <= last.find(h) < len(last) - len(h) - 1}
    ):
        # 城镇居民和农村居民人均可支配收入: each short name ends on the word the last one shares
        h = max(ends, key=len)
        shared = [n + last[last.find(h) + len(h) :] for n in names[:-1]]
        if all(len(n) <= _MAX_LEN for n in shared):  # (城镇企业职工失业保险、养老保险覆盖面: no name that long)
            return shared + names[-1:]
    if len(names) < 2 or len(last) < 4 or any(len(n) > 3 for n in names[:-1]):
        return names
    from extract.segment import lcut  # jieba's cut, without its second-long dictionary load

    words = lcut(names[-1])
    if len(words) < 2 and all(len(n) == 2 for n in names[:-1]):
        words = [names[-1][:2], names[-1][2:]]  # 治安案件, one word to jieba: its first two characters
    head = "".join(words[1:])
    short = {len(n) for n in names[:-1]}
    if len(short) == 1 and words[0][(cut := short.pop()) :] in heads:
        # 城镇和农村居民人均可支配收入, 第一、第三产业增加值: jieba's 农村居民 is one word, its 居民 shared
        head = names[-1][cut:]
    elif len(words) < 2 or len(head) < 2:
        return names
    return [n + head for n in names[:-1]] + names[-1:]


def _share_lists(group: list[Figure], text: str) -> list[Figure]:
    """Members of a list (分别有36名和25名选手) with no phrase of their own share their neighbour's."""
    out = list(group)
    for i, f in enumerate(out):
        if f.indicator:
            continue
        joined: list[tuple[int, int, str]] = []  # (how loosely, which neighbour, the joiner)
        for j in (i + 1, i - 1):
            if 0 <= j < len(out) and out[j].indicator:
                a, b = (f, out[j]) if j > i else (out[j], f)
                gap = text[a.end : b.start]
                if a.approx and gap[:1] in "多余" and gap[1:].startswith(a.unit):
                    gap = gap[1:]  # 420余期、1.6万人次: past the approximation
                # the gap holds the first figure's unit and a joiner: 36名和25 → 名和
                joiner = gap[len(a.unit) :] if gap.startswith(a.unit) else gap
                joiner = joiner.lstrip("多余以上左右")
                if _LIST_JOINER.match(joiner):
                    joined.append((joiner in (",", "，"), j, joiner))
        if joined:
            # 脱贫326户1083人，2个贫困村出列: the neighbour it stands against (户人) before the one past a comma
            _, j, joiner = min(joined, key=lambda x: x[0])
            name = out[j].indicator or ""
            if j < i and joiner == "的" and text.endswith("占" + name, 0, out[j].start):
                name = "占" + name  # 占应建工会数40家的105%: the share of what was to be built
            out[i] = _with(f, name)
    return out


# Between a figure and the next one that measures the same thing: 耕层厚度提升3.5%、达到20.6厘米
_GAP_JOINER = re.compile(r"^[、,，和（(]+|的$")  # （2020年为452起）: a note opening on the year is the joiner
_NOTE_AFTER = re.compile(r"^[（(][^()（）]{1,4}[)）]")
_WHOLE_PLACE = re.compile(r"^全[县市区镇乡省州旗]")
_PLANNED_END = re.compile(r"(?<=[\u4e00-\u9fff]{3})(?:计划|预期)$")
_DONE_WHEN = re.compile(r"^(?:全年|当年|实际|全年实际)(?=完成|实现)")
_TOTAL = re.compile(r"(?:累计|总计|共计|总数|总量|合计)?(?:达到|达|突破|超过|为|是|建成)?|累计|总数|总计|共")
# Counts of what is done in batches or sessions (分6批开展疗休养, 培训3期、共37人次)
_BATCHES = frozenset({"批", "批次", "期", "轮"})
# a step climbed, said in the clause before a level: 经济总量迈上新台阶, 生产总值跃上一个新台阶
_STEP_UP = re.compile(r"(?:跃上|迈上|跨上|登上|迈入|跨入)了?(?:一个|两个|几个)?(?:新的?|更高的?)?台阶$")
_BRACKETED_BEFORE = re.compile(r"[(（][^()（）,，;；。]{1,12}[)）]的?$")  # (a goal noted in them: targets.GOAL_NOTED)
_DONE_IN_BATCHES = re.compile(r"^(?:开展|组织|举办|进行|安排)(?=[\u4e00-\u9fff]{2})")
# a verb alone after the figure before (新建职工书屋9个，累计建成42个): it names nothing of its own
_BARE_DONE = frozenset({"建成", "达到", "累计达到", "累计建成"})
# between a count and its share: a comma and 占 what (留守儿童327人，占在校学生总数的26.5%)
# a share said after its thing: 占, or 约占, 仅占 (其中本级支出31.5万元，约占32.5%), and the gap it fills after the thing's
# figure (not 占计划的100%)
_SHARE_WORD = r"(?:约|大约|仅|只)?占"
_SHARE_SAID = re.compile(_SHARE_WORD)
_SHARE_GAP = re.compile(rf"[，,、]?{_SHARE_WORD}(?![^，,。;；\d]{{0,8}}(?:计划|预算|任务|目标))[^，,。;；\d]{{0,12}}")
_ADDED = re.compile(r"^(?:新增|新建|新改建|新推出|新认定|新培育|新开通|新登记|新注册|新)")
# what the things counted are worth: 送去清凉包2300份，价值约11.5万元 (the figure before names them; an amount for each
# of them, 每户800元, keeps its 每户: annotators name it so as often as by whom it went to)
_PER_HEAD = frozenset({"价值", "折合", "折合金额", "总价值"})


def _worth_of(phrase: str | None, before: Figure) -> bool:
    """Whether ``phrase`` says only what the things the figure before counts are worth (价值约, 折合金额): not
    when that figure counts people (覆盖职工2860人，折合金额48万元: what was given them is worth it)."""
    return bool(phrase) and (phrase or "").removesuffix("约") in _PER_HEAD and not counts_people(before.unit)


def _share_of(before: Figure, f: Figure, text: str) -> bool:
    """Whether ``f`` (占…的26.5%) is the share of what the figure before it counts, said right after it."""
    return (
        before.unit not in ("%", "‰", "个百分点")
        and bool(before.indicator)
        and not is_relational(before.indicator)
        and bool(_SHARE_GAP.fullmatch(text, after_unit(before, text), f.start))
    )
# a total's figures said one by one after it, nothing named between (…386.5万元，分别为108.5万元、135.2万元)
_SPLIT_INTO = re.compile(r"[，,]\s*分别(?:为|是)?")
_LIST_GAP_NAMELESS = re.compile(r"\s*[、和及与]\s*")
_ADDED_END = re.compile(r"(?:新增|新建|新推出|增加)$")
_GOAL_SET_END = re.compile(r"(?:预期)?(?:目标)?(?:设定|确定|定)为$")
_RESOLVE_END = re.compile(r"(?:力争|确保|争取|要|将|需要|必须|需|须|应)$")
_COPULAS = frozenset({"达到", "达", "为", "是", "至", "到", "完成", "实现"})
# 营业收入确保达到92亿元，力争95亿元 / 生产总值增长6%，力争7%: a higher goal for the same thing
_REACH_FOR = re.compile(r"(?:力争|争取|确保|努力)(?:达到|达|实现|完成|突破|超过)?")
# A date in the gap: 增长11%左右,2010年达到1.7万亿元 / 增长到2025年的560亿元
_GAP_DATE = re.compile(r"(?:(?<![\d.])\d{4}年(?:\d{1,2}月)?(?:底|末|初)?|(?<![上去今明])年(?:底|末))(?:的)?")  # (下降到年末的1205户)
# The figure before is a baseline, not the thing measured: 与去年同期的20件次相比,分别下降25%
_BASELINE_GAP = re.compile(r"相比|相较")
# … or the words right before it: 与去年同期的12件次相比, 比上年的3.2万人, 较去年同期55.9万元
_BASELINE_BEFORE = re.compile(r"(?:与|同|(?<![占对])比|较)(?:去年|上年|上一年)?(?:同期)?(?:的)?$")  # not 占比


_CN_FIGURE = re.compile(r"[百千]分之|[一二两三四五六七八九十]+(?:点[零〇一二三四五六七八九]+)?[百千万亿]*(?:元|人|户|家|项|个|%)")
# who, when, then made or done: what follows the verb is what is counted
_TIME_THEN_MADE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,8}?)(?:今年|全年|本年|当年|上半年|下半年|[一二三四]季度|前三季度|\d{1,2}-\d{1,2}月)(?:共|累计)?"
    r"(?:实现|完成)(?P<what>[\u4e00-\u9fff]{2,})"
)
_PART_MADE = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{0,8}?(?:园区|开发区|高新区|新区))(?:今年|全年|本年|当年|上半年|下半年|[一二三四]季度|前三季度)?"
    r"(?:共|累计)?(?:实现|完成)(?P<what>[\u4e00-\u9fff]{2,})"
)
_TIME_INSIDE = re.compile(
    r"(.+?)(?:从|由)?(?:今年|去年|明年|全年|本年|当年|年内|上半年|下半年)(?:以来)?(?:共|累计|再|又|已)?"
    r"(?:新增|新建|增加|减少|达到|达|完成|实现|建成|发展|为|有)?"
)
# 组织劳模和一线职工疗休养, 安排青年教师跟岗培训: a verb bringing people, the people, then what they were brought to
_BROUGHT_TO = re.compile(
    r"(?:组织|安排|带领|选派)(?:[\u4e00-\u9fff]{0,6}?(?:职工|劳模|模范|人员|会员|党员|干部|员工|教师|工人|农民工)(?:和|及|与|、)?)+"
    r"(?!书屋|之家|小家|驿站|食堂|宿舍|公寓|活动中心|服务中心)(?P<act>[\u4e00-\u9fff]{2,6})"
)
_AMONG_AT = re.compile(r"^其中(?:\d{1,2}月份?|[一二三四]季度|上半年|下半年)")
_MILESTONE_HEAD = re.compile(r"^(?:大关|关口|台阶|大台阶)")
_GOAL_LEAD = re.compile(r"^(?:力争|确保|争取|预计|有望|要|将|可)")
_PER_YEAR = re.compile(r"(?:年均|平均每年|每年平均|每年)([\u4e00-\u9fff]{1,4})")


_DONE_OF_GOAL = re.compile(rf"(完成了?{GOAL_OF})(?:[（(][^）)]{{1,12}}[）)])?的$")  # (a goal noted in brackets between)


def measures_a_goal(indicator: str) -> bool:
    """城镇新增就业完成年度目标: how much of a goal was done, which no canonical name (the thing's, a headline's) fits."""
    return bool(_GOAL_SHARE_NAMED.search(indicator))


_GOAL_SHARE_NAMED = re.compile(r"(?:完成|占)[^，,]{0,10}?(?:目标|计划|任务|预算)(?:任务)?$")  # (named by _DONE_OF_GOAL)
_EACH_ONE = frozenset({"每人", "每户", "人均", "户均", "每名", "每位", "每家"})
_EACH_END = tuple(w for w in _EACH_ONE if w.startswith("每"))  # (资助标准提高到每人: said of the amount after it)
_GIVING_VERBS = frozenset({"发放", "送去", "送上", "资助", "补助", "发给", "奖励"})  # (救助, 慰问 also name what was given)
_BARE_GIVING = frozenset({"发放", "共发放", "累计发放", "合计发放"})  # (…，发放49.2万元: the money given before)
_GIVEN_THING = re.compile(
    rf"(?:{alternation([*_GIVING_VERBS, '救助', '慰问'])})了?[“\"]?"
    r"([\u4e00-\u9fff]{0,8}?(?:金|费|款|红包|补助|补贴|资金|慰问品|物资|礼包|礼品))[”\"]?"
)
_GIVE_REACH = 40


def _given_each(text: str, at: int) -> str | None:
    """What each one got, for a bare 每人/人均 amount (or a bare 发放): the money or goods the sentence gave before it."""
    lo = max(*(text.rfind(stop, 0, at) for stop in "。；;\n"), at - _GIVE_REACH) + 1  # (its own clauses)
    things = [m[1] for m in _GIVEN_THING.finditer(text, lo, at)]
    each = next((w for w in _EACH_ONE if text.startswith(w, at - len(w))), "")
    if things:
        return each + things[-1]  # 每人慰问金: each one's, of what was given (annotators name either)
    return None  # (困难劳模216名，每人1000元: 每人 as written; annotators name it so as often as by whom it went to)


_AMOUNT_OF = frozenset({"总量", "总额", "总规模"})
_GOAL_END = re.compile(r"(?:目标)?任务$|目标$")
_TASK_NAMED = re.compile(rf"^{TASK_OF}$")


def _inherit(group: list[Figure], text: str) -> list[Figure]:
    """A figure that names only a change or comparison (、增长4.6%, 高于全省平均水平2个百分点, 从2.4万亿元
    增长到2025年的560亿元) measures the thing the figure before it in the sentence names; so does a goal
    it is compared with (增长18%,高于10%的目标8个百分点: 10% is that thing's goal, 8 its excess)."""
    out = list(group)
    goals = {i for i, f in enumerate(out) if f.indicator in _GOALS and _GOAL_AFTER.match(text, after_unit(f, text))}
    for i, f in enumerate(out):
        if f.unit == "%" and (done := _DONE_OF_GOAL.search(text, max(0, f.start - 20), f.start)):
            # 完成年度目标的60.6%: how much of the goal was done, of what the figure before counts (占年初预算的52.1% is
            # left as the sentence's relations name it: a share a draft writes after its figure, 为…的52.1%)
            thing = next((g for g in reversed(out[:i]) if g.unit != "%" and g.indicator and not is_relational(g.indicator)), None)
            if thing is not None and thing.indicator:
                out[i] = changed(f, indicator=thing.indicator + done[1], canonical=None)
            elif not (f.indicator or "").endswith(done[1]):
                out[i] = changed(f, indicator=done[1], canonical=None)
            continue
        if (
            f.indicator in _EACH_ONE or (f.indicator in _BARE_GIVING and lexicon().units.get(f.unit.lstrip(_MULTIPLIERS)) == "money")
        ) and (name := _given_each(text, f.start)):
            out[i] = _with(f, name)  # 发放“留岗红包”，每人200元: what each was given (else who: 困难劳模216名，每人1000元)
            continue
        if not i:
            continue
        before = out[i - 1]
        if (
            f.indicator is None
            and before.unit == f.unit
            and before.indicator
            and (_SPLIT_INTO.fullmatch(text, after_unit(before, text), f.start) or (
                _LIST_GAP_NAMELESS.fullmatch(text, after_unit(before, text), f.start)
                and i >= 2 and out[i - 2].unit == f.unit
            ))
        ):
            # 三年累计筹集帮扶资金386.5万元，分别为108.5万元、135.2万元和142.8万元: the total's parts, of what it counts
            out[i] = _with(f, before.indicator)
            continue
        if f.unit == "%" and _SHARE_SAID.match(f.indicator or "") and _share_of(before, f, text):
            out[i] = _with(f, (before.indicator or "") + "占比")  # 留守儿童327人，占在校学生总数的26.5%: their share
            continue
        if f.indicator in _AMOUNT_OF and before.indicator and not is_relational(before.indicator) and f.unit != before.unit:
            # 地区生产总值增长6.5%，总量达到335亿元: the amount of what grew (新登记经营主体…，总量达2037.7万户: of them all)
            bare = _ADDED_END.sub("", _ADDED.sub("", before.indicator, count=1))
            out[i] = _with(f, bare if len(bare) >= 2 else before.indicator)
            continue
        if _TASK_NAMED.search(f.indicator or "") and text.startswith("的", after_unit(f, text)):
            # 城镇新增就业3216人，完成市下达目标任务3000人的107.2%: the task is of what was done (the figure before in its
            # unit: 完成财政收入2316万元，同比增长12.4%，完成全年任务4200万元的55.1%), a goal
            result = next((g for g in reversed(out[:i]) if g.unit == f.unit), None)
            if result is not None and result.indicator and not is_relational(result.indicator):
                out[i] = changed(_with(f, result.indicator), target=True)
                continue
        named = f.indicator is not None and not (
            is_relational(f.indicator)
            or _scope_only(f.indicator)
            or f.indicator in _BARE_DONE
            or _worth_of(f.indicator, before)
        )
        prior = before.indicator
        if named and prior and (per := _PER_YEAR.fullmatch(f.indicator or "")) and per[1] in prior[: len(per[1]) + 4]:
            # 五年新建基层工会组织1128家，年均新建225家: the same thing, a year's share (not the five years')
            out[i] = _with(f, prior[prior.find(per[1]) :])
            continue
        if named and i not in goals and f.indicator not in _GOALS:
            # the figure names a thing of its own (most do; 到2015年达到105亿元, 累计18亿元: a scope alone names
            # nothing either): nothing to inherit, so the gap is not read
            continue
        gap = text[before.end : f.start]
        if before.unit and gap.startswith(before.unit):
            gap = gap[len(before.unit) :]
        # 租赁住房4万套（间）、累计达到21万套 / 新推出7项创新成果、累计达到61项: past the unit's
        # note and the noun the figure before counts
        gap = _NOTE_AFTER.sub("", gap, count=1)
        if before.indicator and gap.startswith(before.indicator):
            gap = gap[len(before.indicator) :]
        elif before.unit in _BATCHES and before.indicator and (cut := _CLAUSE_END.search(gap)):
            # 分6批开展疗休养，共计240人: past the activity the batches count (and the verb before it)
            activity = gap[: cut.start()]
            if activity.endswith(before.indicator) and len(activity) - len(before.indicator) <= 2:
                gap = gap[cut.start() :]
        k = i - 1
        if (
            _BASELINE_GAP.search(gap)
            or _BASELINE_GAP.search(before.indicator or "")
            or _BASELINE_BEFORE.search(text, max(0, before.start - 8), before.start)
        ):
            # 来信来访27件次，与去年同期的35件次相比，下降22.9%: the change is of what the baseline is compared with
            if i < 2 or out[i - 2].unit != before.unit:
                continue
            k = i - 2
        while k in goals and k > 0:  # a goal's value measures what the figure before it names, too
            k -= 1
        if (
            k > 0
            and (_SHARE_OF_PLAN.fullmatch(out[k].indicator or "") or _GOAL_SHARE_NAMED.search(out[k].indicator or ""))
            and out[k].unit == "%"
            and (f.unit == "%" or (_family(f) is not None and _family(f) == _family(out[k - 1])))
        ):
            # 收入5.86亿元，占年初预算的53.2%，同比增长8.4% / 比上年增加1120万元: the growth is the income's, not the share's
            k -= 1
        source = out[k]
        if i in goals or f.indicator in _GOALS:
            # 12%的目标 is the goal of what grew; 目标14.4个百分点 is how far it was beaten
            if source.indicator and k not in goals and not is_relational(source.indicator):
                out[i] = _with(f, source.indicator + ("目标" if i in goals else ""))
            if i not in goals:
                out[i] = changed(out[i], target=False)  # how far a goal was beaten is a result
            continue
        total = False
        if f.indicator is None or f.indicator in _BARE_DONE:
            said = _GAP_JOINER.sub("", _GAP_DATE.sub("", _APPROX_AFTER.sub("", gap.replace(" ", ""))))
            # 突破10亿元大关，达到10.38亿元 / 增长10%以上，力争突破3450万元: past the milestone, the goal's verb
            if f.unit == before.unit:
                said = _GAP_JOINER.sub("", _MILESTONE_HEAD.sub("", said))
            said = _GOAL_LEAD.sub("", said) or said
            said = _AMONG_AT.sub("", said) or said  # 床位使用率92.3%，其中3月份达到97.8%: a part of the time, 达到
            said = _WHOLE_PLACE.sub("", said) or said  # 新建…3个，全县累计达到41个: the place's total
            # 一般公共预算收入计划增长6.5%，全年完成2356.8亿元: what the plan was of, done (实际完成, 全年实现)
            said = _DONE_WHEN.sub("", said) or said
            # 新建绿道37公里、累计达到216公里 / 新增上市公司6家，总数18家: the total of what was added
            total = bool(_TOTAL.fullmatch(said))
            reach = bool(_REACH_FOR.fullmatch(said)) and f.unit == before.unit
            worth = _worth_of(said, before)
            if said not in _COPULAS and not is_relational(said) and not _RATIO_OF.search(gap) and not total and not reach and not worth:
                continue
            if (
                said in _COPULAS
                and _family(before) not in (_family(f), None)
                and lexicon_name(out[k].indicator) is None
                and (opening := _opening(out, text))
            ):
                # 生产总值跨越2个百亿元台阶，达到286亿元: a level of what the sentence opens on, not of the steps
                out[i] = _with(f, opening)
                continue
        if source.indicator and not is_relational(source.indicator):
            # (社会消费品零售总额计划增长10%，全年实现1.03万亿元: of what the plan was for)
            name = _PLANNED_END.sub("", source.indicator) if source.target and not f.target else source.indicator
            if total:  # the total is of the thing, not of its additions: 新建绿道 → 绿道, 铁路运营里程新增 → 铁路运营里程
                bare = _ADDED_END.sub("", _ADDED.sub("", name, count=1))
                name = bare if len(bare) >= 2 else name
            out[i] = _with(f, name)
    return out


def _family(f: Figure) -> str | None:
    return lexicon().units.get(f.base_unit or "")


def _opening(group: list[Figure], text: str) -> str | None:
    """The phrase a sentence opens on before its first figure, without the verb that leads to it (地区生产总值跨越
    → 地区生产总值), when it is a lexicon name: what a level reached later in the sentence is of."""
    first = group[0].start
    lo = max(text.rfind(c, 0, first) for c in "。！？!?；;\n") + 1
    head = _CLAUSE_CUT.split(text[lo:first])[0]
    m = _opening_verb().search(head)
    phrase = _trim(head[: m.start()] if m else head)
    if not phrase or len(phrase) > _MAX_LEN or _BLANK.search(phrase):
        return None
    return phrase if lexicon_name(phrase) is not None else None


_CLAUSE_CUT = re.compile(r"[，,、]")
_CLAUSE_END = re.compile(r"[，,、；;]")


@cache
def _opening_verb() -> re.Pattern[str]:
    """The verb after the name a sentence opens on: a step climbed (地区生产总值跨越…) or a change (城镇化率提高
    1.6个百分点; the change verbs of cues.yaml)."""
    verbs = ["跨越", "跨过", "迈上", "迈过", "突破", "登上", "跃上", "实现", *lexicon().cues["indicator"]["relational"]["change"]]
    return re.compile(rf"(?:连续)?(?:{alternation(verbs)})")


def after_unit(f: Figure, text: str) -> int:
    """Where the unit written after ``f``'s number ends (its number's end when none is written there)."""
    return f.end + len(f.unit) if f.unit and text.startswith(f.unit, f.end) else f.end


_SHARE_OF_PLAN = re.compile(r"(?:占|完成)?(?:年初|年度|全年|年)?(?:预算|计划|目标|任务)(?:任务|目标)?")
_EARLIER = re.compile(
    r"(?:与|同|比|较)?(?:(?:去年|上年|上一年|上年度|上学年)(?:同期)?(?:的)?(?:(?:这一|这个|该)(?:数字|数据))?"
    # 与2010年第六次全国人口普查的412307人相比: the count of the census before
    r"|(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?)?(?:零时|0时)?第[一二三四五六七八九十]+次全国[^，,。；;]{0,4}普查(?:时)?(?:的)?)"
)
# 完成营业收入86万元,去年同期完成70万元 / 来电2批次,比去年5批次: a clause saying only when, and a verb
_EARLIER_SAID = re.compile(
    r"[,，、;；]?(?:与|同|比|较)?(?:去年|上年|上一年|上年度|上学年)(?:同期|[一二三四]季度|上半年|下半年|全年|\d{1,2}(?:-\d{1,2})?月)?"
    r"(?:这一|这个|该)?(?:数字|数据)?(?:完成|实现|为|是|达到|达|共|累计)*"
)


def _baselines(group: list[Figure], text: str) -> list[Figure]:
    """A figure named only by the time it is compared with (受理来信6件次、涉及9人次,比去年同期的8件次、15人次)
    is the earlier level of the nearest figure before it in the same unit."""
    out = list(group)
    earlier = set()
    for i, f in enumerate(out):
        listed = f.indicator is None and i - 1 in earlier and _LIST_GAP.match(text[after_unit(out[i - 1], text) : f.start])
        said = f.indicator is None and i > 0 and (
            _EARLIER_SAID.fullmatch(text, after_unit(out[i - 1], text), f.start)
            or _DATED_BEFORE.search(text, max(0, f.start - 12), f.start)  # 较“十三五”末的9323.1亿元
        )
        if not listed and not said and not (f.indicator and (_EARLIER.fullmatch(f.indicator) or _scope().fullmatch(f.indicator))):
            continue
        earlier.add(i)
        for j in range(i - 1, -1, -1):
            g = out[j]
            if j not in earlier and g.unit == f.unit and g.indicator and not _scope_only(g.indicator):
                out[i] = _with(f, g.indicator)
                break
    return out


def in_sentence(group: list[Figure], text: str) -> list[Figure]:
    """Indicators that only the sentence's other figures settle: baselines, 分别 lists, list members
    sharing a phrase, changes and comparisons measuring what the figure before them names."""
    if len(group) < 2:
        return group  # every step below relates two figures of the sentence; half the sentences hold one
    group = _converted(group, text)
    return _named_again(_ranges(_inherit(_share_lists(_respectively(_baselines(group, text), text), text), text), text), text)


_CONVERTED = frozenset({"合", "折合", "约合", "折", "折合人民币", "约合人民币", "合人民币", "相当于"})
_CONVERSION_NOTE = re.compile(r"\s*[（(]\s*")


def _converted(group: list[Figure], text: str) -> list[Figure]:
    """粮食总产量28.53万吨（合5.71亿斤）: the same amount in another unit, noted right after it, measures the same thing."""
    out = group
    for i in range(1, len(group)):
        f, prev = out[i], out[i - 1]
        if f.indicator in _CONVERTED and prev.indicator and _CONVERSION_NOTE.fullmatch(text, after_unit(prev, text), f.start - len(f.indicator)):
            out = out if out is not group else list(group)
            out[i] = _with(f, prev.indicator)
    return out


_DONE_BARE = frozenset({"完成", "全年完成", "累计完成", "达到", "实现"})
_HELD_VERBS = frozenset({"开展", "组织", "举办", "举行", "召开"})  # (what they hold is named apart from them: 开展劳动竞赛)
_BARE_VERBS = frozenset(
    {"新建", "新增", "发展", "建成", "累计新建", "累计新增", "累计发展", "新发展", "组建", "培训", "资助", "慰问", "再建", "再新建",
     "新创建", "创建", "再创建"}
)
_AGAIN_REACH = 24
_AGAIN_BUILT = frozenset({"再建", "再新建", "新创建", "再创建", "新建", "新增", "建成"})  # a bare build after a stock
_THING = re.compile(
    r"(?:现有|已有|已建成?|计划新建|计划建成|计划)?(?P<thing>[\u4e00-\u9fff“”\"]{2,10}?(?:站|点|室|屋|家|所|馆|园|中心|基地|驿站|阵地))"
)
_BUILT = re.compile(r"(?:已|累计)?(?:建成|新建|建立|创建|组建)(.{2,})")


def _act_named(act: str, before: list[Figure], unit: str) -> str | None:
    """What the last figure before in ``unit`` names ``act`` doing (新建工会组织 for 新建), without its goal's word."""
    for g in reversed(before):
        if g.unit == unit and g.indicator and (k := g.indicator.find(act)) >= 0 and k + len(act) < len(g.indicator):
            doing = g.indicator[k:]
            return _GOAL_END.sub("", doing) or doing
    return None


def _named_again(group: list[Figure], text: str) -> list[Figure]:
    """新建基层工会组织每年不少于60家，五年累计新建300家以上 / 四季度新建工会组织12家，确保全年完成50家: a figure the next
    clause names only by its verb (or by nothing) counts what the figure before it in the same unit counts."""
    out = group
    for i in range(1, len(group)):
        f, prev = out[i], out[i - 1]
        ind = f.indicator
        if ind in _BARE_VERBS and f.unit != "%" and (doing := _act_named(ind, out[:i], f.unit)):
            # 五年累计新建工会组织2146家，…分别新建512家、468家: what the act did, as the sentence named it before, a
            # list's members too (全年新建工会组织任务120家，…其中三季度新建31家: not the goal)
            out = out if out is not group else list(group)
            out[i] = _with(f, doing)
            continue
        if (
            ind in _HELD_VERBS
            and f.unit != "%"
            and (
                text.endswith("分别" + ind, 0, f.start)
                or (group[i - 1].indicator == ind and _LIST_GAP_NAMELESS.fullmatch(text, after_unit(prev, text), f.start))
            )
            and (held := next((g for g in reversed(out[:i]) if g.unit == f.unit and g.indicator not in (None, ind)), None))
            and held.indicator
            and not is_relational(held.indicator)
        ):
            # 三年累计开展劳动竞赛126项，2021年、2022年、2023年分别开展38项、41项和47项: what was held, named by the total
            out = out if out is not group else list(group)
            out[i] = _with(f, held.indicator)
            continue
        if f.unit != prev.unit or not prev.indicator or len(prev.indicator) < 4 or f.start - prev.end > _AGAIN_REACH:
            continue
        between = text[prev.end : f.start]
        if f.value is None or f.unit == "%" or "分别" in between or "、" in between:
            continue  # (总数分别达到1 142家和386家, a list's members: each its own; a share is no count of it)
        if ind is None or ind in _DONE_BARE or (ind in _BARE_VERBS and prev.indicator.startswith(ind)):
            out = out if out is not group else list(group)
            out[i] = _with(f, prev.indicator)
        elif ind in _BARE_VERBS and (built := _BUILT.match(prev.indicator)):
            out = out if out is not group else list(group)
            out[i] = _with(f, ind + built[1])  # 建成职工书屋86家的基础上再新建20家: 新建职工书屋
        elif ind in _AGAIN_BUILT and (thing := _THING.fullmatch(prev.indicator)):
            out = out if out is not group else list(group)
            out[i] = _with(f, ind + thing["thing"])  # 在现有64个工会驿站的基础上，再建36个: 再建工会驿站
    return out


# 规模以上工业企业（年主营业务收入2000万元及以上）实现增加值13.25亿元 / 规上工业企业完成总产值…；实现工业增加值
# 7.06亿元: the value added the sentence's above-size industry made
_ABOVE_SIZE = re.compile(r"规模以上工业|规上工业")
_ADDED_VALUE = frozenset({"增加值", "工业增加值", "实现增加值", "完成增加值", "实现工业增加值", "完成工业增加值"})


def above_size(group: list[Figure], text: str, sent_start: int) -> list[Figure]:
    """A value added (增加值, 工业增加值) in a sentence about above-size industry is its value added."""
    out = group
    for i, f in enumerate(group):
        if f.indicator not in _ADDED_VALUE:
            continue
        # past a semicolon (a sentence here), not past a full stop
        lo = 1 + max(text.rfind("。", 0, sent_start), text.rfind("\n", 0, sent_start)) if sent_start else 0
        if _ABOVE_SIZE.search(text, lo, f.start):
            out = out if out is not group else list(group)
            out[i] = _with(f, "规模以上工业增加值")
    return out




def goals_noted(group: list[Figure], text: str) -> list[Figure]:
    """A goal noted in brackets (新建基层工会组织27家，完成全年任务（80家）的33.8%) is the goal of what the figure
    before it in its unit counts."""
    out = group
    for i, f in enumerate(group):
        if i and not f.indicator and GOAL_NOTED.search(text, max(0, f.start - 8), f.start):
            named = next((g for g in reversed(out[:i]) if g.unit == f.unit and g.indicator), None)
            if named is not None and named.indicator:
                out = out if out is not group else list(group)
                out[i] = _with(f, named.indicator)
    return out


_RANGE_JOIN = re.compile(rf"\s*{RANGE_JOIN}\s*")


def _ranges(group: list[Figure], text: str) -> list[Figure]:
    """Both ends of a range count one thing (ANNOTATION.md: two figures, one indicator): the high end's phrase
    (每村配备1-2个公益岗位), else the low end's, else, when neither has one (师生比2---3人/所), the words before it."""
    for i in range(len(group) - 1):
        lo, hi = group[i], group[i + 1]
        if lo.unit != hi.unit or not _RANGE_JOIN.fullmatch(text, lo.end, hi.start):
            continue
        named = [f.indicator for f in (hi, lo) if f.indicator and _HAN.search(f.indicator)]
        # 师生比2---3人/所: neither end has a phrase of its own; the words before the range name both
        name = named[0] if named else _trim(_clause_before(text, max(0, lo.start - _MAX_LEN), lo.start)) or None
        for k, f in ((i, lo), (i + 1, hi)):
            if name and f.indicator != name:
                group[k] = _with(f, name)
    return group
