"""The period a figure refers to: ``2021``, ``2021H1``, ``2021Q3`` or a span ``2016-2020``.

A January 2022 county report states 2021 results, 2022 targets, 2016-2020 five-year totals and 2025
goals. The period is decided, as a reader does, from

1. the words before the number in its sentence: a year (2021年, 到2025年末), a span (2016-2020年,
   十三五期间, 过去五年), a part of a year (上半年, 一季度), a relative year (今年, 去年) — the
   nearest one wins, and a year that is a baseline (比2020年, 与2020年相比) does not count;
2. the section: its headings say the same things (2021年工作回顾, 过去五年工作回顾, 2022年主要目标);
3. the document: a 政府工作报告 of 2022 reviews 2021 and plans 2022; a 2022 工作总结 reviews 2022
   and plans 2023; a 上半年 summary reviews H1 and plans H2. Targets take the plan period, results
   the review period.

Nothing is guessed where none of these speaks: the period is then None.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from corpus.meta import BLANK_YEAR, FIVE_YEAR_FIRST, PLAN_REVIEWED, TEMPLATE_YEAR
from corpus.periods import NOT_DEADLINE, arabic_years, full_years
from extract.lexicon import alternation
from extract.numerals import parse_number
from extract.targets import CHANGE_TO, GOAL_NOTED, STARTS_CHANGE, TASK_OF, sizes_a_goal

_YEARS = r"(?:19|20)\d\d"
_YEAR_TO = r"[-—–~～至到/／]"  # between the years of a span (2016-2020, 2021/2022学年)


class Frame(NamedTuple):
    """What a document says about time: the year it speaks from and its default periods. A named tuple (not a
    dataclass): it is half the key of the period caches asked for every figure, and a tuple hashes in C."""

    now: int | None  # the year 今年 means
    review: str | None  # the period results refer to by default
    plan: str | None  # the period targets refer to by default
    five: str | None  # the span 过去五年 means
    whole: bool = False  # the document speaks of that span as a whole (杉口镇总工会三年工作总结)
    school: str | None = None  # the school year a school's statistics are of (本学年 in them), its start their year
    since: int | None = None  # the year its changes are against when they name none (a census bulletin: the last one)


@dataclass(frozen=True, slots=True)
class _Lex:
    marker: re.Pattern[str]
    opens: re.Pattern[str]  # the characters a marker can start with (its lookahead alone)
    holds: re.Pattern[str]  # a character every marker holds one of, or a span's first year and its dash
    plans: dict[str, int]
    five_years: frozenset[str]
    parts: dict[str, str]
    relative: dict[str, int]
    delivered: re.Pattern[str]
    summary: re.Pattern[str]
    over_span: re.Pattern[str]
    year_before_not: tuple[str, ...]
    names_list_after: tuple[str, ...]
    reviewed_relative: frozenset[str]
    the_year_reviewed: frozenset[str]
    school_year: frozenset[str]
    last_school_year: frozenset[str]
    plenums: dict[str, dict[str, tuple[int, int]]]  # term → plenum → (year, month) it was held


@cache
def _lex() -> _Lex:
    from corpus.lexicons import load

    raw = load("extract", "lexicons/periods.yaml")
    from corpus.periods import period_words
    from extract.lexicon import starts

    parts = {**period_words(), **raw["months"]}
    plan_names = alternation(raw["plans"])
    # One scan finds every time marker; the kind is told by the group that matched.
    words = [
        *raw["plans"], *raw["five_years"], *parts, *raw["relative"], "截", "当月", "单月", "两年", "二年", "三年", "四年", "今后", "未来",
        *(f"{n}年前" for n in "五六七八九十")
    ]
    first = starts(words, r"\d“\"xX×*＊")
    marker = re.compile(
        rf"{first}(?:(?P<span>(?P<a>{_YEARS})\s*(?:年\s*)?{_YEAR_TO}\s*(?P<b>{_YEARS})\s*年?)"
        rf"|(?P<plan>[“\"]?(?P<pname>{plan_names})[”\"]?(?:期间|时期|以来|末|规划期|时|中)?)"
        rf"|(?P<five>{alternation(raw['five_years'])})"
        r"|(?P<nyears>(?:过去|近|这|最近)的?(?P<n>[两二三四六七八九]|[2-46-9])年(?:来|间|里|中)?|(?P<n2>[两二三四六七八九])年(?:来|间)"
        r"|(?<![\d.])(?P<n3>[2-9])年(?=累计|共|合计|增长|提高|增加|翻|下降|减少)|(?P<n4>[两二三四])年平均)"
        r"|(?P<ahead>(?:今后|未来)的?(?P<an>[两二三四六七八九]|[2-46-9])年(?:内|里|间|中)?)"
        r"|(?P<ago>(?P<agon>[两二三四五六七八九十]|(?<![\d.])[1-9]|10)年前(?!后))"
        rf"|(?P<year>(?P<y>{_YEARS})\s*年(?P<since>{alternation(raw['year_since'])})?(?P<ypart>第?(?:{alternation(parts)}))?)"
        rf"|(?P<part>{alternation(parts)})"
        r"|(?P<months>(?P<first>\d{1,2})\s*[-—–~至到]\s*(?P<last>\d{1,2})\s*月)"
        rf"|(?P<until>截[至止]到?\s*(?:(?P<uy>{_YEARS})\s*年\s*)?(?P<um>\d{{1,2}})\s*月(?:(?P<ud>\d{{1,2}})\s*日|底|末)?)"
        r"|(?P<month>(?<!\d)\d{1,2}\s*月份|当月|单月)"  # 6月份当月入库税收: a month's figure
        rf"|(?P<rel>{alternation(raw['relative'])})(?!级)(?P<rpart>第?(?:{alternation(parts)})|同期)?"  # 全年级: the grade
        r"|(?P<blank>(?:19|20)(?:\d[xX×*＊]|[xX×*＊]{2})\s*年|(?<![0-9A-Za-z])[xX×＊]{2,4}\s*年))"
    )
    # Every marker holds 年 or 月 (years, N年来, 1-5月, 今年 …), is a span of years (2016-2020, its 年 left out), or
    # is a word of the lexicon: a word with neither adds its last character (十四五 adds 五, 本届政府 府, 一季度
    # 度). Not any digit: the sentence before a figure holds the digits of the figures before it, and no marker.
    held = {"年", "月"}
    for word in (*raw["plans"], *raw["five_years"], *parts, *raw["relative"]):
        if not any(c in held for c in word):
            held.add(word[-1])
    return _Lex(
        marker=marker,
        opens=re.compile(first),
        # one alternation whose every word starts with a literal, which the engine scans for by those first
        # characters: one search where a character class and the span's pattern took two (_YEARS, its centuries
        # written out: 2016-2020 holds no 年)
        holds=re.compile(
            "|".join([*map(re.escape, sorted(held)), *(rf"{century}\d\d\s*[-—–~至到]" for century in ("19", "20"))])
        ),
        plans={k: int(v) for k, v in raw["plans"].items()},
        five_years=frozenset(raw["five_years"]),
        parts=parts,
        relative={k: int(v) for k, v in raw["relative"].items()},
        delivered=re.compile(alternation(raw["delivered_reports"])),
        summary=re.compile(alternation(raw["summaries"])),
        over_span=re.compile(alternation(raw["over_span"])),
        year_before_not=tuple(raw["year_before_not"]),
        names_list_after=tuple(raw["names_list_after"]),
        reviewed_relative=frozenset(raw["reviewed_relative"]),
        the_year_reviewed=frozenset(raw["the_year_reviewed"]),
        school_year=frozenset(raw["school_year"]),
        last_school_year=frozenset(raw["last_school_year"]),
        plenums={term: {k: (int(v[:4]), int(v[5:])) for k, v in held.items()} for term, held in raw["plenums"].items()},
    )


# a month's end as a date (于3月底动工, 9月底前, 到6月底): not the quarter a stock is read at (9月末，存款余额…)
_MONTH_END_EVENT = re.compile(r"前|以前|动工|开工|完成|竣工|建成|投产|开通|启动|召开|举办")
_EVENT_AT = frozenset({"于", "在", "到", "至", "从"})
# the months from the first to the last that make a part of the year, and the months to whose end a count runs
_MONTHS_PART = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}
_UNTIL_PART = {3: "Q1", 6: "H1", 9: "Q3"}
_LAST_DAY = {3: 31, 6: 30, 9: 30}  # 截至6月30日 is 截至6月底

# a whole school year (2023—2024学年度), not one of its terms (…学年第一学期, 上学期)
_SCHOOL_YEAR = re.compile(rf"(?P<a>{_YEARS})\s*{_YEAR_TO}\s*(?P<b>{_YEARS})\s*学年(?:度)?(?!\s*(?:第[一二]|[上下])学期)")
# … whose statistics (教育事业统计公报, 学校基本情况统计表) count at the school year's start: of its first year
_STATISTICS = re.compile(r"统计|基本情况|情况表|公报|年报")
_TITLED_SPAN = re.compile(
    rf"(?P<a>{_YEARS})\s*年?\s*{_YEAR_TO}\s*(?P<b>{_YEARS})\s*年(?:度)?[^，。]{{0,16}}?(?:工作情况|情况的报告|工作总结|总结|回顾)"
)

# 2019年工作回顾, 2019年主要工作完成情况, 2023年工作开展情况
_REVIEW_HEADING = re.compile(
    rf"({_YEARS})\s*年(?:主要)?(?:工作)?(?:的)?(?:回顾|总结|(?:工作)?(?:完成|开展|进展|落实)?情况)"
)
_PLAN_HEADING = re.compile(rf"({_YEARS})\s*年(?:的)?(?:工作|主要|重点|总体|经济|发展|目标|政府)")


_REVIEWED_IN_OPENING = re.compile(rf"(?:刚刚过去的|过去的|回顾)\s*({_YEARS})\s*年")
_LEVEL_SAID = re.compile(r"达到|总数|总量|现有|共有|余额|年末|年底|保持|稳定在|提高到|增加到|增长到|只有|仅有|[为是有]$")
# a summary of several years: 三年工作总结, 五年来工作回顾 (not 十三五, not 第三年)
_SPAN_SUMMARY = re.compile(r"(?<![十第\d])([三四五345])年(?:来|以来)?(?:的)?(?:工作)?(?:总结|回顾)")
# a title of the months so far, not the whole year (前三季度, 1-11月; 1-6月 and 上半年 are a half of their own)
_TO_DATE = re.compile(r"前[一二三]季度|(?<!\d)1\s*[-—–~至]\s*(?:[2-57-9]|1[01])\s*月")
_TITLED_SUMMARY = re.compile(rf"({_YEARS})\s*年(?:度)?(?:上半年|下半年|全年)?(?:工作)?总结")
_MEETING = re.compile(rf"({_YEARS})\s*年(?:度)?(?:工作会议|工作报告会|职工代表大会)")
# a heading that only plans: 2015年工作思路, 2024年工作计划 (not 2023年工作开展情况)
_PLAN_ONLY_HEADING = re.compile(
    rf"({_YEARS})\s*年(?:的)?(?:(?:工作)?(?:思路|计划|打算|安排|要点|重点工作|主要目标|目标任务|主要任务|目标|设想)|工作意见)"
)
# what opens a comparison with a part of the year (增速比一季度加快); the parts it lists before the one at hand
# (比一季度、上半年、: 上半年 is compared with too)
COMPARED_WITH = ("比", "较", "与", "同")
_COMPARED_PARTS = re.compile(rf"(?:{'|'.join(COMPARED_WITH)})(?:(?:第?[一二三四]季度|[上下]半年|前三季度|\d{{1,2}}\s*[-—－~～至]\s*\d{{1,2}}\s*月)[、和及与])+$")
_OUTCOME = re.compile(r"完成情况|执行情况|落实情况|实现情况")
_HALF_PLAN_HEADING = re.compile(r"^\W{0,3}(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])?\s*下半年(?:的)?(?:工作)?(?:打算|计划|思路|安排|重点|要点|目标)")
_YEARBOOK = re.compile(r"(?:统计)?年鉴\s*[—－-]?\s*(?P<year>(?:19|20)\d\d)(?!\d)|统计年鉴")  # a yearbook is named for the year it is published in
_SPAN_BEFORE = re.compile(rf"({_YEARS})\s*年?\s*{_YEAR_TO}\s*$")
# the years a review says it is on: 评估以2021—2023年为时段, 以2019—2021年为评估期
_EVALUATED_SPAN = re.compile(rf"以\s*({_YEARS})\s*年?\s*{_YEAR_TO}\s*({_YEARS})\s*年(?:度)?为(?:评估|考核|统计)?(?:时段|时限|期|期间|区间)")
_ON_LAST_YEAR = re.compile(r"上一?年度")  # 关于上年度…的审查报告
_ADDRESS = re.compile(r"各位代表|向大会报告|向大会作|请予审议")
_DELIVERED_AT = re.compile(r"在[^。\n]{0,30}(?:人民代表大会|人代会|职工代表大会|职代会)[^。\n]{0,20}会议上")
_DELIVERY_LINE = 800
# a delivery dated late in the year, on a line of its own or opening one (（2017年12月19日）, ——2017年11月6日在…
# 代表大会上): a congress at the year's end reviews that year (a government's report, in spring, the year before)
_DELIVERED_LATE = re.compile(r"(?m)^[ \t\u3000（(—－-]*(?P<year>(?:19|20)\d\d)年(?:1[0-2])月\d{1,2}日")


def census_based(fr: Frame, title: str | None) -> Frame:
    """``fr`` with the year a population census bulletin's changes are against when they name none: the census ten
    years before (第七次全国人口普查主要数据公报: 各少数民族人口增加3827人 is since 2010)."""
    if title and _POPULATION_CENSUS.search(title) and fr.review and fr.review.isdigit() and int(fr.review) % 10 == 0:
        return fr._replace(since=int(fr.review) - 10)
    return fr


_POPULATION_CENSUS = re.compile(r"人口普查")
# the national censuses by their ordinal: the year each was taken (第七次全国人口普查 counted 2020年11月1日零时)
_CENSUS_YEARS = {
    "人口": (1953, 1964, 1982, 1990, 2000, 2010, 2020),
    "经济": (2004, 2008, 2013, 2018, 2023),
    "农业": (1996, 2006, 2016),
}
_ORDINAL_CENSUS = re.compile(r"第([一二三四五六七八九])次全国(人口|经济|农业)普查")


def _census(title: str) -> int | None:
    """The year of the national census a title names by its ordinal (第三次全国农业普查: 2016), else None."""
    m = _ORDINAL_CENSUS.search(title)
    if not m:
        return None
    years, n = _CENSUS_YEARS[m[2]], "一二三四五六七八九".index(m[1])
    return years[n] if n < len(years) else None  # (第八次全国农业普查: none taken yet)


def frame(
    title: str | None,
    year: int | None,
    period: str | None,
    headings: Sequence[str],
    opening: str = "",
    year_given: bool = False,
    issued: int | None = None,
) -> Frame:
    """The document's frame from its title, year, period, section headings and opening lines.

    A report delivered to a congress (各位代表：…向大会报告政府工作) reviews the year before its own. ``issued`` is
    the year of the date it was issued on, where a header or a page's dateline gives one.
    """
    lex = _lex()
    title = full_years(arabic_years(title or ""))
    opening = arabic_years(opening)
    headings = [arabic_years(h) for h in headings]
    planned_in_text = any(_PLAN_ONLY_HEADING.search(h) and not _OUTCOME.search(h) for h in headings)
    half = period[4:] if period and len(period) > 4 else ("H1" if "上半年" in title else "")
    if not half and not planned_in_text and any(_HALF_PLAN_HEADING.search(h) for h in headings):
        # 三、下半年工作打算 under a title that names no half (…扎实推进农民工入会集中行动): what came before is the first
        # half, what it plans the second
        half = "H1"
    if (
        year is not None
        and not year_given
        and not planned_in_text
        and TEMPLATE_YEAR.search(opening)
        and not re.search(rf"(?m)^\s*{year}\s*年[，,]", opening)
    ):
        # a template (20xx年…): a year in its page title is where it was posted, not when its figures are
        # (a paragraph that opens on the year, 市交通局XX年工作总结 / 二〇〇六年，…, is the text's own)
        year, template = None, True
    else:
        template = False
    if (blank := _BLANK_SCHOOL_YEAR.search(title)) and (dated := _school_year_dated(opening)):
        # 20XX—20XX学年度工作总结 whose body dates its events (2018年教师节, 2019年春节): the school year they fall in
        title = title[: blank.start()] + f"{dated}-{dated + 1}学年" + title[blank.end() :]
    if (school := _SCHOOL_YEAR.search(title)) and int(school["b"]) == int(school["a"]) + 1:
        # a school year's summary (2023-2024学年): its results are the school year's, its plans the next one's
        a, b = int(school["a"]), int(school["b"])
        if _STATISTICS.search(title, school.end()):
            # (当年入园幼儿: the first year; a count at the school year's start, 2019—2020学年初…统计, is all of it)
            start = title.startswith(("初", "开学"), school.end())
            return Frame(a, str(a), str(b), None, school=str(a) if start else f"{a}-{b}")
        return Frame(b, f"{a}-{b}", f"{b}-{b + 1}", None)
    if (
        _ADDRESS.search(opening[:300]) or _DELIVERED_AT.search(opening[:_DELIVERY_LINE]) or _ON_LAST_YEAR.search(title)
    ) and not lex.delivered.search(title):
        # 各位代表：…; ——2009年1月6日在青岭县第十六届人民代表大会第三次会议上: a report delivered to a congress (关于上年度
        # 工会经费收支情况的审查报告: on the year before the one it is dated in, as such a report is)
        title += " 政府工作报告"
    if year is None and (reviewed := context_year(opening, half)) is not None:
        # no year of its own: the plenum it names as current dates it (the year it reviews)
        year = reviewed + 1 if lex.delivered.search(title) and not lex.summary.search(title) else reviewed
        reviews: list[int] = []
    elif template:
        return Frame(None, None, None, None)
    else:
        reviews = [int(m[1]) for h in headings for m in _REVIEW_HEADING.finditer(h)]
    # 刚刚过去的2023年…; 召开…2021年工作会议 (a meeting at the start of 2021 reviews 2020)
    reviews += [int(m[1]) for m in _REVIEWED_IN_OPENING.finditer(opening[:400])]
    if not (year is not None and (titled := _TITLED_SUMMARY.search(title)) and int(titled[1]) == year):
        # (not in a summary its title dates: 公司于3月召开…暨2019年工作会议 in 2019年工作总结 is an event of the year)
        reviews += [int(m[1]) - 1 for m in _MEETING.finditer(opening[:300])]
    plans = [int(m[1]) for h in headings for m in _PLAN_HEADING.finditer(h) if not _REVIEW_HEADING.match(h, m.start())]
    # (三、2024—2025年主要目标: the plan starts in its span's first year)
    # (not 一、2018年工作目标完成情况: the goals' outcome, reviewed)
    planned = [
        _span_start(h, m.start()) or int(m[1])
        for h in headings
        if not _OUTCOME.search(h)
        for m in _PLAN_ONLY_HEADING.finditer(h)
    ]
    evaluated = _EVALUATED_SPAN.search(opening[:400])
    if evaluated:
        reviews.append(int(evaluated[2]))  # 评估以2021—2023年为时段: the years reviewed end in its last
    if not reviews and planned and (year is None or max(planned) - 1 in (year, year - 1)):
        reviews = [max(planned) - 1]  # 二、2015年工作思路 after 一、20XX年工作回顾: the year reviewed is 2014
    if year is None and not reviews:
        return Frame(None, None, None, None)
    if reviews and (year is None or max(reviews) in (year, year - 1)):
        review = max(reviews)
        now = review + 1 if year is None or year > review or lex.delivered.search(title) else review
        if year is not None and year == review and not lex.summary.search(title) and plans and max(plans) > review:
            now = review + 1
    elif (held := _census(title)) is not None and (year is None or 0 <= year - held <= 2):
        # 第七次全国人口普查主要数据公报, issued in 2021: the census's year, whenever it was published
        review = held
        now = year if year is not None else review + 1
    elif (book := _YEARBOOK.search(title)) and (book["year"] or year is not None):
        now = int(book["year"] or year or 0)
        review = now - 1  # 《…统计年鉴—2024》: the 2023 data, published in 2024
    elif year is not None and lex.delivered.search(title) and not lex.summary.search(title):
        late = _DELIVERED_LATE.search(opening[:_DELIVERY_LINE])
        now, review = (year, year) if late and int(late["year"]) == year else (year, year - 1)
    elif year is not None:
        now, review = year, year
    else:
        return Frame(None, None, None, None)
    if half == "H1":
        return Frame(now, f"{review}H1", f"{review}H2", None)
    if half == "H2":
        return Frame(now, f"{review}H2", str(review + 1), None)  # 下半年, an autumn term: what follows is next year's
    if half.startswith("Q"):
        # a quarter's report plans the next quarter (a fourth quarter's, the next year)
        q = int(half[1])
        return Frame(now, f"{review}{half}", f"{review}Q{q + 1}" if q < 4 else str(review + 1), None)
    if _TO_DATE.search(title) and review == now:
        # 2016年前三季度经济运行简况, 1-11月: the months so far; what it asks for is the rest of the same year
        return Frame(now, str(review), str(review), f"{review - 4}-{review}")
    if issued is not None and issued == review + 1 and now == review and "公报" in title:
        now = review + 1  # a communiqué on 2022 issued in March 2023: its 今年 (今年，全市计划…) is 2023
    plan = now if now > review else review + 1
    if (n := _SPAN_SUMMARY.search(title)) and lex.summary.search(title):
        # 三年工作总结: its flows are of the three years, its levels of their last (as a five-year review's)
        years = {"三": 3, "四": 4, "五": 5, "3": 3, "4": 4, "5": 5}[n[1]]
        return Frame(now, str(review), str(plan), f"{review - years + 1}-{review}", True)
    if (first := _years_titled(title, review)) is not None:
        return Frame(now, str(review), str(plan), f"{first}-{review}", True)
    if evaluated and int(evaluated[2]) == review and 1 <= review - int(evaluated[1]) < 6:
        # a plan's mid-term review (评估以2021—2023年为时段): on those years as a whole, as a titled span is
        return Frame(now, str(review), str(plan), f"{evaluated[1]}-{review}", True)
    if _UNION_CONGRESS.search(title + opening[:_DELIVERY_LINE]) and (term := _TERM_YEARS.search(opening[:_TERM_READ])):
        # a union's report to its congress or its workers' congress (在…工会第九次代表大会上的报告, 在…第四届职工代表大会…上的
        # 工会工作报告) reviews the term since the last one as a whole: 上届职代会召开以来的三年, 过去五年
        years = int(parse_number(next(n for n in term.groups() if n)) or 5)
        return Frame(now, str(review), str(plan), f"{review - years + 1}-{review}", True)
    return Frame(now, str(review), str(plan), f"{review - 4}-{review}")


def _span_start(heading: str, at: int) -> int | None:
    """The first year of a span that ends at ``at`` in ``heading`` (2024—2025年主要目标: 2024), else None."""
    m = _SPAN_BEFORE.search(heading, 0, at)
    return int(m[1]) if m else None


def _years_titled(title: str, review: int) -> int | None:
    """The first of the years a report's title says it is on as a whole, up to the one reviewed: 关于2018—2020年困难
    职工帮扶工作情况的报告, 关于“十三五”时期劳模工作情况的报告."""
    if (span := _TITLED_SPAN.search(title)) and int(span["b"]) == review and 1 < review - int(span["a"]) < 6:
        return int(span["a"])
    if (plan := PLAN_REVIEWED.search(title)) and FIVE_YEAR_FIRST[plan[1]] + 4 == review:
        return review - 4
    return None


# a school year's title with its years blanked (20XX—20XX学年度, 20xx-20xx学年)
_BLANK_SCHOOL_YEAR = re.compile(rf"{BLANK_YEAR}\s*年?\s*{_YEAR_TO}\s*{BLANK_YEAR}\s*学年(?:度)?")
_DATED_YEAR = re.compile(rf"(?<![\d.比较与同])({_YEARS})\s*年(?!\s*{_YEAR_TO})")


def _school_year_dated(opening: str) -> int | None:
    """The first year of the school year whose events a text dates with two years and no others, one after the
    other (2018年教师节…，2019年春节…): a school year runs from one autumn to the next summer."""
    years = {int(m[1]) for m in _DATED_YEAR.finditer(opening)}
    return min(years) if len(years) == 2 and max(years) == min(years) + 1 else None


_UNION_CONGRESS = re.compile(r"工会[^。\n]{0,16}代表大会|(?:职工代表大会|职代会)[^。\n]{0,30}工会")
_TERM_YEARS = re.compile(
    r"(?:上届|上次|换届|代表大会|职代会)[^。；;\n]{0,16}?以来的?(?P<a>[两二三四五])年|过去的?(?P<b>[两二三四五])年|(?P<c>[两二三四五])年来"
)
_TERM_READ = 1500  # where a congress report says how long its term was: its opening and the review's first lines


# 十七届四中全会, 十九届二中、三中、四中全会 (the last is the latest); not …全会以来 (a count's start). A congress
# alone (党的十九大) dates nothing: its spirit is cited all through its five-year term.
_PLENUMS = re.compile(r"(?P<term>十[五六七八九]届|二十届)(?P<plenums>(?:[一二三四五六七]中[、和及与]?)+)全会(?!以来)")


def context_year(text: str, half: str = "") -> int | None:
    """The year a text with no year of its own reviews, from the latest plenum of the Party's Central Committee
    it names: 今年以来…贯彻党的十七大、十七届四中全会精神 → 2009; a half-year summary after an autumn plenum
    (十六届五中全会, October 2005) is of the next year's first half (2006). None when it names none."""
    if "全会" not in text:
        return None
    plenums = _lex().plenums
    held = [
        when
        for m in _PLENUMS.finditer(text)
        if (when := plenums.get(m["term"], {}).get(re.findall(r"[一二三四五六七]中", m["plenums"])[-1]))
    ]
    if not held:
        return None
    year, month = max(held)
    return year + 1 if half == "H1" and month >= 7 else year


