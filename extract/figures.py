"""Find figures in normalised text: the matching step.

One compiled pattern finds every candidate — an optional approximation word, a number (Arabic,
Chinese, 百分之…, fractions) or a template blank, an optional multiplier (万 亿 千 百) and a unit or
measure word from the lexicon. ``find_candidates`` returns them in text order; filtering (dates,
ordinals, names, slogans) happens here too because it only needs the characters around the match.
Indicators, targets and relations are resolved afterwards (``extract.pipeline``).

Overlap policy: the pattern is applied left to right without overlaps and the longest unit wins
(人次 over 人, 个百分点 over 个), so two candidates never share characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extract.lexicon import alternation, cue_pattern, lexicon, starts
from extract.numerals import multiplier, parse_number, tidy
from extract.records import builder

_CN_DIGITS = "零〇一二两三四五六七八九十百千万亿"
# Digit groups split by a comma or a (thin, no-break) space are one number: 7,800 · 2 404万元 · 3 412.9亿元 (ANNOTATION.md)
# The runs of digits are possessive (\d++): what may follow a number in the pattern (a unit, 余/多, 万/亿, 分之)
# never starts with a digit, a point or a comma (``_pattern`` checks), so giving digits back never made a match;
# without it a year (2025年) was re-read at every shorter length after each way of reading a number had failed.
_AR = r"\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d+)?(?![\d.])|\d++(?:,\d{3})+(?:\.\d+)?|\d++(?:\.\d++|(?<![:：∶]\d)(?<![:：∶]\d\d)。\d++)?"
_AR_CHARS = "0123456789.,。 \u2009\u202f\u00a0"  # what a number of _AR is written with (and \d's other digits)
# (。 as a decimal mark, 1。5公里, but not after a ratio: 2.27:1。15个承接产业转移主平台 ends a sentence)
_CN = rf"[{_CN_DIGITS}]+(?:点[零〇一二三四五六七八九]+)?"
_BLANK = r"_{2,}|＿+|[xX]{2,}|×{2,}|\*{2,}"
_MULT = "万亿|千万|百万|十万|亿|万|千|百"

@dataclass(frozen=True, slots=True)
class Candidate:
    """A matched figure before resolution. Offsets index the normalised text."""

    start: int  # the number as written (or the blank)
    end: int
    span_start: int  # number with its approximation words and unit
    span_end: int
    value: float | int | None
    unit: str
    base_value: float | int | None
    base_unit: str
    approx: str | None
    placeholder: bool
    bare_cn: bool  # a bare order of magnitude (千, 百) or 一 written in Chinese


_candidate = builder(Candidate)  # Candidate(...), faster: one for every number of a report


# measure words after which a numeral that is also a name (十一, 五一) counts: 十一个, 召开会议十一次
_COUNTED_AFTER_NAME = frozenset({"个", "次", "项", "家", "名", "人", "件", "条", "所", "场", "户", "座", "台", "篇", "起"})


@cache
def _pattern() -> re.Pattern[str]:
    lex = lexicon()
    ap = lex.cues["approx"]
    inf = alternation(w for ws in ap["infix"].values() for w in ws)
    suf = _suffix_words()
    units = alternation(lex.units)
    # the possessive digits of _AR: nothing that follows a number may start like one
    after_number = [*lex.units, *(w for ws in ap["infix"].values() for w in ws), "万", "亿", "分之"]
    assert not any(w[0] in _AR_CHARS or w[0].isdigit() for w in after_number), "a unit starts like a number"
    # Every alternative starts with a number character; the approximation word before a number (近, 约,
    # 超过 …) is looked up behind the match instead. Python's engine tries every alternative at every
    # position, so a lookahead on that first character leads: the scan runs five times faster. The
    # same lookahead before the units spares trying each unit after every way of reading a number.
    return re.compile(
        rf"(?=[\d{_CN_DIGITS}_＿xX×*])"
        rf"(?:(?P<pct>百分之|千分之)(?P<pnum>{_AR}|{_CN})"
        # a fraction only where 分之 follows the number's characters (most numbers are tried for none)
        rf"|(?=[\d{_CN_DIGITS}点{_AR_CHARS}]+分之)(?P<frac>(?:{_AR}|{_CN})分之(?:{_AR}|{_CN}))"
        rf"|(?P<num>{_AR}|{_CN}|{_BLANK} ?)[ \u3000]?{_optional('inf1', inf)}{_optional('mult', _MULT)}"
        rf"{_optional('inf2', inf)}[ \u3000]?{starts(lex.units)}(?P<unit>{units})"
        rf"|(?P<bnum>{_AR}){_optional('inf3', inf)}(?P<bmult>万亿|亿|万){_optional('inf4', inf)}(?![\u4e00-\u9fff]))"
        rf"{_optional('suf', suf)}"
    )


def _optional(name: str, pattern: str) -> str:
    """``(?P<name>pattern)?`` as a branch with an empty alternative: the same matches (the group is tried
    first), without the bookkeeping of the engine's repeat, which a try of the number pattern paid for each
    of its six optional groups at every digit (the scan runs a tenth faster)."""
    return f"(?:(?P<{name}>{pattern})|)"


@cache
def _approx_of() -> dict[str, str]:
    out: dict[str, str] = {}
    for where in ("prefix", "infix", "suffix"):
        for kind, words in lexicon().cues["approx"][where].items():
            for w in words:
                out.setdefault(w, kind)
    return out


def _suffix_words() -> str:
    """The approximation words after a number's unit (以上, 以下, 左右 …), as an alternation (not 多: 5万多人's 多
    stands before the unit)."""
    return alternation(w for ws in lexicon().cues["approx"]["suffix"].values() for w in ws if w != "多")


@cache
def _suffix() -> re.Pattern[str]:
    """An approximation word after a compound unit's "/…" part (控制在0.6人/百亿元以下)."""
    return re.compile(_suffix_words())