_TWO_YEARS_NAMED = re.compile(r"((?:19|20)\d\d)\s*年?\s*[、和及与]\s*((?:19|20)\d\d)\s*年?\s*(?:这)?[两二]年")
_SCHOOL_WORDS = re.compile(r"学年末|学年初|学年内|本学年|(?P<cls>(?:19|20)\d\d)\s*届")


def _school_year_end(before: str, fr: Frame) -> str | None:
    """The year a school's figure is of when the sentence says the school year's end (学年末) or a graduating class
    (2023届): the last school word before the number decides (学年末…，学年内…: the flows of the whole)."""
    if "学年末" not in before and "届" not in before:
        return None  # most sentences say neither: no scan
    said = list(_SCHOOL_WORDS.finditer(before))
    if not said:
        return None
    last = said[-1]
    if last["cls"]:
        return last["cls"]
    if last[0] != "学年末":
        return None
    school = fr.review if is_school_year(fr) else fr.school
    if not school:
        return None
    return school[5:] if _one_school_year(school) else str(int(school[:4]) + 1)


def _one_school_year(p: str) -> bool:
    """Whether ``p`` spans one school year (2018-2019)."""
    return len(p) == 9 and p[4] == "-" and p[:4].isdigit() and p[5:].isdigit() and int(p[5:]) == int(p[:4]) + 1


def is_school_year(fr: Frame) -> bool:
    """Whether ``fr`` is a school year's: the only frame whose review is a span (2023-2024)."""
    return fr.review is not None and "-" in fr.review


@lru_cache(maxsize=256)
def _with_five(fr: Frame, five: str | None) -> Frame:
    """``fr`` with another five years: one object for each, so the caches keyed by frames keep hitting."""
    return fr._replace(five=five)


def _five_meant(fr: Frame, path: Sequence[str], before: str) -> str | None:
    """The five years 五年累计, 年均 or 这五年 mean where the text says which: the plan the sentence or the heading
    names (二、“十二五”工作回顾 … 五年累计完成投资24.6亿元: 2011-2015, in a report of 2016), not as a base (比“十五”末)
    and not one still ahead when the sentence looks back (过去五年); the five years ahead under 今后五年
    (今后五年…五年累计新建工会组织400家). Else the five reviewed (``fr.five``). Asked of a sentence that says 五."""
    past = any(w in before for w in _PAST)
    return _plans_named(before, fr, past) or _five_in_headings(tuple(path), fr, past)


@lru_cache(maxsize=4096)
def _five_in_headings(path: tuple[str, ...], fr: Frame, past: bool) -> str | None:
    for heading in reversed(path):
        # a heading naming two (“十四五”成就与“十五五”目标任务) says neither for a figure
        if "五" in heading and (said := _plans_named(heading, fr, past, alone=True)):
            return said
    if not past and any(w in h for h in path for w in _AHEAD):
        last = int(fr.five[-4:])  # type: ignore[index]
        return f"{last + 1}-{last + 5}"
    return fr.five


def _plans_named(text: str, fr: Frame, past: bool, alone: bool = False) -> str | None:
    """The span of the plan ``text`` names last (of the only one it names, with ``alone``): not a base
    (比“十五”, 由“十五”末), not an ordinal (第十五个五年规划 is the fifteenth, 十五五), not one ahead of a sentence that looks back."""
    lex = _lex()
    spans = [
        _span_of_plan(m["pname"])
        for m in lex.marker.finditer(text)
        if m["plan"]
        and not _plan_as_base(m, text)
        and not _in_slogan(m, text)
        and not text[m.start() - 1 : m.start()] == "第"
        and not _plan_end(m, text)  # 由“十五”末的12.8亿元: a base too
    ]
    if past and fr.review and fr.review[:4].isdigit():
        spans = [s for s in spans if int(s[-4:]) <= int(fr.review[:4])]
    if alone and len(set(spans)) > 1:
        return None
    return spans[-1] if spans else None


_AHEAD = ("今后五年", "未来五年", "今后5年", "未来5年")
_ONE_YEAR_OF_PLAN = re.compile(r"(?:的)?(开局之年|开局年|起步之年|第一年|收官之年|收官年|最后一年|决胜之年)")
_OPENING_YEAR_WORDS = frozenset({"开局之年", "开局年", "起步之年", "第一年"})
_PAST = ("过去", "五年来", "5年来", "这五年", "本届")


def _plan_as_base(m: re.Match[str], text: str) -> bool:
    """是“十五”末的4.6倍, 比“十五”末降低20%, 是“九五”时期的2.6倍: the plan is the base of a comparison."""
    return text[max(0, m.start() - 3) : m.start()].endswith(_lex().year_before_not)


# a plan's name as what modifies a thing (“十四五”批复的, “十三五”规划建设的): which things, not when the sentence is
_PLAN_MODIFIES = re.compile(r"[”\"]?(?:时期|期间)?(?:批复|确定|规划|部署|谋划|布局|核准|下达)(?:建设|实施)?的")