@cache
def _per() -> re.Pattern[str]:
    """What a unit is per, after its slash (cues.yaml ``per_units``); not a date's next number (2023/12/31)."""
    return re.compile(rf"(?:{alternation(lexicon().cues['per_units'])})(?![\d/])")


@cache
def _collisions() -> dict[str, tuple[str, ...]]:
    """Unit's last character → what may not follow it (cues.yaml ``unit_collisions``)."""
    return {k: tuple(str(w) for w in ws) for k, ws in lexicon().cues["unit_collisions"].items()}


@cache
def _fixed_pattern() -> re.Pattern[str]:
    return re.compile(alternation(lexicon().cues["fixed_phrases"]))


@cache
def _after_not() -> re.Pattern[str]:
    return re.compile(alternation(lexicon().cues["after_not_figure"]))


@cache
def _ordinal_before() -> re.Pattern[str]:
    """What makes the number after it an ordinal, a serial or part of a name (cues.yaml ``before_not_figure``)."""
    return re.compile(rf"(?:{cue_pattern(lexicon().cues['before_not_figure'])})$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CIRCLE = re.compile(r"[\u4e00-\u9fff]{0,5}圈")
# what a count of 期 follows (培训班三期, 不少于三期, 每年一期, 举办四期); a phase follows a project's name
_COUNTS_PHASES_AFTER = frozenset("班训报课会刊讲座堂于少计共办了展出行新发更年月季的")


def _phase_of_a_project(text: str, start: int, raw: str) -> bool:
    """一期/二期/三期 right after a name (埃克森美孚一期、, 同热三期等, 港区改造二期。): the phase of a project."""
    if len(raw) != 1 or raw not in "一二三四五六七八九" or start == 0:
        return False
    before = text[start - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in _COUNTS_PHASES_AFTER


_IS_SCORE = re.compile(r"满意度|评分|得分|分数|总分|平均分|均分|成绩|测评|考核|综合分|分值")
_UNIT_ALIASES = {"人(次)": "人次", "人/次": "人次"}
_CODE_AROUND = re.compile(r"[A-Za-z0-9.]")
_ACRONYM_BEFORE = re.compile(r"(?:GDP|CPI|PPI|PMI)$")
_QUOTE_CLOSE = "”》\""  # what closes the openers of _LAST_OPENER
_LAST_OPENER = re.compile(r'.*[“《"]', re.S)  # match: up to the last opening quote (one scan back from the end)


def _inside_short_name(text: str, start: int, end: int) -> bool:
    """True inside a short quoted name or title: “四个第一人”, 《…3件实事》, "963"."""
    opened = _LAST_OPENER.match(text, max(0, start - 14), start)
    if opened is None:
        return False  # most numbers: no quote opens in the 14 characters before them
    if any(c in text[opened.end() : start] for c in "”》。;!?\n"):
        return False
    right = text[end : end + 14]
    j = min((right.find(c) for c in _QUOTE_CLOSE if c in right), default=-1)
    return j >= 0 and not any(c in right[:j] for c in "。;!?\n")


@cache
def _prefixes() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """The approximation words that go before a number, their lengths (longest first) and their last characters."""
    ap = lexicon().cues["approx"]["prefix"]
    words = frozenset(w for ws in ap.values() for w in ws)
    return words, tuple(sorted({len(w) for w in words if len(w) <= 3}, reverse=True)), frozenset(w[-1] for w in words)


def _prefix_before(text: str, pos: int, prefixes: tuple[frozenset[str], tuple[int, ...], frozenset[str]]) -> str | None:
    """The approximation word right before ``pos`` (an optional space between), longest first (of the words
    that fit in the three characters looked at)."""
    if pos and text[pos - 1] == " ":
        pos -= 1
    words, lengths, ends = prefixes
    if not pos or text[pos - 1] not in ends:
        return None  # most numbers: no word can end here, no slice to look up
    for n in lengths:
        if n <= pos and text[pos - n : pos] in words:
            return text[pos - n : pos]
    return None


# A bare number joined to the next figure: 4.5-5%, 分别把1000、500元, 8至10人 (ANNOTATION.md).
# what joins the two ends of a range (5至10人, 1-2个, 2---3人/所); indicators.py reads ranges with it too
RANGE_JOIN = r"(?:-{1,3}|—{1,2}|–|~|～|至|到)"
# (3,000—5,000元, 3 000—5 000元: the low end's thousands separated as the high end's are)
_BARE_BEFORE = re.compile(rf"((?:\d{{1,3}}(?:[,\u2009\u202f\u00a0 ]\d{{3}})+|\d+)(?:\.\d+)?)(、|和|{RANGE_JOIN})$")
_BARE_JOINERS = "、和-~～—–至到"
_LIST_MAX = 12  # the most bare members a list of them holds


def _bare_partner(text: str, c: Candidate, last_end: int) -> Candidate | None:
    """The bare number joined to candidate ``c`` by 、 - ~ 至 到: a list/range member sharing its unit,
    or, for 、 with no list cue before it, the integer part of a decimal (12、2万元 → 12.2)."""
    if not c.start or text[c.start - 1] not in _BARE_JOINERS:
        return None  # what _BARE_BEFORE ends with is not there: no need to search
    lo = max(last_end, c.start - 12)
    m = _BARE_BEFORE.search(text, lo, c.start)
    if not m or c.placeholder or c.value is None or (m.start() > 0 and text[m.start() - 1].isdigit()):
        return None
    if m.start() > 0 and text[m.start() - 1] in "年月日第":
        return None
    joiner = m.group(2)
    if joiner == "和" and "分别" not in text[max(0, m.start() - 16) : m.start()]:
        return None  # 分别比上年提高1.4和2.1个百分点: 和 joins a list's members after 分别 only
    value = parse_number(m.group(1))
    if value is None:
        return None
    if joiner == "、" and "分别" not in text[max(0, m.start() - 12) : m.start()] and m.group(1).isdigit():
        decimal = parse_number(f"{m.group(1)}.{text[c.start : c.end]}")
        factor = (c.base_value / c.value) if c.value and c.base_value is not None else 1
        return _candidate(
            m.start(1),
            c.end,
            m.start(1),
            c.span_end,
            decimal,
            c.unit,
            tidy(decimal * factor) if decimal is not None else None,
            c.base_unit,
            c.approx,
            False,
            False,
        )
    factor = (c.base_value / c.value) if c.value and c.base_value is not None else 1
    return _candidate(
        m.start(1),
        m.end(1),
        m.start(1),
        m.end(1),
        value,
        c.unit,
        tidy(value * factor),
        c.base_unit,
        c.approx,
        False,
        False,
    )


# What counts days before the number (优良天数达到312天, 平均住院日6.2天, 办结时限缩短至15天, 同比缩短0.4天),
# and what makes a number of days a duration (历时3天, 连续5天, 为期两天)
_DAYS_COUNTED = re.compile(r"(?:天数|住院日|时限|时间|工期|周期|用时|缩短|减少|延长|提前|压缩)[^，,。;；:：\d]{0,6}$")
_DURATION = re.compile(r"(?:历时|连续|为期|历经|持续|长达|每隔|间隔)[^，,。;；\d]{0,2}$")


def _counts_days(text: str, at: int) -> bool:
    before = text[max(0, at - 14) : at]
    return bool(_DAYS_COUNTED.search(before)) and not _DURATION.search(before)


# a minus sign right before a number, after a word that introduces a value (为, 是, a colon) or a space or bracket
_MINUS = "-−－"


def _signed(text: str, at: int) -> bool:
    # (分别增长8.1%、-3.6%和9.4%: after a list's separator a dash is a sign, no range's)
    return at == 0 or text[at - 1] in "为是：:（( \t\n\u3000、和"


def find_candidates(text: str) -> list[Candidate]:
    """Every figure candidate in ``text`` that is not excluded by its immediate context."""
    pat = _pattern()
    approx_of = _approx_of()
    units = lexicon().units
    fixed = _fixed_pattern()
    after_not = _after_not()
    out: list[Candidate] = []
    prefixes = _prefixes()
    collisions = _collisions()
    ordinal = _ordinal_before()
    per_unit = _per()
    per_end = 0  # where the last compound unit's "/…" part (and its approximation) ended
    for m in pat.finditer(text):
        if m.start() < per_end:
            continue  # 0.6人/百亿元: the 百亿元 after the slash is the unit's, no figure of its own
        g = m.group
        per = None  # a compound unit's "/…" part (4批次/千人), when the pattern's unit is its first part
        pct, frac, bnum, matched_unit, suf = g("pct", "frac", "bnum", "unit", "suf")
        pre = _prefix_before(text, m.start(), prefixes)
        if pct or frac:
            key = "pnum" if pct else "frac"
            s, e = m.start("pct") if pct else m.start("frac"), m.end(key)
            raw = text[s:e]
            value = parse_number(raw)
            unit = "%" if pct == "百分之" else ("‰" if pct else "分之")
            mult, inf, placeholder, bare = "", None, False, False
        elif bnum:
            s, e = m.span("bnum")
            raw = bnum
            value = parse_number(raw)
            mult = g("bmult")
            unit = mult
            inf = g("inf3") or g("inf4")
            placeholder, bare = False, False
        else:
            s = m.start("num")
            raw = g("num").rstrip(" ")
            e = s + len(raw)
            mult = g("mult") or ""
            base = _UNIT_ALIASES.get(matched_unit, matched_unit)
            unit = mult + base
            inf = g("inf1") or g("inf2")
            placeholder = raw[0] in "_＿xX×*"
            value = None if placeholder else parse_number(raw)
            bare = raw == "一" or not raw.strip("十百千万亿")  # 千, 百, 千亿: magnitudes with no digit
            after = m.end("unit")
            nxt = text[after : after + 1]
            if nxt == "/" and not suf and (per := per_unit.match(text, after + 1)):
                base += "/" + per.group()  # 4批次/千人, 16.9万吨/日: a compound unit stays as written (ANNOTATION.md)
                unit = mult + base
                per_end = per.end()
                if said := _suffix().match(text, per_end):
                    suf, per_end = said.group(), said.end()  # 控制在0.6人/百亿元以下
            if text.startswith(collisions.get(base[-1], ()), after):
                continue
            if nxt == "“" and raw[0] in _CN_DIGITS:
                continue  # 两个“确保”: a slogan
            if base == "成" and nxt and "\u4e00" <= nxt <= "\u9fff" and not suf:
                continue
            if base == "期" and _phase_of_a_project(text, s, raw):
                continue  # 浦东国际机场四期等重大项目, 西湖大学三期: a phase's name, no count of 期
            if base == "分" and not _IS_SCORE.search(text, max(0, m.start() - 10), m.start()):
                continue  # 满意度98.7分 is a score; 8时30分 is a time, 700分以上学生 a bar in a name
        if pre == "上" and raw[0] not in "百千万":
            pre = None  # 迈上1000亿斤: 上 is a verb here; only 上百, 上千, 上万 say "over"
        if not placeholder and value is None:
            continue
        span_start = m.start() - len(pre) - (text[m.start() - 1] == " " and bool(pre)) if pre else s
        span_end = per_end if per else m.end()
        # --- exclusions from the immediate context -------------------------------------------
        before = text[max(0, span_start - 3) : span_start]
        if ordinal.search(before):
            continue
        if (
            raw[0].isdigit()
            and span_start > 0
            and _CODE_AROUND.match(text[span_start - 1])
            and not pre
            and not (matched_unit and _ACRONYM_BEFORE.search(text, max(0, span_start - 3), span_start))
        ):
            continue  # PM2.5, G20, v3: part of a code (not GDP186亿元, CPI102.1%: an indicator's acronym)
        if not matched_unit and after_not.match(text, e):  # a unit was matched for most: no search
            continue
        if matched_unit == "小时" and _CIRCLE.match(text, span_end):
            continue  # 1小时通勤圈, 2小时经济圈: how far a region reaches, a name, no count of hours
        if matched_unit == "天" and not _counts_days(text, span_start):
            continue  # 历时3天, 连续5天: a duration; 优良天数192天, 平均住院日6.2天 count days
        if not raw[0].isdigit() and not placeholder:
            if raw[0] in _CN_DIGITS and span_start > 0 and text[span_start - 1] in _CN_DIGITS:
                continue
            if bare and not (pre or inf or suf):
                continue  # 一批, 百名, 万人大会: an article or a name, not a count
            if bare and (text[span_start - 1 : span_start] == "个" or (suf and _CJK.match(text, span_end))):
                continue  # 亿元以上项目, 3个千亿元台阶: a class of things by size, not a count
            fm = fixed.search(text, max(0, s - 6), min(len(text), e + 8))
            while fm:
                if fm.start() < e and fm.end() > s:
                    break
                fm = fixed.search(text, fm.end(), min(len(text), e + 8))
            # 十一五, 三个代表, 一批, 五一节: a name; 二十三公里 holds 三公 across its unit, 十一个 a holiday's
            # number before 个: a length and a count
            across_unit = fm is not None and s < fm.start() and e < fm.end() <= span_end
            # … and 二十一, 三十一 hold 十一 as the end of a larger numeral: a number, no holiday
            inside = fm is not None and s < fm.start() and fm.end() <= e
            # … nor 十一点六亿元, 十一万: the numeral goes on past the name at its start
            goes_on = fm is not None and fm.start() == s and fm.end() < e and raw[fm.end() - s] in "点十百千万亿零〇"
            # … nor 十一次, 十一项: a holiday's number before a measure word counts (十一期间, 五一节 name the day)
            counted = fm is not None and fm.group() == raw and matched_unit in _COUNTED_AFTER_NAME
            if fm and not across_unit and not inside and not goes_on and not counted:
                continue
        if _inside_short_name(text, s, e):
            continue
        approx = approx_of.get(pre or "") or approx_of.get(inf or "") or approx_of.get(suf or "")
        if placeholder:
            base_value: float | int | None = None
        else:
            base_value = tidy(value * multiplier(mult)) if value is not None else None
        if raw[0].isdigit() and not pre and s == span_start and s and text[s - 1] in _MINUS and _signed(text, s - 1):
            # 人口自然增长率为-0.54‰: a minus sign written is kept (ANNOTATION.md), not a range's dash (3-5人)
            s = span_start = s - 1
            value = -value if value is not None else None
            base_value = -base_value if base_value is not None else None
        base_unit = unit[len(mult) :] if mult and unit.startswith(mult) and unit != mult else unit
        if unit == mult:
            base_unit = ""
        if units.get(base_unit.partition("/")[0]) is None and base_unit not in ("%", "‰", "分之", ""):
            base_unit = unit  # (吨/日 of 万吨/日: a compound of a known unit keeps the multiplier out, as 吨 does)
        cand = _candidate(
            start=s,
            end=e,
            span_start=span_start,
            span_end=span_end,
            value=value,
            unit=unit,
            base_value=base_value,
            base_unit=base_unit,
            approx=approx,
            placeholder=placeholder,
            bare_cn=bare,
        )
        last = out[-1].span_end if out else 0
        partner = _bare_partner(text, cand, last) if raw[0].isdigit() else None
        if partner is not None and partner.end == cand.end:
            cand = partner  # 12、2万元: one decimal figure
        elif partner is not None:
            members = [partner]
            # 分别提高11.2、23.5和14.3个百分点: a list of them, each joined to the next by 、 or 和
            while text[members[-1].end : members[-1].end + 1] in ("、", "和") and len(members) < _LIST_MAX and (
                (member := _bare_partner(text, members[-1], last)) is not None and member.end != members[-1].end
            ):
                members.append(member)
            out.extend(reversed(members))
        out.append(cand)
    return out