def _in_slogan(m: re.Match[str], text: str) -> bool:
    """“当好主力军、建功十二五”: the plan's name ends a quoted slogan, after a word of it, and dates nothing."""
    plan = m["plan"]
    return (
        plan.endswith(("”", '"'))
        and not plan.startswith(("“", '"'))
        and m.start() > 0
        and "\u4e00" <= text[m.start() - 1] <= "\u9fff"
    )


def _plan_end(m: re.Match[str], text: str) -> bool:
    """“十五”末, “十五”期末: the plan's last year, not its span."""
    return m["plan"].endswith("末") or "末" in text[m.end() : m.end() + 2]


def _span_of_plan(name: str) -> str:
    first = _lex().plans[name]
    return f"{first}-{first + 4}"


# after a bare 十五 that is a number: the fifteenth point of a list (十五是打造…), the 15th Games (十五运会), 15 years
_NUMBER_GOES_ON = ("是", "运", "届", "年", "冬")
_NUMERAL_BEFORE = frozenset("之第点百千万零〇一二三四五六七八九")


def _counts_after(text: str, at: int) -> bool:
    """Whether a measure word or unit follows ``at`` (十五眼, 十一个): what stands before it is a number."""
    units = _units()
    return any(text[at : at + n] in units for n in (3, 2, 1))


@lru_cache(maxsize=1)
def _units() -> frozenset[str]:
    from extract.lexicon import lexicon

    return frozenset(lexicon().units)


def _marker_period(m: re.Match[str], fr: Frame, text: str) -> str | None:
    """The period one time marker names, or None when it names none (a baseline year)."""
    lex = _lex()
    if m["span"]:
        a, b = int(m["a"]), int(m["b"])
        if term := _TERM_AFTER.match(text, m.end()):
            return f"{a}H2" if term[1] in ("第一", "上") else f"{b}H1"  # 2022-2023学年第一学期: autumn 2022
        if b == a + 1 and _SCHOOL_YEAR_START.match(text, m.end()):
            return str(a)  # 2021/2022学年初 (the counts of a school's statistics): its first year
        reviewed = int(fr.review[:4]) if fr.review and fr.review[:4].isdigit() else None
        if reviewed and b < reviewed and text[m.end() : m.end() + 1] not in _SPAN_FOLLOWERS:
            return None  # 开展2011-2013年劳动模范评选 in a 2014 review: a cycle's name, not the period
        return f"{a}-{b}" if a < b else None
    if m["plan"]:
        name = m["pname"]
        if m["plan"] == name and (
            _counts_after(text, m.end())
            or text[max(0, m.start() - 1) : m.start()] in _NUMERAL_BEFORE
            or text.startswith(_NUMBER_GOES_ON, m.end())
        ):
            return None  # 新打机井十五眼, 增长百分之十五以上, 第十五届, 十五是…, 十五运会: a number, no plan
        first = lex.plans[name]
        if text[max(0, m.start() - 1) : m.start()] in ("比", "较") and _plan_end(m, text) and _BASE_OWN.fullmatch(text, m.end()):
            return str(first + 4)  # 比“十二五”末的168家增加46家: the base's own figure, of the plan's last year
        if _plan_as_base(m, text) or _in_slogan(m, text) or _PLAN_MODIFIES.match(text, m.end()):
            return None  # (“十四五”批复的6个基地: which bases, approved then; not when the figures after it are)
        if _plan_end(m, text):
            return str(first + 4)
        reviewed = int(fr.review[:4]) if fr.review and fr.review[:4].isdigit() else None
        if reviewed and first < reviewed < first + 4 and (m["plan"].endswith("以来") or _SINCE_START.match(text, m.end())):
            return f"{first}-{reviewed}"  # “十四五”开局以来 in a report on 2023: the plan's years so far
        if one := _ONE_YEAR_OF_PLAN.match(text, m.end()):
            # “十三五”开局之年, “十二五”收官之年: one year of the plan, its first or its last
            return str(first) if one[1] in _OPENING_YEAR_WORDS else str(first + 4)
        if part := _FIRST_YEARS.match(text, m.end()):
            # “十一五”前三年, “十二五”头两年: the first years of the plan, not the five
            n = part["n"]
            count = int(parse_number(n) or 0)
            return f"{first}-{first + count - 1}" if count > 1 else str(first)
        return _span_of_plan(name)
    if m["five"]:
        return fr.five
    if m["ahead"]:
        # 今后三年, 未来两年 (not five: 今后五年 is the frame's five years ahead): the N years from the one planned
        start = int(fr.plan[:4]) if fr.plan and fr.plan[:4].isdigit() else None
        count = int(parse_number(m["an"]) or 0)
        return f"{start}-{start + count - 1}" if start else None
    if m["nyears"]:
        # 过去四年, 近3年, 三年来: the N years up to the one reviewed
        end = int(fr.review[:4]) if fr.review and fr.review[:4].isdigit() else None
        n = m["n"] or m["n2"] or m["n3"] or m["n4"]
        count = int(parse_number(n) or 0)
        return f"{end - count + 1}-{end}" if end else None

    if m["year"] or m["ago"]:
        if m["year"]:
            y = int(m["y"])
        elif fr.review and fr.review[:4].isdigit():
            # 五年前全市高速公路通车里程仅为316公里: the year so many before the one reviewed, a year as any other
            # (比五年前下降8.5%: over the years since, as 比2018年下降 is)
            y = int(fr.review[:4]) - int(parse_number(m["agon"]) or 0)
        else:
            return None
        before = text[max(0, m.start() - 3) : m.start()]
        if text.startswith(("价", "不变价", "价格", "可比价"), m.end()):
            return None  # 1.7万亿元(2005年价): the prices counted in, not when
        if before.endswith(lex.names_list_after):
            return None  # 入选2025年省重点项目: the year names a list, not when
        if before.endswith(("比", "较", "与", "同", "和")) and _BASE_OWN_AFTER_YEAR.fullmatch(text, m.end()):
            # 国内生产总值比2000年的26.35亿元增加…, 与2010年第六次全国人口普查的412307人相比: the base's own
            # figure, of the base's year
            return str(y)
        if before.endswith(lex.year_before_not) or text.startswith(("相比", "的基础上"), m.end()):
            # 比2007年增长65.8%: growth over the years since a base year several years back is that span's
            end = int(fr.review[:4]) if fr.review and fr.review[:4].isdigit() else None
            same_clause = not _CLAUSE_BREAK.search(text, m.end())
            if before.endswith(("比", "较")) and end and y < end - 1 and same_clause and _CHANGED_AFTER.match(text, m.end()):
                return f"{y + 1}-{end}"
            return None
        if m["since"] or (before.endswith(("自", "从")) and _SINCE_LATER.match(text, m.end())):
            # (自2014年开展农民工入会集中行动以来: the years since, the act between)
            upto = fr.review if fr.review and fr.review[:4].isdigit() else None
            return f"{y}-{upto[:4]}" if upto and int(upto[:4]) > y else None
        if m["ypart"]:
            return f"{y}{lex.parts[m['ypart'].lstrip('第')]}"
        return str(y)
    if (m["part"] or m["months"]) and (
        text[max(0, m.start() - 3) : m.start()].endswith(lex.year_before_not)
        or (text[m.start() - 1 : m.start()] in "、和及与" and _COMPARED_PARTS.search(text, max(0, m.start() - 30), m.start()))
    ):
        # 增速较一季度加快0.6个百分点, 降幅比1-5月收窄, 增速比一季度、上半年分别提高…: the part compared with, not when
        return None
    if m["part"]:
        if m["part"][-1] in "末底" and "月" in m["part"] and (
            _MONTH_END_EVENT.match(text, m.end()) or text[max(0, m.start() - 1) : m.start()] in _EVENT_AT
        ):
            return None  # 工程于3月底动工, 力争9月底前…: when something happens or is due, not a quarter's stock
        year = fr.review[:4] if fr.review else None
        return f"{year}{lex.parts[m['part']]}" if year else None
    if m["months"] or m["until"]:
        # months that make a half or a quarter are it (7-9月, 1—6月, 截至6月底, 截至3月31日); any others are within the
        # year, no part (1-9月 in a report on 前三季度, 5-6月 in a half-year summary, 截至6月20日: ANNOTATION.md)
        if not fr.review:
            return None
        if m["months"]:
            half = _MONTHS_PART.get((int(m["first"]), int(m["last"])))
        else:
            month = int(m["um"])
            half = _UNTIL_PART.get(month) if m["ud"] is None or int(m["ud"]) == _LAST_DAY.get(month) else None
        # (截至2020年6月底: that year's first half)
        return (m["uy"] if m["until"] and m["uy"] else fr.review[:4]) + (half or "")
    if m["month"]:
        # one month's figure (6月份, 当月) is of no half and no quarter: the year's (ANNOTATION.md)
        return fr.review[:4] if fr.review else None
    if m["rel"]:
        if fr.now is None:
            return None
        word = m["rel"]
        if text.startswith(("价格", "价"), m.end()):
            return None  # 按当年价格计算: at the prices of the time, not when
        if word in lex.school_year:
            return fr.review if is_school_year(fr) else fr.school
        if word == "当年" and (named := _YEAR_JUST_NAMED.match(text, max(0, m.start() - _NAMED_REACH), m.start())):
            return named[1]  # 2023年当年新建工会组织214家, 2021年，启动…行动，当年新建…: the year the sentence named
        said_before = text[max(0, m.start() - 3) : m.start()]
        listed = said_before.endswith("是") and _ENUMERATED.search(said_before)  # 一是全年…: a list's point opens on it
        if said_before.endswith(("是", "为")) and not listed:
            return None  # 是上年同期的2.2倍, 为去年的95%: this period's figure as a ratio to that one
        if not listed and said_before.endswith(lex.year_before_not) and (
            not text.startswith("的", m.end()) or _BASE_FIGURE.match(text, m.end())
        ):
            # 比上年增长: the baseline, not the figure's period (与去年同期的640人相比: the figure is it; but in
            # 较去年同期的8.1天缩短0.5天 the figure after the base's is not of the base's period)
            return None
        if word == "全年":
            if text.startswith(("任务", "目标", "计划", "预算"), m.end()):
                return None  # 完成全年任务的60%: the year's task is what was done against, not when
            # the whole year (三季度增速放缓，全年生产总值增长6.1%): the year reviewed, as the context has it (a
            # school year's summary: the school year)
            if is_school_year(fr):
                return fr.review
            return fr.review[:4] if fr.review and fr.review[:4].isdigit() else None
        if word in lex.last_school_year:
            # 由上学年的71.2%提高到83.6%: the school year before the one reviewed (elsewhere nobody can tell which)
            if not is_school_year(fr) or fr.review is None:
                return None
            began, ended = fr.review.split("-")
            return f"{int(began) - 1}-{int(ended) - 1}"
        if word in lex.the_year_reviewed and fr.review and fr.review[:4].isdigit():
            return fr.review[:4]
        if lex.relative[word] == 0 and text.startswith("以来", m.end()) and fr.review and fr.review[:4] == str(fr.now):
            return fr.review  # 今年以来 in a half-year summary: the half reviewed, from January to now
        base = int(fr.review[:4]) if word in lex.reviewed_relative and fr.review and fr.review[:4].isdigit() else fr.now
        y = base + lex.relative[word]
        rpart = m["rpart"]
        if rpart == "同期":
            # 去年同期: the same part of the year before (the review's half or quarter)
            return f"{y}{fr.review[4:]}" if fr.review and len(fr.review) > 4 else str(y)
        if rpart:
            return f"{y}{lex.parts[rpart.lstrip('第')]}"
        return str(y)
    return None


def said_in(text: str, fr: Frame, own_from: int = 0) -> str | None:
    """The period the nearest time marker of ``text`` names (the last one that names one).

    With ``own_from`` (where the figure's own clause starts) the figure is not given the period of 去年/上年
    said in an earlier clause, unless it opens the text (去年，完成…，同比增长18%): that is the base it is
    compared with (完成86万元，去年同期完成70万元，同比增长22.9%)."""
    return _said(text, fr, own_from)[0]


def _said(text: str, fr: Frame, own_from: int = 0) -> tuple[str | None, bool]:
    """``said_in`` and whether the nearest marker is a blanked year (20xx年, 201X年): then nobody can tell."""
    if not _may_hold_marker(text):
        return None, False  # three texts in four: no scan; arabic_years needs a 年 too
    found: str | None = None
    blank = False
    text = arabic_years(text)  # 二〇〇六年 → 2006年, the length kept
    if "（" in text or "(" in text:
        # 同比下降14.6%（2020年为452起）；破获…: a note's year is its own figure's, it dates nothing after it
        text = _CLOSED_NOTE.sub(lambda m: " " * len(m[0]), text)
    yoy = own_from > 0 and bool(_YEAR_ON_YEAR.search(text, own_from))
    opened: str | None = None
    for m in _lex().marker.finditer(text):
        if m["blank"]:
            found, blank = None, True
            continue
        opener = m.start() <= _OPENS and text.startswith(("，", ","), m.end())  # 上年同期，…同比下降10.7%
        if (
            m.start() < own_from
            and ((yoy and not opener) or m.start() > _OPENS)
            and m["rel"]
            and _lex().relative.get(m["rel"], 0) < 0
        ):
            continue  # 去年 inside an earlier clause, not opening the sentence: the base of a comparison
        if m["five"] and found and found[4:5] == "-" and int(found[5:]) - int(found[:4]) == 4:
            continue  # 2019—2023年，…五年累计108.4亿元: the five years the sentence named, not the frame's
        p = _marker_period(m, fr, text)
        if p is not None and m["rel"] == "全年" and opened is not None:
            # 截至2020年底，…全年解困脱困262户, 2013年，…力争全年新建…: the whole of the year the sentence opened on (with
            # _YEAR_NAMED below, which keeps a plan's 全年 from moving it to the plan's default year)
            continue
        if p is not None:
            found, blank = p, False
            # (a year that opens a clause, not one naming a thing: 完成2014年统计年报…，全年编印…)
            opened = p if p.isdigit() and _OPENS_CLAUSE.match(text, m.end()) else None
    return found, blank


_PLAN_END_BASE = re.compile(r"[比较][“\"](?P<plan>十[一二三四]?五|[七八九]五)[”\"](?:末|期末)(?:的)?(?:增长|提高|增加|净增|减少|下降)[^，,;；。]*$")

_AVERAGE_SAID = re.compile(r"年均|年平均|平均每年|每年平均")
_OWN_AVERAGE = re.compile(r"[两二三四]年平均[^，,；;。\d]{0,6}[\d.]+")
_STARTED_AT = re.compile(r"[由从](?:19|20)\d\d\s*年(?:底|末|初)?")
_CLOSED_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def _may_hold_marker(text: str) -> bool:
    """Whether a time marker can match in ``text`` (or in a part of it): every one holds 年, 月 or a lexicon word's
    last character, or is a span written without 年 (``holds`` finds either). Digits alone say nothing: the
    text before a figure holds the numbers of the figures before it."""
    return bool(_lex().holds.search(text))


def chained(paragraph: str) -> str:
    """The clauses chained by semicolons to the sentence after ``paragraph`` (全年目标为：…增长6.5%；…)."""
    return _chain(paragraph)


def paragraph_before(text: str, lo: int) -> str:
    """The paragraph of the sentence starting at ``lo``, up to it. A line broken inside a sentence (a
    converter's hard wrap: …由“十五”末的\n\n12.8亿元…) does not end the paragraph."""
    start = text.rfind("\n", 0, lo) + 1
    while start > 0:
        end = start  # the end of the line before, its trailing spaces left out (text[:start].rstrip() without the copy)
        while end and text[end - 1].isspace():
            end -= 1
        line = text.rfind("\n", 0, end) + 1
        if not end or text[end - 1] in _PARAGRAPH_ENDS or end - line < _WRAPPED_LINE:
            break  # a title, a heading or a short line is a line of its own
        start = line
    return text[start:lo]


_PARAGRAPH_ENDS = "。！？!?：:；;）)】"
_STOPS = ("。", "！", "？", "!", "?")  # what ends a sentence (a semicolon chains the clauses after it)
_WRAPPED_LINE = 40  # a line broken by a converter is a long one


def _chain(paragraph: str) -> str:
    """The clauses chained by semicolons to the sentence after ``paragraph`` (since its last full stop)."""
    # nearly every paragraph before a sentence ends with the stop of the one before it: no chain, no search for it
    return "" if paragraph.endswith(_STOPS) else paragraph[max(map(paragraph.rfind, _STOPS)) + 1 :]


@lru_cache(maxsize=1024)
def _governing(paragraph: str, fr: Frame) -> tuple[str | None, bool]:
    """The period the paragraph's sentences before the figure's give it: the clauses chained to its sentence
    by semicolons (1-5月，完成…；工业产值累计…), else the last sentence that opens on a time word (这五年，…。
    上半年，…。)."""
    if not _may_hold_marker(paragraph):
        return None, False  # four paragraphs in ten: neither their chain nor their openers can name a period
    chain = _chain(paragraph)
    if chain:
        if "由" in chain or "从" in chain:
            # 由2015年底的1126家增加到1583家；…: an earlier clause's starting point dates nothing after it
            chain = _STARTED_AT.sub(lambda m: " " * len(m[0]), chain)
        if "年平均" in chain:
            # 同比增长24.6%，两年平均增长6.1%；第三产业…: an average said of its own figure dates nothing after it
            chain = _OWN_AVERAGE.sub(lambda m: " " * len(m[0]), chain)
        p, blank = _said(chain, fr, len(chain))
        if p or blank:
            return p, blank
        if fr.five and _FIVE_SAID.search(chain):
            return fr.five, False  # 五年新建基层工会1128家；新发展会员4.18万人: the clauses chained to it too
    at_start, after_stop = _openers()
    first = at_start.match(paragraph)
    opened = [m.end() for m in after_stop.finditer(paragraph)]
    for end in reversed([first.end(), *opened] if first else opened):
        head = paragraph[end : end + _OPENER_REACH]
        if not (t := _lex().marker.match(head)):
            continue
        if t["blank"]:
            return None, True
        if (t["plan"] or t["five"] or t["span"]) and head[t.end() : t.end() + 1] not in "，,":
            continue  # “十一五”投资过千万元的项目…: a plan named as a subject does not date what follows
        if t["rel"] == "全年":
            continue  # 全年安排重点项目80个。确保…增长15%: the year the context means, the figure's own to decide
        if (
            t["year"]
            and fr.five
            and not (first and end == first.end())
            and not t["since"]
            and head[t.end() : t.end() + 1] not in "，,"
        ):
            continue  # 五年累计…。2020年疫情期间，…。全区建成…: one year's event inside five years, dating itself alone
        if t["plan"] and not (first and end == first.end()):
            continue  # …。“十一五”期间，…。 inside a paragraph of the five years reviewed: an aside, dating itself
        if t["month"] or (t["until"] and is_school_year(fr)):
            # 3月份，社会消费品零售总额70.2亿元。: one month's figure, not the sentences after it; in a school year's
            # summary, 截至2020年6月底，共有…: the stocks counted on a day, not what the sentences after it report
            continue
        if (t["part"] or t["months"]) and not (first and end == first.end()) and (
            head[t.end() : t.end() + 1] not in "，," or _looks_back(t, fr)
        ):
            # 上半年，…。二季度实现零售额24.92亿元…。其中，…: inside a paragraph, a part of the year that names its own
            # figure, or months a half's report looks back on (1-5月，…), date their sentence, not the ones after it
            continue
        if p := _marker_period(t, fr, head):
            return p, False
    return None, False


_PART_ENDS = {part: last for (_, last), part in _MONTHS_PART.items()}  # the month each part of the year ends in


def _looks_back(t: re.Match[str], fr: Frame) -> bool:
    """Whether ``t`` names months that end before the part of the year the report is of (1-5月 in a half's)."""
    part = fr.review[4:] if fr.review else ""
    return bool(t["months"]) and part in _PART_ENDS and int(t["last"]) < _PART_ENDS[part]


def _share_level(after: str, clause: str) -> bool:
    """A share or rate stated as a level (装配式建筑面积占新建建筑比重超80%): of the span's last year, whatever was built."""
    return after.startswith(("%", "‰")) and not _CHANGED.search(clause) and bool(_SHARE_SAID.search(clause))


_SHARE_SAID = re.compile(r"比重|占比|比例|率")


def project_cost(before: str, after: str) -> bool:
    """总投资12亿元的鑫隆项目完成主体厂房建设: what a project costs in all, which has no period (not what was spent
    when: 完成投资3.6亿元). ``before`` is the sentence up to the number, ``after`` what follows it."""
    return bool(_PROJECTS_COST.search(before)) and bool(_COST_OF.match(after))


_PROJECTS_COST = re.compile(r"(?:^|[^完])投资(?:约|近|超)?$")  # (not 完成投资3.6亿元: what was spent)
_COST_OF = re.compile(r"\s*[万亿]*元的")
# not 全年级 (the whole grade), not 完成全年任务的56.8%; but 全年目标为：… is the year's goals
_WHOLE_YEAR = re.compile(r"全年(?!级|任务|计划|预算|目标(?![为是:：]))")
# what stands between a base year and the base's own figure: its day or moment and the event of that day
# (比2000年的, 与2010年底的, 同2000年11月1日零时第五次全国人口普查的), no change said (比2015年增加的: a flow)
_BASE_OWN_AFTER_YEAR = re.compile(
    r"(?:底|末)?(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:零时|0时|24时)?)?"
    r"(?:(?!增长|增加|提高|下降|减少|降低|上升|净增)[^\d，,。；;、]){0,14}的"
)
_BASE_FIGURE = re.compile(r"的\s*[\d.]+\s*[^\d，,；;。、]{0,4}?(?:缩短|延长|增长|增加|下降|减少|降低|提高|上升|多|少)")
_OPENS_CLAUSE = re.compile(r"(?:底|末|以来)?[，,]")
_YEAR_NAMED = re.compile(rf"今年|本年|(?<![比较])(?:{_YEARS})\s*年{NOT_DEADLINE}")  # 今年…力争全年: that year's whole
# 完成市下达目标任务3000人的107.2%: the task of the year reviewed, which a result is measured against
_TASK_DONE_AGAINST = re.compile(rf"完成了?{TASK_OF}$")
_AT_YEARS_START = ("年初的", "年初")
_SET_AT_THE_START = re.compile(r"年初[^，,。；;：:]{0,8}?(?:确定|制定|下达|提出|设定)的")  # (年初区人代会确定的: who set it between)
_YEARS_TASK = re.compile(rf"[^，,；;。\d]{{0,3}}(?=的?(?:年度|全年)){TASK_OF}")  # 确保完成城镇新增就业8000人的年度任务
_ENUMERATED = re.compile(r"(?:^|[^一二三四五六七八九十])[一二三四五六七八九十]是$")  # 一是, 二是: a list's point
_AGAIN = re.compile(r"再(?!就业|次|度|创|上|造|生|现)")  # 再发展, 再新建: added again (not 再就业, 再次, 再创新高)
_YEARS_GOAL = re.compile(r"(?:年度|全年)(?:目标)?任务[是为:：]|(?:年度|全年)目标[是为:：]")  # 下达的年度目标任务是：新建…40家
_BY_YEAR_END = re.compile(r"(?<![明今去上下本])(?:年底|年末|年内)")  # this year's end (not 明年年底: that year says it)
_TERM_AFTER = re.compile(r"\s*学年度?\s*(第一|第二|上|下)学期")
_BASE_OWN = re.compile(r"(?:末|期末)?的")  # what stands between a base's name and its own figure
_PART_NOTED = re.compile(r"(?:比|较)(?P<part>[^（(，,。；;]{2,5})[（(](?:同比)?(?:增长|下降|回落|提高|加快|为)?$")
# the last year a sentence names before 当年 (match from the reach's start: .* finds the last), not a base (比2020年)
_YEAR_JUST_NAMED = re.compile(rf".*(?<![比较])({_YEARS})\s*年(?:底|末)?(?!以){NOT_DEADLINE}[^。；;]*$", re.S)
_NAMED_REACH = 40
_SCHOOL_YEAR_START = re.compile(r"\s*学年度?\s*(?:初|开学)")


@cache
def _openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a sentence of a paragraph opens on a character a marker can start with (the marker's own
    lookahead; the other openings, most of them, are never listed): at the paragraph's start (match), and
    past a stop and spaces (finditer). Two patterns, not one with ``(?:^|[。！？!?])``: a pattern that starts
    with a character class is searched by the engine's quick scan for that class, not tried at every position."""
    marker_can_start = _lex().opens.pattern
    return re.compile(r"\s*" + marker_can_start), re.compile(r"[。！？!?]\s*" + marker_can_start)


_SPAN_FOLLOWERS = "，,、;；。间期以累共年平全"
_OPENS = 4  # a marker this near the start of the text opens it
_OPENER_REACH = 16


# A paragraph opening on the five years reviewed (过去五年，是…的五年。) heads the paragraphs after it in its section,
# as a heading would (——经济实力跨越提升。…), until a paragraph opens on another time (2020年是…, 今后五年, 一年来)
_TIME_OPENING = re.compile(
    r"(?m)^[ \t\u3000]*(?:(?P<five>(?:回顾)?(?:过去五年|这五年|五年来|过去的五年))"
    rf"|(?:{_YEARS})\s*年|今年|去年|一年来|过去一年|过去的一年|新的一年"
    # (or names what lies ahead early on: 根据…建议，我们编制了“十五五”规划纲要…)
    r"|[^\n。]{0,80}?(?:今后|未来|规划纲要|奋斗目标|主要目标|预期目标))"
)
_OPENER_SENTENCE = 60  # the first sentence of such a paragraph, as long as the heading it stands for


def time_openers(text: str) -> tuple[list[int], list[str | None]]:
    """Where paragraphs open on a time, and for those opening on the five years reviewed their first sentence (else
    None): asked once an article, for ``opened_span``."""
    at: list[int] = []
    said: list[str | None] = []
    if not _may_hold_marker(text):
        return at, said
    for m in _TIME_OPENING.finditer(text):
        at.append(m.start())
        if m["five"]:
            stop = text.find("。", m.start(), m.start() + _OPENER_SENTENCE)
            said.append(text[m.start() : stop if stop > 0 else m.start() + _OPENER_SENTENCE].strip())
        else:
            said.append(None)
    return at, said


def opened_span(openers: tuple[list[int], list[str | None]], line_start: int, section_start: int) -> str | None:
    """The five years' opening sentence heading the paragraph that starts at ``line_start`` (in the section that starts
    at ``section_start``): the last paragraph before it that opens on a time, if that time is the five years."""
    at, said = openers
    k = bisect_right(at, line_start) - 1  # (its own paragraph, when it opens on a time, says it itself)
    return said[k] if k >= 0 and at[k] >= section_start else None


def _headed_ahead(path: Sequence[str]) -> bool:
    """Whether a heading says the five years ahead and no year (二、今后五年的目标任务; not 今后五年的奋斗目标和2013年工作安排:
    its figures are the year's)."""
    return any(any(w in h for w in _AHEAD) and not _A_YEAR.search(h) for h in path)


_PLAN_OPENS = re.compile(r"\s*[“\"]?(?:十[一二三四五]?五|[七八九]五)[”\"]?(?:时期|期间)")
_SINCE_START = re.compile(r"(?:开局|实施)?以来")
_A_YEAR = re.compile(rf"{_YEARS}\s*年|今年|明年")


def in_heading(path: Sequence[str], fr: Frame) -> str | None:
    return _in_heading(tuple(path), fr)


@lru_cache(maxsize=4096)
def _in_heading(path: tuple[str, ...], fr: Frame) -> str | None:
    """The period the innermost heading that names one says. A heading naming a year and a span
    (2020年和“十三五”时期工作回顾) gives its figures the year: the span's own figures say 年均, 累计, 五年."""
    for heading in reversed(path):
        heading = arabic_years(heading)
        found = [p for m in _lex().marker.finditer(heading) if (p := _marker_period(m, fr, heading))]
        if found:
            years = [p for p in found if "-" not in p]
            return years[-1] if years else found[-1]
    return None


def _added_again(before: str) -> bool:
    """Whether the figure's own clause adds to what was done (再发展, 再新建; not 再就业) without naming the whole year."""
    own = _own_clause(before)
    return bool(_AGAIN.search(own)) and not _WHOLE_YEAR.search(own)


def _own_clause(before: str) -> str:
    last_break = _LAST_CLAUSE_BREAK.match(before)
    return before[last_break.end() :] if last_break else before


def figure_period(
    fr: Frame, before: str, path: Sequence[str], target: bool, after: str = "", paragraph: str = ""
) -> str | None:
    """The period of a figure: ``before`` is its sentence up to the number, ``after`` what follows it,
    ``path`` its section headings, ``paragraph`` the sentences of its paragraph before its own."""
    baseline = _reaches(after, before) and bool(STARTS_CHANGE.match(after))
    lex = _lex()
    if fr.five:
        # the five years the figure's context means, for all that follows (most sentences name none: their
        # headings say, asked once a heading path)
        # 回顾“十五”，…；…年均增长21.1%；五年累计…: the plan the clauses chained before it name, too
        said = _chain(paragraph) + before if paragraph and not paragraph.endswith(_STOPS) else before
        if paragraph and (opens := _PLAN_OPENS.match(paragraph)):
            said = opens[0] + said  # “十三五”时期，经济实力迈上新台阶。…五年累计…: the plan its paragraph opens on
        five = _five_meant(fr, path, said) if "五" in said else _five_in_headings(tuple(path), fr, False)
        if five != fr.five:
            fr = _with_five(fr, five)
    # match: .* from the start finds the last; search would be quadratic
    to = _LAST_TO.match(before) if _reaches(before, before) else None
    reached = to is not None
    own = before  # the figure's clause whole, what it reaches from included (年底前…增加到6名)
    if to is not None:
        before = before[to.end() :]  # 由上年的6.2%提高到6.8%: what was said of the start is not said of the end
    clause = _own_clause(before)  # the figure's own clause
    if fr.review and before.endswith(("（", "(")) and (noted := GOAL_NOTED.search(before)) and (
        noted["year"] or (fr.review.isdigit() and not _SAYS_YEARS.search(before))
    ):
        # 一季度…完成全年任务（80家）的33.8%: the whole year's goal, noted in brackets (in a year's review any task so
        # noted: 完成省下达目标任务（2.5万人）的113.2%; not “十三五”期间累计…完成规划目标（2万人）: the span's)
        return fr.review[:4]
    if fr.review and (noted := _PART_NOTED.search(before)) and noted["part"] in lex.parts:
        # 二季度…增长7.3%，比一季度（增长4.9%）明显加快: the part compared with, its figure noted in brackets
        return fr.review[:4] + lex.parts[noted["part"]]
    # 同比增长28.3%，两年平均增长7.1%，比2019年同期增长14.7%: an earlier figure's own average dates it alone
    said_in = _OWN_AVERAGE.sub(lambda m: " " * len(m[0]), before) if "年平均" in before else before
    if ("两年" in before or "二年" in before) and (pair := _TWO_YEARS_NAMED.search(before)) and int(pair[2]) == int(pair[1]) + 1:
        return f"{pair[1]}-{pair[2]}"  # 2011、2012两年全镇累计完成投资43.9亿元: the two years the sentence names
    if not target and (ended := _school_year_end(before, fr)):
        return ended  # 学年末全日制在校生18612人, 2023届毕业生5498人: the school year's last year, the class's year
    p, blank = _said(clause, fr) if baseline else _said(said_in, fr, len(before) - len(clause))
    if (
        not target
        and p is not None
        and fr.now is not None
        and p == str(fr.now)
        and fr.review
        and fr.review[:4] != p
        and _SAME_YEAR.search(before)
        and not _THIS_YEAR_SAID.search(before)
    ):
        p = fr.review[:4]  # 当年收支相抵，结余147.5万元 in a report on the year before: that year's (a plan's 当年 is its own)
    every_year = "每年" in clause  # 每年开展集中行动不少于两次: a floor set for each of the five years
    if (
        target
        and fr.five
        and fr.review
        and fr.five[:4] > fr.review[:4]
        and (
            (p is None and (_OVER_FIVE.search(before) or any(w in before for w in _AHEAD) or every_year))
            or (p is None and _headed_ahead(path))
            # 到2022年…，今后五年新建基层工会2000家 / …每年开展集中行动不少于两次
            or (p == fr.five[-4:] and (clause.startswith(_AHEAD) or every_year))
        )
    ):
        # 今后五年…五年新建基层工会组织1000家, 年均组织疗休养2000人次: over the five years ahead; so is a floor set
        # for each of them, whatever its verb
        if every_year:
            return fr.five
        p = fr.five
    if blank and fr.review is None:
        return None  # 20xx年医疗救助共救助3200人: the year is blanked, nobody can tell …
    # … unless the plenum the text names dates it (context_year): then 20XX年 is the year it reviews
    paragraph = paragraph.lstrip(_LEADING_MARKS)
    five_paragraph = bool(paragraph) and paragraph.startswith(_FIVE_OPENERS)
    if p is None and baseline and not target and (opened := _base_opened(own, paragraph, fr)):
        # 与2010年相比，每10万人中…由4512人上升为8387人，…由13906人上升为…；具有…由8846人上升为…: the start is the
        # base year's, through the list of changes the opener heads
        return opened
    if p is None and baseline and fr.five and (five_paragraph or _in_five_year_context(path, before, paragraph)):
        return str(int(fr.five[:4]) - 1)  # 从3826.5亿元增长到…: the five years' starting level
    if p is None and baseline and not target and fr.review and fr.review.isdigit() and not before.endswith(_AT_YEARS_START):
        # 比重由11.2%提高到12%: the year reviewed started at the year before's level (由年初的20个工作日: the start of
        # the year reviewed, as its annotators date it, de05 and db05)
        return str(int(fr.review) - 1)
    if p is None and fr.five and five_paragraph:
        p = fr.five  # 这五年，…: a paragraph that opens on the five years speaks of them (its levels: the last)
    if p is None and paragraph:
        # the sentences before it in its paragraph: 1-5月，完成…；工业产值累计…; 这五年，综合实力明显增强。生产总值…
        p, blank = _governing(paragraph[-_PARAGRAPH_REACH:], fr)
        if blank and fr.review is None:
            return None
    if target:  # a goal's 全年 may open the clauses it chains
        whole = bool(_WHOLE_YEAR.search(before) or (paragraph and _WHOLE_YEAR.search(_chain(paragraph))))
    else:
        whole = bool(_WHOLE_YEAR.search(before[-24:]))
    if whole and (p is None or p in ((fr.review or "")[:4], fr.review)) and fr.review and not _YEAR_NAMED.search(before):
        # 全年生产总值增长3.9% in a five-year review: the year reviewed; in a plan, the year planned
        p = (fr.plan or "")[:4] or None if target else fr.review[:4]
        if is_school_year(fr):
            p = fr.plan if target else fr.review  # a school year's 全年 is the school year
    if target and p is not None and fr.plan and p == fr.plan[:4] != fr.plan and _added_again(before):
        # …全年新建工会组织不少于40家；二是再发展会员540名 (the year from the clauses before, by their 全年 or by a
        # sentence's): what is added again in a half-year's plan is the half's
        p = fr.plan
    from_heading = False
    if p is None:
        p = in_heading(path, fr)
        from_heading = p is not None
    if p is None and fr.whole and fr.five and not target:
        # 三年工作总结: what was done is of the three years; a level or a rate (达到94%, 总数) of their last, but an
        # average (年均增长6.7%, 调解成功率年均87%) of them all
        if (after.startswith(("%", "‰", "个百分点")) or _LEVEL_SAID.search(clause)) and not _AVERAGE_SAID.search(clause):
            return fr.five[-4:]
        return fr.five
    if p is None:
        p = fr.plan if target else fr.review
    if p is None:
        return None
    if fr.review and (
        _SET_AT_THE_START.search(clause) or _TASK_DONE_AGAINST.search(clause) or (target and sizes_a_goal(before[-8:], after))
    ):
        return fr.review[:4]  # 未完成年初确定的增长10%的目标 in a review: the goal of the year reviewed
    if (
        target
        and len(p) > 4
        and p[4] in "HQ"
        and (_BY_YEAR_END.search(own) or _YEARS_TASK.match(after) or _YEARS_GOAL.search(before))
        and not _added_again(own)
    ):
        # 力争年底…达到55% in a half-year summary's plans: the year's end, not the half's (下半年新建工会10家，年底前…
        # 增加到6名: not the half the sentence opened on either; 年内完成…，新增养老床位600张: the sentence's 年内 holds
        # for the clauses after it; but 年内…，再推动3-5个行业…: what is added, again, in the half)
        p = p[:4]
    if (is_school_year(fr) and (p in (fr.review, fr.plan) or _one_school_year(p))) or (fr.school and p == fr.school):
        return p  # a school year's figures, levels and totals alike, are of the school year (上学年的: the one before)
    if (
        from_heading
        and "-" in p
        and not (fr.whole and p == fr.five)  # (a union's congress report: the term reviewed as a whole, below)
        and not _SAYS_YEARS.search(before)
        and not (target and every_year)  # 每年组织劳动竞赛不少于10项 under 今后三年工作目标: a floor for each of them
        and not (path and _TABLE_ROW.search(before) and _SAYS_YEARS.search(path[-1]))
        and not after.startswith("倍")
        and not _OVER_PLAN_END.search(clause)
        and not _counts_events(after, clause, reached)
        and not ((base := _BASE_SPAN.search(clause)) and int(base[1]) + 1 == int(p[:4]))
        and not (not target and _DONE_OVER_YEARS.search(clause) and not _share_level(after, clause))
    ):
        # under 过去五年工作回顾, 城镇新增就业89.7万人 is the last year's: five-year figures say so (五年, 累计, 年均,
        # 比2007年净增137家 since the year before the five)
        return p.split("-")[1]
    if "-" not in p and lex.over_span.search(clause) and fr.five and _in_five_year_context(path, before, paragraph):
        # 年均增长8.5% over a span: the one the sentence names (“十二五”时期…), else the five years reviewed
        for where in (before, paragraph, *reversed(path)):
            spans = [q for m in lex.marker.finditer(where) if (q := _marker_period(m, fr, where)) and "-" in q]
            if spans:
                return spans[-1]
        return fr.five
    if (
        target
        and p.isdigit()
        and _AVERAGE_SAID.search(clause)
        and any(w in where for where in (before, paragraph, *path) for w in _AHEAD)
    ):
        return f"{int(p) - 4}-{p}"  # 今后五年…到2017年，生产总值突破500亿元，年均增长11%: over the five years ahead
    if "-" not in p:
        if (
            not target
            and p.isdigit()
            and (since := _base_year(own, int(p)))
            and since + 1 < int(p)
            and (_CHANGE_SINCE.search(clause) or _CHANGED.search(clause))
        ):
            # 与2008年相比，全县地区生产总值是五年前的1.9倍，年均增长12.4%; 与2010年相比，城镇人口增加38215人: the
            # changes since the base year a clause before opens on are over the years after it, as 比2012年末增加1406家
            # is (two census annotators in three: eb01, dz02)
            return f"{since + 1}-{p}"
        if not target and fr.since and p == fr.review and _CHANGED_BY.search(clause) and not _OWN_BASE.search(clause):
            return f"{fr.since + 1}-{p}"  # 各少数民族人口增加3827人 in a census bulletin: since the census before
        if not target and p.isdigit() and (base := _BASE_SPAN.search(clause)) and int(base[1]) + 1 < int(p):
            # 到2017年底…达到6842家，比2012年末增加1406家: a change since a base year is over the years after it
            return f"{int(base[1]) + 1}-{p}"
        if not target and p.isdigit() and (end := _PLAN_END_BASE.search(clause)) and end["plan"] in lex.plans:
            last = lex.plans[end["plan"]] + 4  # 年末…比“十五”末增长18.6%: since the plan's last year
            return f"{last + 1}-{p}" if last + 1 < int(p) else p
        if p.isdigit() and _FIVE_OWN.search(clause):
            return f"{int(p) - 4}-{p}"  # 2005年…，五年年均增长11.8%: the sentence's year is the five's last
        return p
    if _RATIO_TO.search(clause) and not _SPAN_BASE.search(clause):
        # 是2011年的1.88倍, 是“十五”末的4.6倍: the level at the span's end, over a base (是“九五”时期的2.6倍, 是上届
        # 政府的2.7倍: the span's total over the one before, the span's)
        return p.split("-")[1]
    if _YEAR_ON_YEAR.search(clause[-16:]) and not lex.over_span.search(clause):
        return p.split("-")[1]  # 比上年增长12.9% in a five-year review: the last year's growth
    if (
        lex.over_span.search(clause)
        or _SPAN_VERB.search(clause)
        or (clause.endswith(("对", "为", "向")) and _SPAN_VERB.search(_CLAUSE_OF.split(after, maxsplit=1)[0]))
        or _CHANGED.search(clause)
        or after.startswith("倍")
        or _BASE_SPAN.search(clause)
        or _counts_events(after, clause, reached)
    ):
        # totals and averages (年均, 累计, 共), flows (新增, 建设, 净增), growth over the span (增长19.8%,
        # 提高10.6个百分点), levels held through it (稳定在, 保持在) and events counted (412场次, 8.6万人次: no
        # level is counted in 次) keep the span
        return p
    # a level in a five-year review (“十二五”期间…人均生产总值达到3.6万元) is the level at the span's end
    return p.split("-")[1]


# 比“十五”末降低20%, 是“十五”末的4.6倍, 比“八五”增长49.6% under a five-year heading: a change over the span, or a
# ratio to its base
_OVER_PLAN_END = re.compile(r"[比较是为][“\"]?[八九十][一二三四五]?五[”\"]?(?:末|时期|期间|同期)?")
# a table's row (新建基层工会组织（家）　1000　1128) under 附表：“十三五”期间…完成情况: the heading says the years
_TABLE_ROW = re.compile(r"[（(][^（）()]{1,4}[）)][ \t\u3000]")
_SAYS_YEARS = re.compile(r"五年|年均|累计|共计|合计|总计|平均|以来|期间|时期|这些年|历年|多年")
_SPAN_VERB = re.compile(
    r"翻|倍|新增|新建|建成|建设|完成|实现|累计|(?<!公)共(?!享)|年均|平均增长|分别|净增|营造|压减|引进|实施|稳定在|保持在|保持|惠及|带动"
    r"|控制在|新[植栽种修开铺架装培育认登注办]"
    # what was done, counted over the years: 改造农村危房3600户, 培训农民工5万人次, 搬迁群众1.2万人
    r"|改造|改建|治理|整治|培训|救助|安置|转移|搬迁|创建|修建|铺设|硬化|招引|开工|造林"
    # … and done for people, year after year: 走访慰问困难职工1.2万户, 发展会员2.86万人, 帮助1.1万名农民工就业
    r"|慰问(?![金品])|走访|资助|帮助|筹集|发放(?!的)|发展(?:新?(?:工会)?会员|党员)|推荐|表彰|评选|培育|培养"
    # … and won back, handled or created for them: 挽回经济损失3860万元, 受理案件1240件, 创造经济效益3.7亿元
    r"|挽回|追回|追讨|讨回|受理|调处|化解|查处|征集|创造经济效益|创效"
    # … and agreed, checked or put right: 签订集体合同34份, 对31家基层工会开展经费审查, 督促整改问题9个 (每年开展
    # 3万场次: a year's)
    r"|(?<!每年)(?:签订|开展|整改)"
    # … and set up, held or won over the years: 设立兼职副主席3名, 举办职工运动会2届, 荣获省五一劳动奖32个,
    # 提出合理化建议4.6万条
    r"|设立|成立|组建(?!率)|建立(?!率)|举办|组织(?!部)|获(?!得率)|合理化建议|涉及"
)
# Acts a five-year review counts over its years even with no 累计 said (建成职工书屋520家, 创造经济效益9.7亿元, 帮助
# 4.6万名农民工实现就业), unlike what a year adds (城镇新增就业46万人) or a level held (稳定在95%, 分别达到94.1%)
_DONE_OVER_YEARS = re.compile(r"建成(?!率)|新建|创造经济效益|合理化建议|获(?!得率)|帮助|培养|表彰|评选|设立|举办|组建|新改建|改造")
# what ends a clause: what follows a figure up to it (对31家基层工会开展经费审查: the verb after whom it was done to)
_CLAUSE_OF = re.compile(r"[，,；;。！？\n]")
# a count of events: 次 and its kinds (人次, 户次, 场次, 批次, 台次 …), 场, 万 or 亿 before them
_EVENTS = re.compile(r"[余多]?[万亿]?(?:[人户场批台车架班元件]?次|场(?![馆所地]))")
# … unless counted a year at a time or as a volume: 年接待游客3.23亿人次, 每年开展3万场次, 吞吐量534万人次, 点击量
# 610亿次 are levels
_PER_YEAR = re.compile(r"每年|年[接吞客运]|接待|量")


def _counts_events(after: str, clause: str, reached: bool) -> bool:
    """Whether the figure counts events (412场次, 两次亲临), which add up over a span, not a level a year reached."""
    return bool(_EVENTS.match(after)) and not reached and not _PER_YEAR.search(clause)


# growth over the span stated right before the number: 增长19.8%, 提高10.6个百分点, 下降48.9%、 (not 增长到: a level)
_CHANGED = re.compile(r"(?:增长|增加|提高|提升|上升|下降|降低|减少|增幅|增速|扩大|缩小)(?:了|为|达|近|超过?|约|逾)?[^到至]{0,12}$")
_RATIO_TO = re.compile(r"是[^，,。;；]{0,16}的$")
# a change said right before its figure (增加3827人, 增长69.43%, 年平均增长率为1.98%), no level it changed to (下降为)
_CHANGED_BY = re.compile(r"(?:增长|增加|提高|提升|上升|下降|降低|减少)了?$|年平均(?:增长率?)?[为是]?$")
# a base of its own in the clause (比上年, 同比, 较2015年): the change is against it
_OWN_BASE = re.compile(r"比|较|同比|环比|与|同期")
_SPAN_BASE = re.compile(r"(?:时期|期间|上届政府|上一届|前五年)[”\"]?(?:五年)?(?:总和|总量|合计)?的$")  # (时期五年总和的1.6倍)
_LEADING_MARKS = " \t\u3000—-－–·•*"
_PARAGRAPH_REACH = 600


_SINCE_LATER = re.compile(r"[^，,。；;：:]{1,24}?以来")
# 比2007年净增137家, 比2015年底增长62.3%: a change since a base year (its year the group)
# (比2000年的26.35亿元增加22.27亿元: the base's own figure between)
_BASE_SPAN = re.compile(
    rf"[比较]({_YEARS})\s*年(?:底|末)?(?:的)?(?:基础上)?(?:\s*[\d.]+[^\d，,;；。]{{0,4}})?(?:分别|均)?(?:增长|提高|增加|净增|减少|下降)[^，,;；。]*$"
)
# the five years reviewed, said in a clause (五年新建, 这五年, 五年来), not ahead (今后五年, 未来五年) nor a plan's name
_FIVE_SAID = re.compile(r"(?<![今未十前后])(?:这|过去|近)?五年(?!后|前|规划|计划|目标|行动|攻坚)")
# … or over whatever five years the frame means, in a goal: 五年新建, 年均, 累计
_OVER_FIVE = re.compile(_FIVE_SAID.pattern + "|年均|累计")
# a comparison with a base year a clause opens on (与2010年相比，), anywhere in the sentence before the figure's
# clause, or in the sentence its own follows after a semicolon
# (与十年前相比，: a base some years before the figure's year)
_OPENS_ON_BASE = (
    rf"(?:与|同|和)\s*(?:({_YEARS})\s*年(?:底|末)?|([一二两三四五六七八九十]{{1,2}}|\d{{1,2}})\s*年前)"
    r"(?:[^，,。；;]|(?<=\d)[,，](?=\d{3})){0,28}?相比[，,]"  # (…普查的503,218人相比: a separator inside the base)
)
_BASE_OPENED = re.compile(rf"{_OPENS_ON_BASE}[^。；;]*$")
_BASE_OPENS_CHAIN = re.compile(rf"{_OPENS_ON_BASE}[^。]*[；;]$")


def _base_of(opened: re.Match[str] | None, year: int | None) -> int | None:
    """The base year an opener names (与2010年相比，), or counts back from ``year`` (与十年前相比，)."""
    if opened is None:
        return None
    if opened[1]:
        return int(opened[1])
    return year - int(parse_number(opened[2]) or 0) if year else None


def _base_year(own: str, year: int | None) -> int | None:
    """The base year of a comparison a clause before the figure's opens on (与2010年相比，, 与十年前相比，: before
    ``year``)."""
    return _base_of(_BASE_OPENED.search(own), year)


def _base_opened(own: str, paragraph: str, fr: Frame) -> str | None:
    """The base year a comparison opens on (与2010年相比，), in the figure's sentence or the one chained to it."""
    reviewed = int(fr.review[:4]) if fr.review and fr.review[:4].isdigit() else None
    base = _base_year(own, reviewed)
    if base is None and paragraph.endswith(("；", ";")):
        base = _base_of(_BASE_OPENS_CHAIN.search(paragraph), reviewed)
    return str(base) if base else None


# 当年 said of a result (not 2023年当年: the year named), with no 今年 beside it
_SAME_YEAR = re.compile(r"(?<![0-9年])当年")
_THIS_YEAR_SAID = re.compile(r"今年|本年|明年")
# an average since a base year (年均增长12.4%), which spans the years after it as a change (增加41058人) does
_CHANGE_SINCE = re.compile(r"年均|年平均|平均每年")
# 2005年…，五年年均增长11.8%: the five years said in the figure's own clause, before its average or total
_FIVE_OWN = re.compile(_FIVE_SAID.pattern + r"来?(?:年均|平均|累计|共)[^，,;；。]*$")
_FIVE_OPENERS = ("这五年", "过去五年", "五年来", "过去的五年")
_CLAUSE_BREAK = re.compile(r"[，,;；。]")
_CHANGED_AFTER = re.compile(r"(?:的)?(?:基础上)?(?:增长|提高|增加|翻|下降|减少|降低|上升|缩短|压缩)")
_YEAR_ON_YEAR = re.compile(r"比上年|较上年|同比|比去年|较去年|预计")


def _reaches(text: str, before: str) -> bool:
    """Whether ``text`` holds 到 or 至, without which no ``CHANGE_TO`` can match (each ends with one), or 为
    where ``before``, the sentence up to the figure, holds the 由 or 从 of 由A下降为B: most sentences have
    none, and ``_LAST_TO`` would try every one of their positions to learn it."""
    return "到" in text or "至" in text or ("为" in text and ("由" in before or "从" in before))


_LAST_TO = re.compile(rf".*(?:{CHANGE_TO})", re.S)
# match: up to the last clause break (one scan back from the end, not one rfind a break character)
_LAST_CLAUSE_BREAK = re.compile(".*" + _CLAUSE_BREAK.pattern, re.S)


def _in_five_year_context(path: Sequence[str], before: str, paragraph: str = "") -> bool:
    lex = _lex()
    where = (*path, before, paragraph[-_PARAGRAPH_REACH:])
    return any(w in h for h in where for w in (*lex.five_years, *lex.plans)) or any(_N_YEARS.search(h) for h in where)


_FIRST_YEARS = re.compile(r"[”\"]?(?:的)?(?:前|头)(?P<n>[一两二三四1-4])年")
_N_YEARS = re.compile(r"(?:过去|近|这|最近)的?(?:[两二三四六七八九]|[2-46-9])年|[两二三四六七八九]年来")
